//! Small pieces shared by several views.

use leptos::prelude::*;

use super::node::{el, text_el, Node};
use super::state::{AppState, Write};
use crate::browser;
use crate::domain::document::LoadError;
use crate::domain::import::MAX_FILE_BYTES;
use crate::domain::period::Period;
use crate::domain::progress::{Status, StatusCounts};
use crate::i18n::{
    format_date_time, period_name, plain_number, status_icon, status_text, Lang, Words, T,
};

/// A status as an icon and a word: never by colour alone.
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    view! {
        <span class=format!("status {}", status_class(status))>
            <span class="status-icon" aria-hidden="true">{status_icon(status)}</span>
            " "
            {tr(status_text(status))}
        </span>
    }
}

/// The same badge as a [`Node`], for views drawn from data.
pub fn status_badge(lang: Lang, status: Status) -> Node {
    badge(
        status_icon(status),
        status_text(status).get(lang),
        badge_class(status),
    )
}

/// A badge of an icon (hidden from screen readers, which read the word) and a word.
pub fn badge(icon: &str, word: &str, class: &'static str) -> Node {
    el(
        "span",
        vec![
            text_el("span", icon)
                .class("status-icon")
                .attr("aria-hidden", "true"),
            Node::Text(format!(" {word}")),
        ],
    )
    .class(class)
}

/// A badge's classes: `status`, and the status's own, which colours it. Other badges (a
/// report's sending, the calendar's) take the colour of the status they stand for.
pub fn badge_class(status: Status) -> &'static str {
    match status {
        Status::Met => "status status-met",
        Status::OnTrack => "status status-on-track",
        Status::PaceUnknown => "status status-pace-unknown",
        Status::Behind => "status status-behind",
        Status::OffTrack => "status status-off-track",
        Status::NoData => "status status-no-data",
        Status::NotApplicable => "status status-na",
    }
}

/// The status's own class (`status-met`), for a row or a bar coloured by it.
pub fn status_class(status: Status) -> &'static str {
    let badge = badge_class(status);
    badge.strip_prefix("status ").unwrap_or(badge)
}

/// A bar split by status, with the counts written out beside it.
pub fn status_bar(lang: Lang, counts: StatusCounts) -> Vec<Node> {
    let shown: Vec<Status> = Status::ALL
        .into_iter()
        .filter(|s| counts.get(*s) > 0)
        .collect();
    let total = (counts.applicable() + counts.not_applicable).max(1) as f64;
    let segments = shown
        .iter()
        .map(|&s| {
            // Set through the CSSOM (style:), which the Content-Security-Policy allows, rather
            // than a style attribute, which it forbids.
            let width = format!("{}%", plain_number(counts.get(s) as f64 * 100.0 / total, 2));
            let class = format!("bar-segment {}", status_class(s));
            Node::View(view! { <span class=class style:width=width></span> }.into_any())
        })
        .collect();
    let legend = shown
        .into_iter()
        .map(|s| {
            el(
                "li",
                vec![
                    text_el("span", status_icon(s)).attr("aria-hidden", "true"),
                    Node::Text(format!(" {}: ", status_text(s).get(lang))),
                    text_el("strong", counts.get(s).to_string()),
                ],
            )
            .class(status_class(s))
        })
        .collect();
    vec![
        el("div", segments)
            .class("status-bar")
            .attr("aria-hidden", "true"),
        el("ul", legend).class("status-legend"),
    ]
}

/// Switches between Vietnamese and English; the choice is kept on this device. Named in the
/// language it switches to.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = expect_context::<RwSignal<Lang>>();
    let switch = move |_| {
        let next = match lang.get_untracked() {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        };
        lang.set(next);
        browser::storage::save_lang(next);
    };
    view! {
        <button
            class="lang-switch"
            lang=move || if lang.get() == Lang::Vi { "en" } else { "vi" }
            title=tr(T::SwitchLanguageLabel)
            on:click=switch
        >
            {tr(T::SwitchLanguage)}
        </button>
    }
}

/// A UI text that follows the chosen language, of either page's table: the one way a view
/// shows a text (code that has a language at hand takes `T::X.get(lang)`, or `.with` to fill
/// placeholders). Every call shares one closure type, so the many texts of the UI cost one
/// reactive view in the binary instead of one each.
pub fn tr(text: impl Into<Words>) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    words(text.into().0)
}

/// Not generic, so that both tables' texts share its closure type.
fn words(pair: [&'static str; 2]) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = expect_context::<RwSignal<Lang>>();
    move || pair[lang.get() as usize]
}

/// A part of a view redrawn whenever what `draw` reads changes. Every call shares one closure
/// type, so each redrawn part costs the binary its own drawing code only, not another copy of
/// Leptos's reactive rendering.
pub fn redrawn(draw: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let draw: std::sync::Arc<dyn Fn() -> AnyView + Send + Sync> = std::sync::Arc::new(draw);
    move || draw()
}

/// An ISO 8601 time as the user's clock reads it, "29/11/2026 15:04"; empty if unreadable.
pub fn local_when(lang: Lang, iso: &str) -> String {
    browser::local_time(iso)
        .map(|t| format_date_time(lang, t))
        .unwrap_or_default()
}

/// The id of the paragraph that says why a box's entry was refused. The box names it in its
/// `aria-describedby`, so that screen readers read the reason with the box.
pub fn error_id(id: &str) -> String {
    format!("{id}-error")
}

/// A box with its label above it and, below it, why what was typed was refused: every box of
/// both pages' forms. `control` is the input, select or text area whose id is `id`.
pub fn labelled(
    id: String,
    label: impl IntoView,
    control: impl IntoView,
    error: impl IntoView,
) -> impl IntoView {
    let error_id = error_id(&id);
    view! {
        <div class="field">
            <label class="field-label" for=id>{label}</label>
            {control}
            <p class="error" id=error_id role="status">{error}</p>
        </div>
    }
}

/// A message that stays until it is dismissed (a storage problem, an update ready), on both
/// pages alike; `action` is a button that deals with it, if there is one.
pub fn notice(
    text: String,
    action: Option<AnyView>,
    dismiss: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="notice" role="alert">
            <p>{text}</p>
            {action}
            <button on:click=move |_| dismiss()>{tr(T::Dismiss)}</button>
        </div>
    }
}

/// A labelled choice of the plan's periods that opens the same view for the period chosen
/// (`link` makes that view's route).
/// A file input inside a zone files can be dropped on: the one way both pages take files.
/// `on_files` gets what was chosen or dropped (the input is emptied, so the same file can be
/// chosen again).
#[component]
pub fn DropZone(
    id: &'static str,
    /// The label's words.
    label: Signal<&'static str>,
    #[prop(optional)] multiple: bool,
    #[prop(optional, into)] disabled: Signal<bool>,
    on_files: Callback<Vec<browser::File>>,
) -> impl IntoView {
    view! {
        <div class="drop-zone" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=move |ev| on_files.run(browser::take_dropped(&ev))>
            <label for=id>{label}</label>
            <input id=id type="file" multiple=multiple accept=".json,application/json" disabled=disabled
                on:change=move |ev| on_files.run(browser::take_picked(&ev))/>
        </div>
    }
}

/// Reads the first of the files a one-file [`DropZone`] gives, checked whole by `read`, and
/// tells `done` its name and what came of it; `false` when no file was given.
pub fn read_first_file<T: 'static>(
    files: Vec<browser::File>,
    read: impl FnOnce(&str) -> Result<T, LoadError> + 'static,
    done: impl FnOnce(String, Result<T, LoadError>) + 'static,
) -> bool {
    let Some(file) = files.into_iter().next() else {
        return false;
    };
    leptos::task::spawn_local(async move {
        let read = browser::read_text(&file, MAX_FILE_BYTES)
            .await
            .and_then(|text| read(&text));
        done(file.name(), read);
    });
    true
}

/// The choice of a period, on both pages: `periods` are those offered, `on_pick` is told the
/// one chosen.
#[component]
pub fn PeriodSelect(
    id: &'static str,
    #[prop(into)] periods: Signal<Vec<Period>>,
    #[prop(into)] current: Signal<Period>,
    on_pick: Callback<Period>,
) -> impl IntoView {
    let lang = expect_context::<RwSignal<Lang>>();
    let options = move || {
        let lang = lang.get();
        let items = periods
            .get()
            .into_iter()
            .map(|p| (p.to_string(), period_name(lang, p)))
            .collect();
        select_options(None, items, &current.get().to_string())
    };
    view! {
        <label class="field-label" for=id>{tr(T::Period)}</label>
        <select id=id on:change=move |ev| {
            if let Ok(p) = event_target_value(&ev).parse::<Period>() {
                on_pick.run(p);
            }
        }>{redrawn(options)}</select>
    }
}

/// The options of a select, with an empty choice first when `empty` names it. Every select
/// drawn from a list goes through this one function, so they share one view type.
pub fn select_options(empty: Option<&str>, items: Vec<(String, String)>, current: &str) -> AnyView {
    empty
        .map(|label| (String::new(), label.to_string()))
        .into_iter()
        .chain(items)
        .map(|(value, label)| {
            let selected = value == current;
            view! { <option value=value selected=selected>{label}</option> }
        })
        .collect_view()
        .into_any()
}

/// Downloads the data file; with the date of the last download and, when it is more than a
/// week old, a reminder.
#[component]
pub fn ExportButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let failed = RwSignal::new(false);
    let overdue = move || {
        // The day of the last download on the user's calendar, not UTC's.
        let day = state
            .exported_at
            .with(|e| e.as_deref().and_then(browser::local_time).map(|t| t.date()));
        state.doc.with(|d| d.export_overdue(day, state.today))
    };
    let last = move || {
        let lang = state.lang.get();
        let mut text = match state.exported_at.get() {
            Some(iso) => T::LastExport.with(lang, &[("d", &local_when(lang, &iso))]),
            None => T::NeverExported.get(lang).to_string(),
        };
        if overdue() {
            text.push(' ');
            text.push_str(T::ExportReminder.get(lang));
        }
        text
    };
    view! {
        <p>
            <button id="export-json" on:click=move |_| {
                leptos::task::spawn_local(async move {
                    failed.set(!state.write(Write::DataFile).await);
                });
            }>
                {tr(T::ExportJson)}
            </button>
        </p>
        <p class="muted">{tr(T::ExportHelp)}</p>
        <p id="last-export" class=move || if overdue() { "reminder" } else { "muted" }>{redrawn(move || last().into_any())}</p>
        <p class="reminder" hidden=!browser::is_apple_browser_tab()>{tr(T::AppleAdvice)}</p>
        <p class="error" role="status">{redrawn(move || failed.get().then(tr(T::ExportFailed)).into_any())}</p>
    }
}
