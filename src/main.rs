//! The school's app (`index.html`): every view but the dashboard is a piece of its own, declared
//! here, in the app's binary (see `school_views!`).
use bdg_tracker::App;
use leptos::prelude::*;

bdg_tracker::school_views!();

fn main() {
    leptos::mount::mount_to_body(
        || view! { <App open=open_view write=write_document shipped=shipped_plan/> },
    );
}
