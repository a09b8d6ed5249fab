//! Component tests in headless Chromium: the real app mounted into the page, with real local
//! storage, driven through the DOM (clicks, typed values) and read back from the DOM.

#![cfg(target_arch = "wasm32")]

use bdg_tracker::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

bdg_tracker::school_views!();
bdg_tracker::district_views!();

/// Lets Leptos's scheduled effects run, and the views they mount. A short timer rather than
/// `leptos::task::tick()`: the dashboard draws its objective cards in a task after the rest, and
/// a view may wait for its piece, each a round of the executor or more; three ticks were once
/// measured not to be enough.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Mounts the whole app in a fresh container at a given hash, on empty or given storage.
async fn mount_app(hash: &str) -> Element {
    window().location().set_hash(hash).unwrap();
    mount(|| view! { <App open=open_view write=write_document shipped=shipped_plan/> }).await
}

/// Mounts a view in a fresh container.
async fn mount<V: IntoView + 'static>(view: fn() -> V) -> Element {
    // The runner reports into the page's body: only the previous test's app is removed.
    let body = document().body().unwrap();
    if let Some(old) = document().get_element_by_id("app-host") {
        old.remove();
    }
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.set_id("app-host");
    body.append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), view).forget();
    settle().await;
    host.unchecked_into()
}

fn clear_storage() {
    window().local_storage().unwrap().unwrap().clear().unwrap();
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

/// Types a value into an input and commits it, as leaving the box does.
async fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = one(root, selector).unchecked_into();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn dashboard_shows_the_whole_plan() {
    clear_storage();
    let app = mount_app("#/").await;
    assert_eq!(all(&app, "article.objective").len(), 5);
    assert_eq!(all(&app, "li.indicator-row").len(), 15);
    assert!(text(&app, ".plan-header").contains("06/KH-MNHM"));
    assert_eq!(
        text(&app, "li[data-indicator='3d-ths'] .target-2025"),
        "ít nhất 9,1% từ năm 2025 trở đi"
    );
    assert_eq!(
        text(&app, "li[data-indicator='4a-ph'] .target-2030"),
        "ít nhất 350 phụ huynh trong năm"
    );
    // Nothing entered yet: every applicable indicator has no data.
    assert!(text(&app, "li[data-indicator='2b']").contains("Chưa có số liệu"));
}

#[wasm_bindgen_test]
async fn language_switch_translates_and_is_remembered() {
    clear_storage();
    let app = mount_app("#/").await;
    assert!(text(&app, "nav").contains("Tổng quan"));
    one(&app, "button.lang-switch")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert!(text(&app, "nav").contains("Dashboard"));
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert_eq!(
        window()
            .local_storage()
            .unwrap()
            .unwrap()
            .get_item("bdg-tracker.lang")
            .unwrap()
            .as_deref(),
        Some("en")
    );
    // Back to Vietnamese for the other tests.
    one(&app, "button.lang-switch")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert!(text(&app, "nav").contains("Tổng quan"));
}

#[wasm_bindgen_test]
async fn typed_figures_are_checked_saved_and_computed() {
    clear_storage();
    let app = mount_app("#/figures/2025-Y").await;
    type_into(&app, "#fig-committee-total", "10").await;
    type_into(&app, "#fig-committee_trained-total", "12").await;
    // Refused with its reason next to the box; nothing saved for it.
    let error = text(&app, "#fig-committee_trained-total-error");
    assert!(error.contains("không được lớn hơn"), "{error}");
    let saved = window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("bdg-tracker.document")
        .unwrap()
        .unwrap();
    assert!(saved.contains("\"committee\":{\"total\":10}"), "{saved}");
    assert!(!saved.contains("\"committee_trained\":{\"total\""));

    type_into(&app, "#fig-committee_trained-total", "1").await;
    assert_eq!(text(&app, "#fig-committee_trained-total-error"), "");
    let row = "tr[data-indicator='5']";
    assert_eq!(text(&app, &format!("{row} .value")), "10%");
    assert!(text(&app, row).contains("Đã đạt"));
}

#[wasm_bindgen_test]
async fn women_are_shown_apart_from_men() {
    clear_storage();
    let app = mount_app("#/figures/2024-H1").await;
    type_into(&app, "#fig-staff-total", "40").await;
    type_into(&app, "#fig-staff-female", "38").await;
    let row = one(&app, "fieldset[aria-labelledby='legend-staff']");
    assert_eq!(text(&row, ".derived-value"), "2");
    type_into(&app, "#fig-staff-female", "41").await;
    assert!(text(&app, "#fig-staff-female-error").contains("Số nữ (41)"));
    let typed: HtmlInputElement = one(&app, "#fig-staff-female").unchecked_into();
    assert_eq!(
        typed.value(),
        "41",
        "the refused entry stays in the box to be fixed"
    );
    // The saved 38 is still what counts.
    assert_eq!(text(&row, ".derived-value"), "2");
    // Raising the total makes the 41 valid: it is saved without being typed again.
    type_into(&app, "#fig-staff-total", "45").await;
    assert_eq!(text(&app, "#fig-staff-female-error"), "");
    assert_eq!(text(&row, ".derived-value"), "4");
}

/// The district's page on data it saved: the district's values are the schools' sums, each
/// school is listed, and a target the district types changes the district's status and is
/// saved under the district's own key only.
#[wasm_bindgen_test]
async fn district_page_rolls_up_what_it_saved() {
    clear_storage();
    let submission = |school: &str, total: u32, female: u32| {
        format!(
            r#"{{"school":"{school}","period":"2026-H1","file":"{school}.json","sent_on":"2026-06-05",
               "figures":{{"key_leaders":{{"total":{total},"female":{female}}}}}}}"#
        )
    };
    let stored = format!(
        r#"{{"format":"bdg-tracker-district","version":1,"submissions":[{},{}]}}"#,
        submission("Trường B", 6, 2),
        submission("Trường A", 4, 3)
    );
    let storage = window().local_storage().unwrap().unwrap();
    storage.set_item("bdg-tracker.district", &stored).unwrap();
    let page = mount(
        || view! { <bdg_tracker::ui::district::DistrictApp open=open_results sort=sort_received file=file_received/> },
    )
    .await;
    settle().await;

    let row = r#"#district-table tr[data-indicator="3b"]"#;
    assert_eq!(text(&page, &format!("{row} .value")), "50% (5/10)");
    assert_eq!(text(&page, &format!("{row} .status")), "✖ Chệch hướng");
    let schools: Vec<String> = all(&page, "#district-tracker tbody th")
        .iter()
        .map(|th| th.text_content().unwrap_or_default())
        .collect();
    assert_eq!(schools, ["Trường A", "Trường B"]);

    let select: web_sys::HtmlSelectElement = one(&page, "#district-indicator").unchecked_into();
    select.set_value("3b");
    let init = EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    settle().await;
    type_into(&page, "#district-target-2025", "40").await;
    type_into(&page, "#district-target-2030", "40").await;
    assert_eq!(text(&page, &format!("{row} .status")), "✔ Đã đạt");
    let saved = storage.get_item("bdg-tracker.district").unwrap().unwrap();
    assert!(saved.contains(r#""indicator":"3b""#), "{saved}");
    assert_eq!(storage.get_item("bdg-tracker.document").unwrap(), None);
}
