//! Code that is a piece of its own, fetched the first time it is needed (a view when it is
//! opened, the workbook writer when a workbook is asked for), so that a feature costs only the
//! people who use it (docs/size.md).
//!
//! Each page's views are declared with [`piece!`](crate::piece) by the page's own binary
//! (`school_views!` in `src/main.rs`, `district_views!` in `src/bin/district.rs`), which hands
//! the page a function that opens them: declared in this library, one page's views would be in
//! the other page's wasm too. The pieces both pages use (the workbook and Word writers) are
//! declared here.
//! The release build (`scripts/build.mjs`) turns on the `split` feature and runs the splitter,
//! which moves each piece into its own wasm file. Without the feature (tests, `cargo check`)
//! the pieces are plain functions in the one wasm: a wasm with split points that did not go
//! through the splitter would never start.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;

use super::widgets::{redrawn, tr};
use crate::i18n::T;

/// A view's code could not be fetched (offline before it was ever kept, a server error). Not
/// remembered: opening the view again tries again.
#[derive(Debug, Clone, Copy)]
pub struct PieceMissing;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for PieceMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PieceMissing
    }
}

/// A view on its way from its piece.
pub type PieceFuture = Pin<Box<dyn Future<Output = Result<AnyView, PieceMissing>>>>;

/// Declares a function whose code lives in the piece named first (a view, or the code that
/// makes a file): an async function returning its result, or `PieceMissing` when its piece
/// cannot be fetched. What it builds is built untracked, as a component's body is, so that
/// what it reads does not redraw the page around it.
#[macro_export]
macro_rules! piece {
    ($(#[$doc:meta])* $piece:ident: $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($piece, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::piece::PieceMissing> {
            Ok(::leptos::prelude::untrack(move || $body))
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::piece::PieceMissing> {
            Ok(::leptos::prelude::untrack(move || $body))
        }
    };
}

// Both pages make workbooks (a school's values, the office's roll-up): declared once here.
piece!(
    /// The Excel workbook of `rows` (`export::xlsx::workbook`), from a piece of its own.
    xlsx: pub fn xlsx_file(sheet: String, rows: Vec<Vec<String>>, columns: Vec<crate::export::xlsx::Column>) -> Result<Vec<u8>, String> {
        crate::export::xlsx::workbook(&sheet, &rows, &columns).map_err(|e| e.to_string())
    }
);

piece!(
    /// The .docx of a Word file (`export::docx::write`), from a piece of its own.
    docx: pub fn docx_file(file: crate::export::docx::WordFile) -> Result<Vec<u8>, String> {
        crate::export::docx::write(&file)
    }
);

/// Makes the .docx of `file` and hands it to the user as `name`; false if its piece could not be
/// fetched, the file could not be made or the browser refused the download.
pub async fn download_word(name: String, file: crate::export::docx::WordFile) -> bool {
    match docx_file(file).await {
        Ok(Ok(bytes)) => {
            crate::browser::download_bytes(&name, crate::export::docx::MIME, &bytes).is_ok()
        }
        _ => false,
    }
}

/// Makes the workbook of `rows` and hands it to the user as `name`; false if its piece could not
/// be fetched, the workbook could not be made or the browser refused the download.
pub async fn download_workbook(
    name: String,
    sheet: String,
    rows: Vec<Vec<String>>,
    columns: Vec<crate::export::xlsx::Column>,
) -> bool {
    match xlsx_file(sheet, rows, columns).await {
        Ok(Ok(bytes)) => {
            crate::browser::download_bytes(&name, crate::export::xlsx::MIME, &bytes).is_ok()
        }
        _ => false,
    }
}

/// Starts fetching what a [`PieceView`] shows; called again on a retry.
pub type Opener = std::sync::Arc<dyn Fn() -> PieceFuture + Send + Sync>;

/// Where a [`PieceView`]'s view stands.
#[derive(Clone, Copy, PartialEq)]
enum Arrival {
    Coming,
    Here,
    Missing,
}

/// Shows the view `open` makes, whose code may still have to arrive: a loading line while it
/// comes, and if it cannot be fetched, `missing` (what cannot be used meanwhile) with a retry.
/// Not generic, so that every use shares one copy of its code; and without `Suspense`, whose
/// machinery would weigh on the first load more than this does.
#[component]
pub fn PieceView(open: Opener, missing: T) -> impl IntoView {
    let arrival = RwSignal::new(Arrival::Coming);
    // A view is not `Sync`: kept on this thread until it is shown.
    let arrived = StoredValue::new_local(None::<AnyView>);
    let owner = Owner::current().unwrap_or_default();
    let fetch = Arc::new(move || {
        arrival.set(Arrival::Coming);
        // The view is built under this component's owner (its contexts, and disposed with
        // it), untracked, as a component's body is.
        let mut coming = Box::pin(owner.with(|| ScopedFuture::new_untracked(open())));
        let show = move |result| match result {
            Ok(view) => {
                arrived.set_value(Some(view));
                arrival.set(Arrival::Here);
            }
            Err(PieceMissing) => arrival.set(Arrival::Missing),
        };
        // A piece already here (every piece, in a build without splitting) is shown at once,
        // in this same turn, with no loading line.
        match coming
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            Poll::Ready(result) => show(result),
            // Dropped if the view is left before its piece comes: nothing is built for it then.
            Poll::Pending => owner.with(|| {
                leptos::task::spawn_local_scoped_with_cancellation(
                    async move { show(coming.await) },
                )
            }),
        }
    });
    fetch();
    redrawn(move || match arrival.get() {
        Arrival::Coming => {
            view! { <p class="piece-loading" role="status">{tr(T::PieceLoading)}</p> }.into_any()
        }
        Arrival::Here => arrived
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
        Arrival::Missing => {
            let retry = fetch.clone();
            view! {
                <section class="card piece-missing" role="alert">
                    <p>{tr(missing)}</p>
                    <button id="piece-retry" on:click=move |_| retry()>
                        {tr(T::Retry)}
                    </button>
                </section>
            }
            .into_any()
        }
    })
}
