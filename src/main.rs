fn main() {
    leptos::mount::mount_to_body(bdg_tracker::App);
}
