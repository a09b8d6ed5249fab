//! The only place that talks to the browser (web-sys): storage, the URL hash, dialogs and
//! the clock. Everything else in the crate is plain Rust or Leptos views.

pub mod storage;

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::domain::document::LoadError;

/// The URL fragment without its leading '#'.
pub fn current_hash() -> String {
    window()
        .location()
        .hash()
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string()
}

/// Calls `on_change` with the new fragment whenever the URL hash changes (links, back button).
pub fn watch_hash(on_change: impl Fn(String) + 'static) {
    // The handle is only for removing the listener, which the app never does (dropping it
    // leaves the listener in place).
    let _ = window_event_listener(leptos::ev::hashchange, move |_| on_change(current_hash()));
}

/// Asks the user to confirm a destructive step with the browser's own dialog.
pub fn confirm(message: &str) -> bool {
    window().confirm_with_message(message).unwrap_or(false)
}

/// Today in the user's time zone.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Now, as an ISO 8601 time in UTC ("2026-11-29T05:17:00.000Z").
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// An ISO 8601 time as the clock on the wall reads it in the user's time zone.
pub fn local_time(iso: &str) -> Option<chrono::NaiveDateTime> {
    let t = js_sys::Date::new(&JsValue::from_str(iso));
    NaiveDate::from_ymd_opt(t.get_full_year() as i32, t.get_month() + 1, t.get_date())?.and_hms_opt(
        t.get_hours(),
        t.get_minutes(),
        0,
    )
}

/// Keeps `<html lang>` in step with the chosen language for screen readers and hyphenation.
pub fn set_document_language(code: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", code);
    }
}

/// The name of a JavaScript exception ("QuotaExceededError", "SecurityError"...).
pub(crate) fn js_error_name(err: &JsValue) -> String {
    js_sys::Reflect::get(err, &JsValue::from_str("name"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "Error".to_string())
}

/// Offers `text` to the user as a file to save (the browser's download).
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    save_blob(file_name, mime, &JsValue::from_str(text))
}

/// Offers `bytes` (a workbook) to the user as a file to save.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    save_blob(file_name, mime, &js_sys::Uint8Array::from(bytes))
}

fn save_blob(file_name: &str, mime: &str, content: &JsValue) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(content);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| js_error_name(&e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| js_error_name(&e))?;
    let link: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|e| js_error_name(&e))?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// An SVG drawing as a PNG at twice its size (sharp on paper), with that size; `None` if the
/// browser cannot draw it. Word files take pictures as PNG.
pub async fn svg_to_png(data_uri: &str) -> Option<(Vec<u8>, u32, u32)> {
    use wasm_bindgen::JsCast;
    let image = web_sys::HtmlImageElement::new().ok()?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(data_uri);
    wasm_bindgen_futures::JsFuture::from(loaded).await.ok()?;
    let (width, height) = (image.natural_width() * 2, image.natural_height() * 2);
    if width == 0 || height == 0 {
        return None;
    }
    let canvas: web_sys::HtmlCanvasElement =
        document().create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )
        .ok()?;
    let url = canvas.to_data_url_with_type("image/png").ok()?;
    let (_, base64) = url.split_once(',')?;
    // atob gives one character per byte.
    let bytes = window()
        .atob(base64)
        .ok()?
        .chars()
        .map(|c| c as u8)
        .collect();
    Some((bytes, width, height))
}

/// Opens the browser's print dialog (where "Save as PDF" is).
pub fn print() {
    let _ = window().print();
}

/// Prints with `mark` set on the page's root element (`data-print`), so that the print style
/// shows only what it marks: the office's report rather than its summary. The mark goes once
/// printing is over (`afterprint`: on an iPad the dialog comes after `print()` returns).
pub fn print_marked(mark: &str) {
    use wasm_bindgen::JsCast;
    let Some(root) = document().document_element() else {
        return print();
    };
    let _ = root.set_attribute("data-print", mark);
    let done = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = root.remove_attribute("data-print");
        window().set_onafterprint(None);
    });
    window().set_onafterprint(Some(done.unchecked_ref()));
    print();
}

/// A `mailto:` link with the subject and body filled in.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let encode = |text: &str| String::from(js_sys::encode_uri_component(text));
    format!(
        "mailto:{to}?subject={}&body={}",
        encode(subject),
        encode(body)
    )
}

/// This page's address without its fragment: the base of every link to a view.
pub fn page_address() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The link to the view on screen.
pub fn current_link() -> String {
    window().location().href().unwrap_or_default()
}

/// Puts `text` on the clipboard; `false` when the browser offers no clipboard here or refuses.
pub async fn copy_text(text: &str) -> bool {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| c.is_object());
    has_clipboard
        && wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .is_ok()
}

/// Takes the focus out of the box that has it, so that its `change` event (and the save it
/// makes) happens now.
pub fn blur_active() {
    use wasm_bindgen::JsCast;
    if let Some(element) = document().active_element() {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.blur();
        }
    }
}

/// Moves the keyboard focus to an element, so that what replaced the control just used is
/// where the user continues. Done on the next frame, once the change that shows the element
/// is drawn.
pub fn focus(id: &'static str) {
    use wasm_bindgen::JsCast;
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(id) {
            let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

/// Opens a view by its hash link ("#/figures/2026-Y").
pub fn navigate(href: &str) {
    let _ = window().location().set_hash(href.trim_start_matches('#'));
}

/// The text of a file the user chose. A file larger than `max_bytes` is refused unread.
/// A file the user chose or dropped.
pub use web_sys::File;

/// The files a file input holds. The input is emptied, so that choosing the same files again
/// reads them again.
pub fn take_picked(ev: &leptos::ev::Event) -> Vec<File> {
    let input: web_sys::HtmlInputElement = event_target(ev);
    let files = list_files(input.files());
    input.set_value("");
    files
}

/// The files dropped on a drop zone (the browser's own handling, opening them, is stopped).
pub fn take_dropped(ev: &leptos::ev::DragEvent) -> Vec<File> {
    ev.prevent_default();
    list_files(ev.data_transfer().and_then(|d| d.files()))
}

fn list_files(list: Option<web_sys::FileList>) -> Vec<File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}

/// Milliseconds on the page's clock, for measuring how long work has run.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A link's part as it was before percent-encoding (chat apps encode some characters), or as
/// it is when it was not encoded.
pub fn decode_uri_component(text: &str) -> String {
    js_sys::decode_uri_component(text)
        .map(String::from)
        .unwrap_or_else(|_| text.to_string())
}

pub async fn read_text(file: &File, max_bytes: usize) -> Result<String, LoadError> {
    let bytes = file.size() as usize;
    if bytes > max_bytes {
        return Err(LoadError::TooLarge { bytes });
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| LoadError::Unreadable)?;
    text.as_string().ok_or(LoadError::Unreadable)
}

/// The text in Unicode's composed form (NFC): Vietnamese typed with a decomposing keyboard
/// setting ("tổ hợp") then compares equal to the same words typed otherwise.
pub fn composed(text: &str) -> String {
    String::from(js_sys::JsString::from(text).normalize("NFC"))
}

/// Lets the browser draw and handle input before going on: a long task (reading hundreds of
/// files) awaits this now and then so that the page stays responsive.
pub async fn yield_to_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The browser's storage manager, absent outside secure contexts and in old browsers.
fn storage_manager() -> Option<web_sys::StorageManager> {
    use wasm_bindgen::JsCast;
    js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("storage"))
        .ok()
        .filter(|m| m.is_object())
        .map(|m| m.unchecked_into())
}

/// Asks the browser to keep the site's data for good (`navigator.storage.persist()`); its
/// answer, or `None` when the browser cannot say.
pub async fn persist_storage() -> Option<bool> {
    let promise = storage_manager()?.persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Safari on an iPad or iPhone, outside a Home Screen app: there the site's data is cleared
/// after 7 days without a visit.
pub fn is_apple_browser_tab() -> bool {
    let navigator = window().navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    // The agent's words ("(iPad; CPU OS 17_0 like Mac OS X)"), compared whole: a substring
    // search would bring core's string searcher into the first load. iPadOS Safari says
    // "Macintosh"; a touch screen tells it from a Mac.
    let says = |word: &str| {
        agent
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w == word)
    };
    let apple_touch = ["iPad", "iPhone", "iPod"].into_iter().any(says)
        || (says("Macintosh") && navigator.max_touch_points() > 0);
    let home_screen = js_sys::Reflect::get(&navigator, &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        == Some(true);
    apple_touch && !home_screen
}

/// Calls `on_ready` when a new version of the app is installed and waiting (announced by
/// `sw-register.js`, possibly before the app started).
pub fn watch_for_update(on_ready: impl Fn() + 'static) {
    let waiting = js_sys::Reflect::get(&window(), &JsValue::from_str("bdgWaitingWorker"))
        .is_ok_and(|w| w.is_object());
    if waiting {
        on_ready();
    }
    // (Dropping the handle leaves the listener in place: the app never removes it.)
    let _ = window_event_listener_untyped("bdg-update-ready", move |_| on_ready());
}

/// Switches to the waiting version; the page reloads once it has taken over.
pub fn apply_update() {
    use wasm_bindgen::JsCast;
    if let Ok(apply) = js_sys::Reflect::get(&window(), &JsValue::from_str("bdgApplyUpdate")) {
        if let Some(apply) = apply.dyn_ref::<js_sys::Function>() {
            let _ = apply.call0(&JsValue::NULL);
        }
    }
}

/// A file dropped outside the drop zone would make the browser leave the app to show it.
/// (Only files: text dragged into a box still drops as usual.)
pub fn keep_dropped_files_in_page() {
    fn carries_files(event: &web_sys::DragEvent) -> bool {
        event
            .data_transfer()
            .is_some_and(|d| d.types().includes(&JsValue::from_str("Files"), 0))
    }
    // (Dropping the handles leaves the listeners in place: the app never removes them.)
    let _ = window_event_listener(leptos::ev::dragover, |e| {
        if carries_files(&e) {
            e.prevent_default()
        }
    });
    let _ = window_event_listener(leptos::ev::drop, |e| {
        if carries_files(&e) {
            e.prevent_default()
        }
    });
}

/// A child element appended to `parent`, with its attributes: for parts of the page built
/// straight into the document (`ui::node`). `None` only for a tag the document refuses.
pub fn append_element(
    parent: &web_sys::Element,
    tag: &str,
    attrs: &[(&str, String)],
) -> Option<web_sys::Element> {
    let child = document().create_element(tag).ok()?;
    for (name, value) in attrs {
        let _ = child.set_attribute(name, value);
    }
    parent.append_child(&child).ok()?;
    Some(child)
}

/// A text appended to `parent`, as text (never parsed as markup).
pub fn append_text(parent: &web_sys::Element, text: &str) {
    let _ = parent.append_with_str_1(text);
}

/// Removes every child of `element`.
pub fn clear_children(element: &web_sys::Element) {
    element.set_text_content(None);
}
