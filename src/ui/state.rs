//! The one app state, provided by context to every view.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::route::Route;
use crate::browser;
use crate::browser::storage::{self, SaveError, StorageProblem};
use crate::domain::activity;
use crate::domain::document::Document;
use crate::domain::progress::{self, Progress};
use crate::domain::snapshot::{self, Reason, Snapshot};
use crate::i18n::{Lang, T};

/// A problem with the browser's storage that the user must know about.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Unreadable,
    UnreadableNotKept,
    /// Another tab saved newer data, which this tab now shows.
    OtherTab,
    Newer,
    SaveFailed(SaveError),
    /// A new version of the app is ready; it takes over when the user accepts.
    UpdateReady,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub doc: RwSignal<Document>,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    /// The engine's output, recomputed whenever the document changes.
    pub progress: Memo<Progress>,
    pub notice: RwSignal<Option<Notice>>,
    pub today: NaiveDate,
    /// When the data file was last downloaded on this device (ISO 8601).
    pub exported_at: RwSignal<Option<String>>,
    /// The UTC day whose start-of-day snapshot is known to be kept.
    daily_snapshot: StoredValue<String>,
    /// Off when the stored document must not be overwritten (it is from a newer app).
    can_save: bool,
}

impl AppState {
    /// Reads the saved document and language, and the route from the URL.
    pub fn load() -> Self {
        let loaded = storage::load_document();
        let notice = loaded.problem.as_ref().map(|problem| match problem {
            StorageProblem::Unreadable => Notice::Unreadable,
            StorageProblem::UnreadableNotKept => Notice::UnreadableNotKept,
            StorageProblem::Newer => Notice::Newer,
            StorageProblem::Unavailable => Notice::SaveFailed(SaveError::Unavailable),
        });
        let can_save = loaded
            .problem
            .as_ref()
            .is_none_or(StorageProblem::allows_saving);
        let doc = RwSignal::new(loaded.document);
        // Every change of the document is taken as a change of progress: comparing the old and
        // new results would cost more than it saves.
        let progress = Memo::new_with_compare(
            move |_| {
                doc.with(|d| {
                    let figures = activity::with_activities(&d.plan, &d.figures, &d.activities);
                    progress::compute(&d.plan, &figures)
                })
            },
            |_, _| true,
        );
        let notice = RwSignal::new(notice);
        browser::watch_for_update(move || notice.set(Some(Notice::UpdateReady)));
        storage::watch_other_tabs(move |theirs| {
            if theirs.revision > doc.with_untracked(|d| d.revision) {
                doc.set(theirs);
                notice.set(Some(Notice::OtherTab));
            }
        });
        AppState {
            doc,
            lang: RwSignal::new(storage::load_lang().unwrap_or_default()),
            route: RwSignal::new(Route::parse(&browser::current_hash())),
            progress,
            notice,
            today: browser::today(),
            exported_at: RwSignal::new(storage::exported_at()),
            daily_snapshot: StoredValue::new(String::new()),
            can_save,
        }
    }

    /// A text of the UI in the current language (tracked, so views follow a switch).
    pub fn t(&self, text: T) -> &'static str {
        text.get(self.lang.get())
    }

    pub fn toggle_lang(&self) {
        let next = match self.lang.get_untracked() {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        };
        self.lang.set(next);
        storage::save_lang(next);
    }

    /// Changes the document, stamps it, and saves it at once; a failed save is told to the
    /// user, and the change stays on screen so it can still be exported.
    ///
    /// If another tab saved in the meantime, the edit is made on that newer document, never
    /// over it: `edit` must therefore work from the document it is given.
    pub fn change(&self, edit: impl FnOnce(&mut Document)) {
        self.commit(|d| {
            edit(d);
            d.revision += 1;
            d.saved_at = Some(browser::now_iso());
        });
    }

    /// Applies `edit` to the newest document (this tab's or another's) and saves the result.
    fn commit(&self, edit: impl FnOnce(&mut Document)) {
        let ours = self.doc.with_untracked(|d| d.revision);
        if let Some(theirs) = storage::newer_document(ours) {
            self.doc.set(theirs);
            self.notice.set(Some(Notice::OtherTab));
        }
        self.keep_daily_snapshot();
        self.doc.update(edit);
        if !self.can_save {
            // The stored document must stay as it is; the reason is already on screen.
            return;
        }
        let result = self.doc.with_untracked(storage::save_document);
        match result {
            Ok(()) => {
                if matches!(self.notice.get_untracked(), Some(Notice::SaveFailed(_))) {
                    self.notice.set(None);
                }
            }
            Err(e) => self.notice.set(Some(Notice::SaveFailed(e))),
        }
    }

    /// Before the first change of each day, the document as it stood is kept as a snapshot.
    fn keep_daily_snapshot(&self) {
        let now = browser::now_iso();
        let day = now.get(..10).unwrap_or_default();
        let untouched = self.doc.with_untracked(|d| d.revision == 0);
        if !self.can_save || untouched || self.daily_snapshot.with_value(|d| d == day) {
            return;
        }
        if snapshot::needs_daily(&storage::snapshots(), &now) {
            let revision = self.doc.with_untracked(|d| d.revision);
            let snapshot = Snapshot::new(&now, revision, Reason::Daily);
            // A day without its snapshot is a lesser loss than a change not saved: go on.
            let _ = self
                .doc
                .with_untracked(|d| storage::add_snapshot(&d.to_json(), &snapshot));
        }
        self.daily_snapshot.set_value(day.to_string());
    }

    /// Puts a whole document in place of the current one (an import or a restore), keeping
    /// the current one as a snapshot first. `false` if the user stopped when no snapshot could
    /// be kept.
    pub fn replace_document(&self, next: Document, reason: Reason) -> bool {
        let revision = self.doc.with_untracked(|d| d.revision);
        let snapshot = Snapshot::new(&browser::now_iso(), revision, reason);
        let kept = self
            .doc
            .with_untracked(|d| storage::add_snapshot(&d.to_json(), &snapshot));
        if let Err(e) = kept {
            let lang = self.lang.get_untracked();
            let question = T::SnapshotFailed.with(lang, &[("e", &save_error_text(lang, &e))]);
            if !browser::confirm(&question) {
                return false;
            }
        }
        self.commit(move |d| {
            let ours = d.revision;
            *d = next;
            // The document is taken as it is, so that exporting it again gives the same file;
            // unless its count is behind this one's, which other tabs would take for older.
            if d.revision <= ours {
                d.revision = ours + 1;
                d.saved_at = Some(browser::now_iso());
            }
        });
        true
    }

    /// Downloads the data file and notes the time for the export reminder.
    pub fn export_json(&self) -> Result<(), String> {
        let (name, text) = self
            .doc
            .with_untracked(|d| (d.export_file_name(self.today), d.to_json()));
        browser::download(&name, "application/json", &text)?;
        let now = browser::now_iso();
        storage::set_exported_at(&now);
        self.exported_at.set(Some(now));
        Ok(())
    }
}

/// Why a save failed, in words.
pub fn save_error_text(lang: Lang, error: &SaveError) -> String {
    match error {
        SaveError::Full => T::StorageFull.get(lang).to_string(),
        SaveError::Unavailable => T::StorageUnavailable.get(lang).to_string(),
        SaveError::Other(name) => name.clone(),
    }
}
