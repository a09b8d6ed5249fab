//! The floor of the stack: the smallest Leptos app, a counter, built by `make bench` with the
//! app's release profile, wasm-bindgen and `wasm-opt -Oz` as the release build (scripts/build.mjs) builds the app, so that the
//! app's transfer size can be read against what Leptos itself costs. Not part of the app.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <button id="count" on:click=move |_| set_count.update(|n| *n += 1)>
            "Count: " {count}
        </button>
    }
}

#[wasm_bindgen(start)]
pub fn start() {
    leptos::mount::mount_to_body(Counter);
}
