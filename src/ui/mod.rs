//! The views: one module per page, thin over the domain, plus small shared widgets.
//!
//! How a view is written, one way each:
//! - **Markup** is `view!`, with plain closures for its handlers. A part redrawn as a whole
//!   goes through `widgets::redrawn`.
//! - **Large read-only parts** (the printed report, the dashboard's objective cards, the
//!   district's tables) are trees of `node::Node` built by plain functions: measured, they cost
//!   8 KiB and 1.8 KiB less than the same `view!` (docs/size.md), so there the saving wins.
//! - **A text** shown in a view is `widgets::tr(T::X)` (or `tr(D::X)` on the district's page),
//!   which follows the language; code that has the language at hand takes `T::X.get(lang)`,
//!   or `T::X.with(lang, args)` to fill its placeholders.
//! - **Shared parts**: a problem that stays is `widgets::notice`, a box with its label and
//!   the reason it was refused is `widgets::labelled` (its control described by
//!   `widgets::error_id`), a file is taken by `widgets::DropZone`, a period chosen by
//!   `widgets::PeriodSelect`, on both pages.
//! - **Browser calls** are `crate::browser`'s, never `web_sys` or `js_sys` here.

pub mod activities;
pub mod dashboard;
pub mod data;
pub mod district;
pub mod figures;
pub mod indicator;
pub mod node;
pub mod piece;
pub mod plan_editor;
pub mod report;
pub mod route;
pub mod state;
pub mod widgets;

use leptos::prelude::*;

use crate::browser;
use crate::browser::storage::{self, ShippedPlanNeeded};
use crate::domain::plan::Plan;
use crate::i18n::T;
use route::Route;
use state::{AppState, Notice};
use widgets::{redrawn, tr};

/// Defines `open_view`, the function [`App`] opens every view but the dashboard with, each view
/// a piece of its own (`piece`), `write_document`, which does what the shell writes
/// ([`state::Write`]) with the code of the piece `write`, and `shipped_plan`, which fetches the
/// plan this build ships from the piece `shipped`. A macro, so that the pieces are
/// declared in the crate that builds the app (its binary, the component tests): declared in
/// this library they would be in the district's page too, which is built from it.
#[macro_export]
macro_rules! school_views {
    () => {
        fn write_document(
            state: $crate::ui::state::AppState,
            what: $crate::ui::state::Write,
        ) -> $crate::ui::state::WriteFuture {
            use $crate::piece;
            use $crate::ui::state::{AppState, Write};

            piece!(write: fn written(state: AppState, what: Write) -> bool {
                match what {
                    Write::Upgrade => {
                        state.keep_upgrade();
                        true
                    }
                    Write::DataFile => state.export_json().is_ok(),
                    Write::TakeIn => {
                        state.catch_up();
                        true
                    }
                }
            });

            Box::pin(async move { written(state, what).await.unwrap_or(false) })
        }

        fn shipped_plan() -> $crate::ui::ShippedFuture {
            use $crate::piece;

            piece!(shipped: fn plan() -> $crate::domain::plan::Plan {
                $crate::defaults::hoa_mai()
            });

            Box::pin(plan())
        }

        fn open_view(route: $crate::ui::route::Route) -> $crate::ui::piece::PieceFuture {
            use $crate::domain::period::Period;
            use $crate::piece;
            use $crate::ui::route::Route;
            use $crate::ui::{activities, data, figures, indicator, plan_editor, report};
            use ::leptos::prelude::*;

            piece!(figures: fn figures_view(period: Option<Period>) -> AnyView {
                view! { <figures::FiguresPage period=period/> }.into_any()
            });
            piece!(indicator: fn indicator_view(id: String) -> AnyView {
                view! { <indicator::IndicatorPage id=id/> }.into_any()
            });
            piece!(activities: fn activities_view() -> AnyView {
                activities::ActivitiesPage().into_any()
            });
            piece!(report: fn report_view(period: Option<Period>) -> AnyView {
                view! { <report::ReportPage period=period/> }.into_any()
            });
            piece!(report: fn shared_view(data: String) -> AnyView {
                view! { <report::SharedReport data=data/> }.into_any()
            });
            piece!(plan: fn plan_view() -> AnyView {
                plan_editor::PlanEditor().into_any()
            });
            piece!(data: fn data_view() -> AnyView {
                data::DataPage().into_any()
            });

            Box::pin(async move {
                match route {
                    Route::Figures(period) => figures_view(period).await,
                    Route::Indicator(id) => indicator_view(id).await,
                    Route::Activities => activities_view().await,
                    Route::Report(period) => report_view(period).await,
                    Route::Shared(data) => shared_view(data).await,
                    Route::Plan => plan_view().await,
                    Route::Data => data_view().await,
                    // Shown by the app itself; never asked of a piece.
                    Route::Dashboard | Route::NotFound => Ok($crate::ui::NotFound().into_any()),
                }
            })
        }
    };
}

/// The plan this build ships on its way from its piece (`PieceMissing` if it cannot be fetched).
pub type ShippedFuture =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<Plan, piece::PieceMissing>>>>;

/// The whole app: loads the saved document and shows the view the URL hash names. The dashboard
/// comes with the app; `open` fetches every other view's code the first time it is opened,
/// `write` the code that writes the document, `shipped` the plan this build ships, which only
/// a start without a readable document of the current format needs:
/// [`school_views!`](crate::school_views) makes them.
#[component]
pub fn App(
    open: fn(Route) -> piece::PieceFuture,
    write: fn(AppState, state::Write) -> state::WriteFuture,
    shipped: fn() -> ShippedFuture,
) -> impl IntoView {
    let start = Start {
        open,
        write,
        shipped,
    };
    browser::keep_dropped_files_in_page();
    match start.clone().begin(None) {
        Ok(shell) => shell,
        Err(ShippedPlanNeeded) => {
            // Until the shell provides its own, the loading line and the retry follow the saved
            // language.
            let lang = storage::load_lang().unwrap_or_default();
            browser::set_document_language(lang.code());
            provide_context(RwSignal::new(lang));
            let open: piece::Opener =
                std::sync::Arc::new(move || start.clone().with_shipped_plan());
            // Nothing else of the app is there yet: the message says so.
            view! { <piece::PieceView open=open missing=T::StartMissing/> }.into_any()
        }
    }
}

/// The pieces the app starts with.
#[derive(Clone)]
struct Start {
    open: fn(Route) -> piece::PieceFuture,
    write: fn(AppState, state::Write) -> state::WriteFuture,
    shipped: fn() -> ShippedFuture,
}

impl Start {
    /// The shell over the stored document and the view the URL names, or the shipped plan it
    /// still needs (unless `shipped` is that plan: then it always starts).
    fn begin(self, shipped: Option<&Plan>) -> Result<AnyView, ShippedPlanNeeded> {
        let route = Route::parse(&browser::current_hash());
        // A shared report is shown without touching what this browser holds.
        let loaded = storage::load_document(matches!(route, Route::Shared(_)), shipped)?;
        Ok(view! { <Shell open=self.open write=self.write route=route loaded=loaded/> }.into_any())
    }

    /// A start without a readable document of the current format (a first visit, data to set
    /// aside or to upgrade): once the shipped plan's piece has come, storage and the URL are
    /// read again, since either may have changed meanwhile.
    fn with_shipped_plan(self) -> piece::PieceFuture {
        Box::pin(async move {
            let plan = (self.shipped)().await?;
            // Built once: nothing it reads may make the piece's view run again, which would
            // register the shell's listeners twice.
            untrack(move || self.begin(Some(&plan)))
                .map_err(|ShippedPlanNeeded| piece::PieceMissing)
        })
    }
}

/// The header, the notices and the view on screen, over the document read at start.
#[component]
fn Shell(
    open: fn(Route) -> piece::PieceFuture,
    write: fn(AppState, state::Write) -> state::WriteFuture,
    route: Route,
    loaded: storage::Loaded,
) -> impl IntoView {
    let state = AppState::load(write, route, loaded);
    provide_context(state);
    provide_context(state.lang);
    browser::watch_hash(move |hash| state.route.set(Route::parse(&hash)));
    Effect::new(move |_| browser::set_document_language(state.lang.get().code()));

    let page = move || match state.route.get() {
        Route::Dashboard => dashboard::Dashboard().into_any(),
        Route::NotFound => NotFound().into_any(),
        route => {
            let view: piece::Opener = std::sync::Arc::new(move || open(route.clone()));
            view! { <piece::PieceView open=view missing=T::PieceMissing/> }.into_any()
        }
    };

    view! {
        <header class="app-header">
            <div class="app-title">
                <span class="app-name">{tr(T::AppName)}</span>
                <span class="school-name">{redrawn(move || state.doc.with(|d| d.plan.document.issuer.clone()).into_any())}</span>
            </div>
            <nav aria-label=tr(T::MainNav)>
                <NavLink route=Route::Dashboard text=T::NavDashboard/>
                <NavLink route=Route::Figures(None) text=T::NavFigures/>
                <NavLink route=Route::Activities text=T::NavActivities/>
                <NavLink route=Route::Report(None) text=T::NavReport/>
                <NavLink route=Route::Plan text=T::NavPlan/>
                <NavLink route=Route::Data text=T::NavData/>
                // The district's page is an app of its own (`district.html`).
                <a href="district.html">{tr(T::NavDistrict)}</a>
            </nav>
            <CopyLink/>
            <widgets::LangSwitch/>
        </header>
        <NoticeBar/>
        <main id="main" tabindex="-1">{redrawn(page)}</main>
    }
}

/// Copies the link to the view on screen, for sending to a colleague.
#[component]
fn CopyLink() -> impl IntoView {
    let state = expect_context::<AppState>();
    // None until a copy is tried on this view; then whether it worked.
    let copied = RwSignal::new(None::<bool>);
    Effect::new(move |_| {
        state.route.track();
        copied.set(None);
    });
    let copy = move |_| {
        leptos::task::spawn_local(async move {
            let done = browser::copy_text(&browser::current_link()).await;
            copied.set(Some(done));
        });
    };
    let message = move || {
        let lang = state.lang.get();
        copied.get().map(|done| {
            if done {
                T::LinkCopied.get(lang).to_string()
            } else {
                T::LinkNotCopied.with(lang, &[("l", &browser::current_link())])
            }
        })
    };
    view! {
        <button class="copy-link" id="copy-link" on:click=copy>{tr(T::CopyLink)}</button>
        <span class="copied" role="status">{redrawn(move || message().into_any())}</span>
    }
}

/// For a link to a view or an indicator that does not exist.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="card">
            <p>{tr(T::NotFound)}</p>
            <a class="button" href="#/">{tr(T::BackToDashboard)}</a>
        </section>
    }
}

#[component]
fn NavLink(route: Route, text: T) -> impl IntoView {
    let state = expect_context::<AppState>();
    let href = route.href();
    let current = move || {
        let here = state.route.get();
        let same = match (&here, &route) {
            (Route::Indicator(_), Route::Dashboard) => true,
            (Route::Figures(_), Route::Figures(_)) => true,
            (Route::Report(_), Route::Report(_)) => true,
            (a, b) => a == b,
        };
        same.then_some("page")
    };
    view! { <a href=href aria-current=current>{tr(text)}</a> }
}

/// Storage problems, shown until the user dismisses them.
#[component]
fn NoticeBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    redrawn(move || {
        state.notice.get().map(|notice| {
            let lang = state.lang.get();
            let text = match &notice {
                Notice::Unreadable => T::StorageLoadFailed.get(lang).to_string(),
                Notice::UnreadableNotKept => T::StorageBackupFailed.get(lang).to_string(),
                Notice::Newer => T::StorageNewer.get(lang).to_string(),
                Notice::OtherTab => T::StorageOtherTab.get(lang).to_string(),
                Notice::Overtaken => T::StorageOvertaken.get(lang).to_string(),
                Notice::UpdateReady => T::UpdateReady.get(lang).to_string(),
                Notice::SaveFailed(e) => {
                    T::StorageSaveFailed.with(lang, &[("e", &state::save_error_text(lang, e))])
                }
                Notice::Refused(why) => T::ChangeRefused.with(lang, &[("e", &why[lang as usize])]),
            };
            let update = (notice == Notice::UpdateReady).then(|| {
                view! { <button id="apply-update" on:click=|_| browser::apply_update()>{tr(T::UpdateNow)}</button> }
                    .into_any()
            });
            widgets::notice(text, update, move || state.notice.set(None))
        })
        .into_any()
    })
}
