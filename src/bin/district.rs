//! The district office's page, `district.html`: an app of its own, so that a school's tablet
//! never downloads it; its roll-up is a piece of its own (see `district_views!`).
use bdg_tracker::ui::district::DistrictApp;
use leptos::prelude::*;

bdg_tracker::district_views!();

fn main() {
    leptos::mount::mount_to_body(
        || view! { <DistrictApp open=open_results sort=sort_received file=file_received/> },
    );
}
