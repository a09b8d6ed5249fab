//! The only place that talks to the browser (web-sys): storage, the URL hash, dialogs and
//! the clock. Everything else in the crate is plain Rust or Leptos views.

pub mod storage;

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

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
    let handle = window_event_listener(leptos::ev::hashchange, move |_| on_change(current_hash()));
    // The app lives as long as the page: the listener is never removed.
    std::mem::forget(handle);
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
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
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

/// Opens a view by its hash link ("#/figures/2026-Y").
pub fn navigate(href: &str) {
    let _ = window().location().set_hash(href.trim_start_matches('#'));
}
