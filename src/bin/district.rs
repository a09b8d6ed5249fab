//! The district office's page, `district.html`: an app of its own, so that a school's tablet
//! never downloads it.
fn main() {
    leptos::mount::mount_to_body(bdg_tracker::ui::district::DistrictApp);
}
