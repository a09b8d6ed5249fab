//! The one app state, provided by context to every view.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::route::Route;
use crate::browser;
use crate::browser::storage::{self, SaveError, StorageProblem};
use crate::domain::document::Document;
use crate::domain::progress::{self, Progress};
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
            move |_| doc.with(|d| progress::compute(&d.plan, &d.figures)),
            |_, _| true,
        );
        let notice = RwSignal::new(notice);
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
        let ours = self.doc.with_untracked(|d| d.revision);
        if let Some(theirs) = storage::newer_document(ours) {
            self.doc.set(theirs);
            self.notice.set(Some(Notice::OtherTab));
        }
        self.doc.update(|d| {
            edit(d);
            d.revision += 1;
            d.saved_at = Some(browser::now_iso());
        });
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
}
