//! The data page: download the data file and the CSV, import a file (picked or dropped),
//! restore a snapshot, and what the browser says about keeping the data.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::node::{el, text_el};
use super::piece::download_workbook;
use super::state::{AppState, Replace};
use super::widgets::{local_when, read_first_file, redrawn, tr, DropZone, ExportButton};
use crate::browser::{self, storage};
use crate::defaults::hoa_mai;
use crate::domain::document::{Document, LoadError};
use crate::domain::import::{self, Merged, Summary};
use crate::domain::plan::iso_date;
use crate::domain::snapshot::{Reason, Snapshot};
use crate::export::chart::data_uri_of;
use crate::export::{csv, xlsx};
use crate::i18n::{format_bytes, load_error, period_short, DataText, Lang, ViewText, T};

/// What the data page shows besides the document. One signal for the whole page: each
/// signal type costs the app its own copy of Leptos's reactive code.
#[derive(Default)]
struct Page {
    import: Option<Import>,
    /// Newest first, each with what its document holds (`None` if it cannot be read).
    snapshots: Vec<(Snapshot, Option<Summary>)>,
    /// The time of the snapshot just restored, or why it could not be (`None`: not saved).
    restored: Option<Result<String, Option<LoadError>>>,
    /// `None` while the browser is asked; then its answer, which may be that it cannot say.
    persisted: Option<Option<bool>>,
}

impl Page {
    fn list_snapshots(&mut self) {
        self.snapshots = storage::snapshots()
            .into_iter()
            .map(|s| {
                let summary = storage::snapshot_text(&s)
                    .and_then(|text| import::read_saved(&text, &hoa_mai).ok())
                    .map(|d| Summary::of(&d));
                (s, summary)
            })
            .collect();
    }
}

#[component]
pub fn DataPage() -> impl IntoView {
    let mut page = Page::default();
    page.list_snapshots();
    let page = RwSignal::new(page);
    spawn_local(async move {
        let persisted = browser::persist_storage().await;
        page.update(|p| p.persisted = Some(persisted));
    });
    view! {
        <h1>{tr(DataText::DataTitle)}</h1>
        <section class="card" aria-labelledby="backup-title">
            <h2 id="backup-title">{tr(DataText::BackupTitle)}</h2>
            <ExportButton/>
            <CsvButton/>
        </section>
        <ImportCard page=page/>
        <SnapshotsCard page=page/>
        <KeptAsideCard/>
        <DeviceCard page=page/>
    }
}

#[component]
fn CsvButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let failed = RwSignal::new(false);
    let download = move |_| {
        let lang = state.lang.get_untracked();
        let text = state.progress.with_untracked(|p| {
            state
                .doc
                .with_untracked(|d| csv::indicator_values(&d.plan, p, lang))
        });
        let name = state
            .doc
            .with_untracked(|d| d.file_name(&iso_date::to_text(state.today), "csv"));
        failed.set(browser::download(&name, "text/csv;charset=utf-8", &text).is_err());
    };
    // The workbook's code is a piece of its own, fetched the first time one is asked for.
    let workbook = move |_| {
        let lang = state.lang.get_untracked();
        let rows = state.progress.with_untracked(|p| {
            state.doc.with_untracked(|d| {
                let mut rows = vec![csv::headers(lang)];
                rows.extend(csv::value_rows(&d.plan, p, lang));
                rows
            })
        });
        let name = state
            .doc
            .with_untracked(|d| d.file_name(&iso_date::to_text(state.today), "xlsx"));
        failed.set(false);
        let sheet = DataText::XlsxSheet.get(lang).to_string();
        spawn_local(async move {
            let saved = download_workbook(name, sheet, rows, xlsx::VALUE_COLUMNS.to_vec()).await;
            failed.set(!saved);
        });
    };
    view! {
        <p class="actions">
            <button id="export-xlsx" on:click=workbook>{tr(DataText::ExportXlsx)}</button>
            <button id="export-csv" on:click=download>{tr(DataText::ExportCsv)}</button>
        </p>
        <p class="muted">{tr(DataText::ExportCsvHelp)}</p>
        <p class="error" role="status">{move || failed.get().then(tr(T::ExportFailed))}</p>
    }
}

/// Where an import stands.
enum Import {
    Reading,
    Refused(String, LoadError),
    /// Read and checked; waiting for the user to replace or merge.
    Ready(String, Box<Document>),
    Replaced(String),
    Merged(String, Merged),
    /// Checked, but it could not be saved (the reason is at the top of the page).
    NotSaved(String),
}

#[component]
fn ImportCard(page: RwSignal<Page>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let import = move |step: Import| page.update(|p| p.import = Some(step));
    // The first file chosen or dropped; the box takes one.
    let take = move |files: Vec<browser::File>| {
        let read = |text: &str| import::read_document(text, &hoa_mai);
        if read_first_file(files, read, move |name, read| {
            import(match read {
                Ok(document) => Import::Ready(name, Box::new(document)),
                Err(e) => Import::Refused(name, e),
            })
        }) {
            import(Import::Reading);
        }
    };
    let finish = move |merge: bool| {
        let ready = page.with_untracked(|p| match &p.import {
            Some(Import::Ready(name, file)) => Some((name.clone(), file.clone())),
            _ => None,
        });
        let Some((name, file)) = ready else {
            return;
        };
        let result = if merge {
            state.replace_document(Reason::BeforeImport, |current| {
                let mut next = current.clone();
                import::merge(&mut next, &file).map(|merged| (next, Some(merged)))
            })
        } else {
            state.replace_document(Reason::BeforeImport, |_| Ok(((*file).clone(), None)))
        };
        let outcome = match result {
            Ok(Some(merged)) => Some(Import::Merged(name, merged)),
            Ok(None) => Some(Import::Replaced(name)),
            Err(Replace::Refused(e)) => Some(Import::Refused(name, e)),
            Err(Replace::NotSaved) => Some(Import::NotSaved(name)),
            // The user stopped: the file stays ready.
            Err(Replace::Stopped) => None,
        };
        if let Some(done) = outcome {
            page.update(|p| {
                p.import = Some(done);
                p.list_snapshots();
            });
            // The buttons just used are gone with the preview: the outcome takes the focus.
            browser::focus("import-message");
        }
    };
    // One live region tells every step; the preview and its choices show only when a file
    // is ready.
    let message = move || {
        let lang = state.lang.get();
        page.with(|p| match &p.import {
            Some(Import::Reading) => ViewText::ImportReading.get(lang).to_string(),
            Some(Import::Refused(name, e)) => {
                DataText::ImportFailed.with(lang, &[("f", name), ("e", &load_error(lang, e))])
            }
            Some(Import::Replaced(name)) => DataText::Replaced.with(lang, &[("f", name)]),
            Some(Import::NotSaved(name)) => ViewText::ImportNotSaved.with(lang, &[("f", name)]),
            // Announced, so that a screen reader user knows the file was read.
            Some(Import::Ready(name, _)) => DataText::ImportHolds.with(lang, &[("f", name)]),
            Some(Import::Merged(name, merged)) => merged_text(lang, name, merged),
            None => String::new(),
        })
    };
    let refused =
        move || page.with(|p| matches!(p.import, Some(Import::Refused(..) | Import::NotSaved(_))));
    let ready = move || page.with(|p| matches!(p.import, Some(Import::Ready(..))));
    let preview = move |row: usize| {
        let lang = state.lang.get();
        page.with(|p| match &p.import {
            Some(Import::Ready(name, file)) => preview_text(lang, name, &Summary::of(file), row),
            _ => String::new(),
        })
    };
    view! {
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title">{tr(DataText::ImportTitle)}</h2>
            <DropZone id="import-file" label=Signal::derive(tr(DataText::ImportPick)) on_files=Callback::new(take)/>
            <p id="import-message" role="alert" tabindex="-1" class=move || if refused() { "error" } else { "done" }>{message}</p>
            <div class="import-preview" id="import-preview" hidden=move || !ready()>
                <p>{move || preview(0)}</p>
                <dl>
                    <dt>{tr(DataText::ImportSchool)}</dt><dd>{move || preview(1)}</dd>
                    <dt>{tr(DataText::ImportPlan)}</dt><dd>{move || preview(2)}</dd>
                    <dt>{tr(DataText::ImportSavedAt)}</dt><dd>{move || preview(3)}</dd>
                    <dt>{tr(DataText::ImportPeriods)}</dt><dd>{move || preview(4)}</dd>
                </dl>
                <p>{move || preview(5)}</p>
                <p class="muted">{tr(DataText::ImportChoose)}</p>
                <div class="actions">
                    <button id="import-replace" on:click=move |_| finish(false)>{tr(DataText::ImportReplace)}</button>
                    <button id="import-merge" on:click=move |_| finish(true)>{tr(DataText::ImportMerge)}</button>
                    <button on:click=move |_| page.update(|p| p.import = None)>{tr(ViewText::Cancel)}</button>
                </div>
            </div>
        </section>
    }
}

/// One line of what a file holds: its name, school, plan, time saved, periods and counts.
/// The file's text is shown as text, never read as markup.
fn preview_text(lang: Lang, name: &str, summary: &Summary, row: usize) -> String {
    match row {
        0 => DataText::ImportHolds.with(lang, &[("f", name)]),
        1 => summary.school.clone(),
        2 => summary.plan_number.clone(),
        3 => summary
            .saved_at
            .as_deref()
            .map(|iso| local_when(lang, iso))
            .unwrap_or_default(),
        4 if summary.periods.is_empty() => DataText::ImportNone.get(lang).to_string(),
        4 => summary
            .periods
            .iter()
            .map(|p| period_short(lang, *p))
            .collect::<Vec<_>>()
            .join(", "),
        _ => DataText::ImportCounts.with(
            lang,
            &[
                ("i", &summary.indicators.to_string()),
                ("n", &summary.figures.to_string()),
                ("a", &summary.activities.to_string()),
            ],
        ),
    }
}

fn merged_text(lang: Lang, name: &str, merged: &Merged) -> String {
    let n = |x: usize| x.to_string();
    let mut text = DataText::MergedInfo.with(
        lang,
        &[
            ("f", name),
            ("n", &n(merged.figures_changed)),
            ("r", &n(merged.replaced.len())),
            ("a", &n(merged.added.len())),
            ("h", &n(merged.activities_added)),
            ("u", &n(merged.activities_updated)),
            ("b", &n(merged.reports_added)),
        ],
    );
    if merged.reports_kept > 0 {
        text.push(' ');
        text.push_str(&DataText::MergedReportsKept.with(lang, &[("k", &n(merged.reports_kept))]));
    }
    if !merged.skipped_fields.is_empty() {
        let skipped = merged.skipped_fields.join(", ");
        text.push(' ');
        text.push_str(&DataText::MergedSkipped.with(lang, &[("s", &skipped)]));
    }
    text
}

#[component]
fn SnapshotsCard(page: RwSignal<Page>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let restore = move |snapshot: Snapshot| {
        let lang = state.lang.get_untracked();
        let when = when_taken(lang, &snapshot);
        if !browser::confirm(&DataText::ConfirmRestore.with(lang, &[("d", &when)])) {
            return;
        }
        let read = storage::snapshot_text(&snapshot)
            .ok_or(LoadError::Unreadable)
            .and_then(|text| import::read_saved(&text, &hoa_mai));
        let restored = match read {
            Ok(document) => {
                match state.replace_document(Reason::BeforeRestore, |_| Ok((document, ()))) {
                    Ok(()) => Ok(when),
                    Err(Replace::Refused(e)) => Err(Some(e)),
                    Err(Replace::NotSaved) => Err(None),
                    Err(Replace::Stopped) => return,
                }
            }
            Err(e) => Err(Some(e)),
        };
        page.update(|p| {
            p.restored = Some(restored);
            p.list_snapshots();
        });
    };
    let message = move || {
        let lang = state.lang.get();
        page.with(|p| match &p.restored {
            Some(Ok(when)) => DataText::Restored.with(lang, &[("d", when)]),
            Some(Err(Some(e))) => {
                DataText::RestoreFailed.with(lang, &[("e", &load_error(lang, e))])
            }
            Some(Err(None)) => DataText::RestoreNotSaved.get(lang).to_string(),
            None => String::new(),
        })
    };
    let list = move || {
        let lang = state.lang.get();
        page.with(|p| {
            p.snapshots
                .iter()
                .map(|(snapshot, summary)| {
                    let reason = match snapshot.reason {
                        Reason::Daily => DataText::SnapshotDaily,
                        Reason::BeforeImport => DataText::SnapshotBeforeImport,
                        Reason::BeforeRestore => DataText::SnapshotBeforeRestore,
                        Reason::BeforeUpgrade => DataText::SnapshotBeforeUpgrade,
                    };
                    let summary = summary.as_ref().map(|s| {
                        T::SnapshotSummary.with(
                            lang,
                            &[
                                ("s", &s.school),
                                ("p", &s.periods.len().to_string()),
                                ("r", &s.revision.to_string()),
                            ],
                        )
                    });
                    let snapshot = snapshot.clone();
                    view! {
                        <li>
                            <span>
                                <strong>{when_taken(lang, &snapshot)}</strong>" · "{reason.get(lang)}
                                <br/>{summary}
                            </span>
                            <button aria-label=format!("{} {}", DataText::Restore.get(lang), when_taken(lang, &snapshot))
                                on:click=move |_| restore(snapshot.clone())>{DataText::Restore.get(lang)}</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card" aria-labelledby="snapshots-title">
            <h2 id="snapshots-title">{tr(DataText::SnapshotsTitle)}</h2>
            <p class="muted">{tr(DataText::SnapshotsHelp)}</p>
            <p class="done" role="status">{message}</p>
            <p class="muted" hidden=move || page.with(|p| !p.snapshots.is_empty())>{tr(DataText::NoSnapshots)}</p>
            <ul class="snapshots" id="snapshots">{list}</ul>
        </section>
    }
}

/// Stored data the app could not read, kept aside untouched: each a link that downloads it, so
/// that it can be mended or sent to whoever helps. Shown only when there is some. Drawn from
/// data, like the other read-only parts.
#[component]
fn KeptAsideCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let kept = storage::kept_aside();
    (!kept.is_empty()).then(move || {
        redrawn(move || {
            let lang = state.lang.get();
            let links = kept
                .iter()
                .enumerate()
                .map(|(i, (_, text))| {
                    let name = format!("bdg-khong-doc-duoc-{}.json", i + 1);
                    let link = text_el(
                        "a",
                        format!("{} {name}", DataText::DownloadKeptAside.get(lang)),
                    )
                    .class("button")
                    .attr("href", data_uri_of("application/json", text))
                    .attr("download", name);
                    el("li", vec![link])
                })
                .collect();
            el(
                "section",
                vec![
                    text_el("h2", DataText::KeptAsideTitle.get(lang))
                        .attr("id", "kept-aside-title"),
                    text_el("p", DataText::KeptAsideHelp.get(lang)).class("muted"),
                    el("ul", links).class("plain").attr("id", "kept-aside"),
                ],
            )
            .class("card")
            .attr("aria-labelledby", "kept-aside-title")
            .render()
        })
    })
}

fn when_taken(lang: Lang, snapshot: &Snapshot) -> String {
    local_when(lang, &snapshot.taken_at)
}

/// Whether the browser will keep the data, and how much room it takes.
#[component]
fn DeviceCard(page: RwSignal<Page>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let persist = move || {
        let lang = state.lang.get();
        page.with(|p| match p.persisted {
            Some(Some(true)) => DataText::Persisted.get(lang),
            Some(Some(false)) => DataText::NotPersisted.get(lang),
            Some(None) => DataText::PersistUnknown.get(lang),
            None => "",
        })
    };
    // Read again whenever the document changes, which is when the storage does.
    let used = move || {
        let lang = state.lang.get();
        state.doc.track();
        page.track();
        DataText::StorageUse.with(lang, &[("u", &format_bytes(lang, storage::used_bytes()))])
    };
    view! {
        <section class="card" aria-labelledby="device-title">
            <h2 id="device-title">{tr(DataText::DeviceTitle)}</h2>
            <p id="persisted">{persist}</p>
            <p id="storage-use">{used}</p>
        </section>
    }
}
