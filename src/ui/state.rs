//! The one app state, provided by context to every view.

use std::future::Future;
use std::pin::Pin;

use chrono::NaiveDate;
use leptos::prelude::*;

use super::route::Route;
use crate::browser;
use crate::browser::storage::{self, SaveError, StorageProblem};
use crate::domain::activity;
use crate::domain::document::{Document, LoadError};
use crate::domain::import;
use crate::domain::period::Period;
use crate::domain::progress::{self, Progress};
use crate::domain::snapshot::{self, Reason, Snapshot};
use crate::i18n::{load_error, Lang, T};

/// A problem with the browser's storage that the user must know about.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Unreadable,
    UnreadableNotKept,
    /// Another tab saved newer data, which this tab now shows.
    OtherTab,
    /// Another tab saved at the same moment and its save was kept: this tab's last change was
    /// not, and the tab now shows what is stored.
    Overtaken,
    Newer,
    SaveFailed(SaveError),
    /// A change that would make the data invalid was not made: why, in Vietnamese and in
    /// English. Worded where the change was refused, so that the shell, which shows it, carries
    /// none of the checks' messages.
    Refused([String; 2]),
    /// A new version of the app is ready; it takes over when the user accepts.
    UpdateReady,
}

/// What the shell does with the code that writes the document (its JSON, the checks of a
/// change, the snapshots, taking in another tab's save): that code is in a piece, since the
/// first view only reads; the views that change the document bring it with them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Write {
    /// A document read from an earlier version replaces that version's text in storage.
    Upgrade,
    /// The data file, downloaded from the dashboard.
    DataFile,
    /// What another tab saved, taken in (nothing is written).
    TakeIn,
}

/// A [`Write`] on its way: whether it was done (`false` too when its piece could not be
/// fetched).
pub type WriteFuture = Pin<Box<dyn Future<Output = bool>>>;

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
    /// Whether the browser was asked this session to keep the data for good.
    asked_to_persist: StoredValue<bool>,
    /// Off when the stored document must not be overwritten (it is from a newer app).
    can_save: StoredValue<bool>,
    /// The stored text of an earlier version the document was upgraded from, until the
    /// upgrade takes its place.
    upgraded_from: StoredValue<Option<String>>,
    /// Does a [`Write`] with the code of its piece (`school_views!` makes it).
    write: fn(AppState, Write) -> WriteFuture,
}

impl AppState {
    /// The periods of the plan, for a choice of period.
    pub fn periods(self) -> Signal<Vec<Period>> {
        Signal::derive(move || self.doc.with(|d| Period::all(&d.plan)))
    }

    /// The state of the app showing `route`, with the document `loaded` at start and the
    /// saved language; `write` does what the shell writes (an upgrade at once, in the
    /// background, and what another tab saves, taken in when it is announced).
    pub fn load(
        write: fn(AppState, Write) -> WriteFuture,
        route: Route,
        loaded: storage::Loaded,
    ) -> Self {
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
        // The update prompt never hides a problem with the data.
        browser::watch_for_update(move || {
            if notice.get_untracked().is_none() {
                notice.set(Some(Notice::UpdateReady));
            }
        });
        let can_save = StoredValue::new(can_save);
        let upgraded = loaded.upgraded_from.is_some();
        let state = AppState {
            doc,
            lang: RwSignal::new(storage::load_lang().unwrap_or_default()),
            route: RwSignal::new(route),
            progress,
            notice,
            today: browser::today(),
            exported_at: RwSignal::new(storage::exported_at()),
            daily_snapshot: StoredValue::new(String::new()),
            asked_to_persist: StoredValue::new(false),
            can_save,
            upgraded_from: StoredValue::new(loaded.upgraded_from),
            write,
        };
        if upgraded {
            leptos::task::spawn_local(async move {
                state.write(Write::Upgrade).await;
            });
        }
        // Reading another tab's save is the writing code's too (it is what a change does
        // first): if its piece cannot be fetched, the next change still takes that save in.
        storage::watch_other_tabs(move || {
            leptos::task::spawn_local(async move {
                state.write(Write::TakeIn).await;
            });
        });
        state
    }

    /// Does `what` once the code that writes has arrived; whether it was done.
    pub async fn write(self, what: Write) -> bool {
        (self.write)(self, what).await
    }

    /// Puts the document upgraded at start in place of the earlier version's text, keeping
    /// that text as a snapshot first; nothing if that is done already. Every save does it
    /// first, so that a change made before the upgrade is written never loses the old text.
    pub fn keep_upgrade(&self) {
        if let Some(old) = self.upgraded_from.try_update_value(Option::take).flatten() {
            self.doc.with_untracked(|d| storage::keep_upgrade(&old, d));
        }
    }

    /// Changes the document, stamps it, and saves it at once; a failed save is told to the
    /// user, and the change stays on screen so it can still be exported.
    ///
    /// If another tab saved in the meantime, the edit is made on that newer document, never
    /// over it: `edit` must therefore work from the document it is given.
    pub fn change(&self, edit: impl FnOnce(&mut Document)) {
        self.saved_change(edit);
    }

    /// [`AppState::change`], saying whether the change was made and saved.
    pub fn saved_change(&self, edit: impl FnOnce(&mut Document)) -> bool {
        let mut edit = Some(edit);
        self.commit(&mut |d| {
            if let Some(edit) = edit.take() {
                edit(d);
            }
            d.revision = d.revision.saturating_add(1);
            d.saved_at = Some(browser::now_iso());
        })
    }

    /// Takes in what another tab saved since this one last read.
    pub fn catch_up(&self) {
        let ours = self
            .doc
            .with_untracked(|d| (d.revision, d.saved_at.clone()));
        took_in(
            storage::stored_since(ours),
            self.doc,
            self.notice,
            self.can_save,
        );
    }

    /// Applies `edit` to the newest document (this tab's or another's) and saves the result;
    /// `false` if it could not be saved (the reason is on screen).
    ///
    /// Not generic: every change of the app shares this one copy of the saving code.
    fn commit(&self, edit: &mut dyn FnMut(&mut Document)) -> bool {
        self.keep_upgrade();
        self.catch_up();
        // Every write passes the checks an import makes, so the app never stores what its
        // own import (or the office's page) would refuse.
        // A fault the document already had (an earlier version let it in) does not block
        // other edits; a new one is refused.
        let mut next = self.doc.with_untracked(Document::clone);
        edit(&mut next);
        if let Some(problem) = import::first_problem(&next) {
            if self.doc.with_untracked(import::first_problem).as_ref() != Some(&problem) {
                let why = [Lang::Vi, Lang::En].map(|lang| load_error(lang, &problem));
                self.notice.set(Some(Notice::Refused(why)));
                return false;
            }
        }
        self.keep_daily_snapshot();
        self.doc.set(next);
        if !self.can_save.get_value() {
            // The stored document must stay as it is; the reason is already on screen.
            return false;
        }
        match self.doc.with_untracked(storage::save_document) {
            Ok(()) => {
                if matches!(
                    self.notice.get_untracked(),
                    Some(Notice::SaveFailed(_) | Notice::Refused(_))
                ) {
                    self.notice.set(None);
                }
                if !self.asked_to_persist.get_value() {
                    // Once there is data of the user's own, ask the browser to keep it.
                    self.asked_to_persist.set_value(true);
                    leptos::task::spawn_local(async {
                        browser::persist_storage().await;
                    });
                }
                true
            }
            Err(e) => {
                self.notice.set(Some(Notice::SaveFailed(e)));
                false
            }
        }
    }

    /// Before the first change of each day, the document as it stood is kept as a snapshot.
    fn keep_daily_snapshot(&self) {
        let now = browser::now_iso();
        let day = now.get(..10).unwrap_or_default();
        let untouched = self.doc.with_untracked(|d| d.revision == 0);
        if !self.can_save.get_value() || untouched || self.daily_snapshot.with_value(|d| d == day) {
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

    /// Puts a whole document in place of the newest one (an import or a restore), keeping that
    /// one as a snapshot first. `make` builds the new document from the newest one, so that a
    /// merge includes what another tab saved a moment ago.
    pub fn replace_document<R>(
        &self,
        reason: Reason,
        make: impl FnOnce(&Document) -> Result<(Document, R), LoadError>,
    ) -> Result<R, Replace> {
        if !self.can_save.get_value() {
            return Err(Replace::NotSaved);
        }
        self.catch_up();
        let (next, outcome) = self.doc.with_untracked(make).map_err(Replace::Refused)?;
        let (revision, text) = self.doc.with_untracked(|d| (d.revision, d.to_json()));
        let snapshot = Snapshot::new(&browser::now_iso(), revision, reason);
        if let Err(e) = storage::add_snapshot(&text, &snapshot) {
            let lang = self.lang.get_untracked();
            let question = T::SnapshotFailed.with(lang, &[("e", &save_error_text(lang, &e))]);
            if !browser::confirm(&question) {
                return Err(Replace::Stopped);
            }
        }
        let before = self.doc.get_untracked();
        let mut next = Some(next);
        let saved = self.commit(&mut |d| {
            let Some(next) = next.take() else {
                return;
            };
            let ours = d.revision;
            *d = next;
            // The document is taken as it is, so that exporting it again gives the same file;
            // unless its count is behind this one's, which other tabs would take for older.
            if d.revision <= ours {
                d.revision = ours.saturating_add(1);
                d.saved_at = Some(browser::now_iso());
            }
        });
        if saved {
            Ok(outcome)
        } else {
            // A whole new document that could not be stored is not shown as if it were: the
            // screen goes back to what storage holds.
            self.doc.set(before);
            Err(Replace::NotSaved)
        }
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

/// Why a whole document was not put in place.
#[derive(Clone, Debug, PartialEq)]
pub enum Replace {
    /// The new document could not be made (a merge that would be inconsistent).
    Refused(LoadError),
    /// The user stopped when no snapshot could be kept.
    Stopped,
    /// It could not be saved; the reason is on screen.
    NotSaved,
}

/// Takes in what another tab saved: its newer document, or, when it is of a newer format, the
/// end of saving here so that it is never overwritten.
fn took_in(
    stored: storage::Stored,
    doc: RwSignal<Document>,
    notice: RwSignal<Option<Notice>>,
    can_save: StoredValue<bool>,
) {
    match stored {
        storage::Stored::Same => {}
        storage::Stored::Newer(theirs) => {
            doc.set(*theirs);
            notice.set(Some(Notice::OtherTab));
        }
        storage::Stored::Overtaken(theirs) => {
            doc.set(*theirs);
            notice.set(Some(Notice::Overtaken));
        }
        storage::Stored::NewerFormat => {
            can_save.set_value(false);
            notice.set(Some(Notice::Newer));
        }
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
