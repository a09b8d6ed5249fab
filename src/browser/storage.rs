//! The school's document in local storage: saved on every change and read back to be sure.

use leptos::prelude::window;
use web_sys::Storage;

use super::js_error_name;
use super::now_iso;
use crate::defaults::hoa_mai;
use crate::domain::district::{District, DistrictError};
use crate::domain::document::{Document, LoadError, VERSION};
use crate::domain::import::read_saved;
use crate::domain::plan::Plan;
use crate::domain::snapshot::{self, Reason, Snapshot};
use crate::domain::template::{self, Template};
use crate::i18n::Lang;

const DOCUMENT_KEY: &str = "bdg-tracker.document";
const UNREADABLE_KEY: &str = "bdg-tracker.unreadable-backup";
const LANG_KEY: &str = "bdg-tracker.lang";
const EXPORTED_KEY: &str = "bdg-tracker.exported-at";
/// The district's roll-up data: its own key, which nothing of a school's app ever writes.
const DISTRICT_KEY: &str = "bdg-tracker.district";
const DISTRICT_UNREADABLE_KEY: &str = "bdg-tracker.district.unreadable-backup";
/// The district's data as it was before its last removal of received files: what undoes it.
const DISTRICT_BEFORE_REMOVAL_KEY: &str = "bdg-tracker.district.before-removal";
/// The plan the office took to roll up by, as a template file: a key of its own, so that the
/// district's data keeps its format and a page that predates it simply does not see it.
const DISTRICT_PLAN_KEY: &str = "bdg-tracker.district.plan";

/// Why the saved document could not be used as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// Unreadable: it was copied aside untouched and the app started from the default.
    Unreadable,
    /// Unreadable, and it could not be copied aside: saving is off so it is not overwritten.
    UnreadableNotKept,
    /// Written by a newer app: it must not be overwritten, so saving is off.
    Newer,
    /// Storage itself is not available (private mode, disabled).
    Unavailable,
}

impl StorageProblem {
    /// Whether the app may write the document at all.
    pub fn allows_saving(&self) -> bool {
        matches!(
            self,
            StorageProblem::Unreadable | StorageProblem::Unavailable
        )
    }
}

/// Why a save failed, for a message in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    Full,
    Unavailable,
    /// The text read back differs from the text written, or another browser error.
    Other(String),
}

pub struct Loaded {
    pub document: Document,
    pub problem: Option<StorageProblem>,
    /// The stored text, when it was of an earlier version and the document is its upgrade:
    /// still to be kept as a snapshot and replaced by the upgrade ([`keep_upgrade`]).
    pub upgraded_from: Option<String>,
}

/// Local storage, or why it cannot be had. (gloo-storage's `raw()` throws when storage is
/// disabled, which would stop the app; this reports it instead.)
fn local_storage() -> Result<Storage, SaveError> {
    match window().local_storage() {
        Ok(Some(storage)) => Ok(storage),
        _ => Err(SaveError::Unavailable),
    }
}

/// The start needs the plan this build ships, and it is not at hand yet: the stored document
/// is missing, unreadable, written by a newer version or of a format whose upgrade takes its
/// readings from that plan, or storage cannot be had (each starts from that plan).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShippedPlanNeeded;

/// Reads the saved document, or starts from the shipped plan on a first visit. A document of
/// an earlier version is read as its upgrade, and its text handed back to be replaced by it,
/// unless `read_only` (a view that must write nothing): writing is left to [`keep_upgrade`], so
/// that reading at start carries no writing code.
///
/// `shipped` is the plan this build ships, if it is at hand: it comes with a piece of its own
/// (most starts, a returning school's, never need it), so without it a start that needs it
/// stops before it writes anything and says so; with it, the start always succeeds.
pub fn load_document(read_only: bool, shipped: Option<&Plan>) -> Result<Loaded, ShippedPlanNeeded> {
    let fresh = |problem| {
        Ok(Loaded {
            document: Document::new(shipped.ok_or(ShippedPlanNeeded)?.clone()),
            problem,
            upgraded_from: None,
        })
    };
    let (storage, text) = match stored(DOCUMENT_KEY) {
        Ok(Some(found)) => found,
        Ok(None) => return fresh(None),
        Err(problem) => return fresh(Some(problem)),
    };
    // Whether reading asked for the shipped plan while it was not at hand: the reader decides
    // when it needs it, this only notices. What it read without it is then dropped.
    let wanted = std::cell::Cell::new(false);
    let plan = || match shipped {
        Some(plan) => plan.clone(),
        None => {
            wanted.set(true);
            Plan::default()
        }
    };
    // Stored data can have been damaged or written by hand: never let it stop the views.
    let read = read_saved(&text, &plan);
    if wanted.get() {
        return Err(ShippedPlanNeeded);
    }
    match read {
        Ok(document) => {
            let written_in = Document::version_of(&text).unwrap_or(u64::from(VERSION));
            let upgraded = written_in < u64::from(VERSION) && !read_only;
            Ok(Loaded {
                document,
                problem: None,
                upgraded_from: upgraded.then_some(text),
            })
        }
        Err(LoadError::NewerVersion { .. }) => fresh(Some(StorageProblem::Newer)),
        // A read-only view writes nothing; the stored text stays where it is.
        Err(_) if read_only => fresh(Some(StorageProblem::Unreadable)),
        // Nothing is set aside before the start has what it needs to go on.
        Err(_) if shipped.is_none() => Err(ShippedPlanNeeded),
        Err(_) => fresh(Some(set_aside(&storage, UNREADABLE_KEY, &text))),
    }
}

/// The text stored under `key`, if any, with the storage it is in; the problem if there is
/// no storage to read.
fn stored(key: &str) -> Result<Option<(Storage, String)>, StorageProblem> {
    let storage = local_storage().map_err(|_| StorageProblem::Unavailable)?;
    Ok(match storage.get_item(key) {
        Ok(Some(text)) => Some((storage, text)),
        _ => None,
    })
}

/// Keeps an unreadable stored text aside before anything can overwrite it, and says whether
/// that could be done.
fn set_aside(storage: &Storage, key: &str, text: &str) -> StorageProblem {
    if keep_aside(storage, key, text) {
        StorageProblem::Unreadable
    } else {
        StorageProblem::UnreadableNotKept
    }
}

/// Keeps an unreadable stored text aside, never over one kept before: the first under `key`,
/// any later one under `key.<time>`. `true` if it is kept.
fn keep_aside(storage: &Storage, key: &str, text: &str) -> bool {
    match storage.get_item(key) {
        Ok(Some(kept)) if kept == text => true,
        Ok(Some(_)) => storage
            .set_item(&format!("{key}.{}", now_iso()), text)
            .is_ok(),
        _ => storage.set_item(key, text).is_ok(),
    }
}

/// The school's unreadable texts kept aside, as (key, text), oldest first: for download.
pub fn kept_aside() -> Vec<(String, String)> {
    let Ok(storage) = local_storage() else {
        return Vec::new();
    };
    let mut kept: Vec<(String, String)> = keys(&storage)
        .into_iter()
        .filter(|k| k.starts_with(UNREADABLE_KEY))
        .filter_map(|k| Some((k.clone(), storage.get_item(&k).ok()??)))
        .collect();
    kept.sort();
    kept
}

/// Writes a value and reads it back.
fn write(storage: &Storage, key: &str, text: &str) -> Result<(), SaveError> {
    storage
        .set_item(key, text)
        .map_err(|e| match js_error_name(&e).as_str() {
            "QuotaExceededError" => SaveError::Full,
            "SecurityError" => SaveError::Unavailable,
            name => SaveError::Other(name.to_string()),
        })?;
    match storage.get_item(key) {
        Ok(Some(back)) if back == text => Ok(()),
        _ => Err(SaveError::Other("read-back".to_string())),
    }
}

/// Puts the upgrade `document` of the earlier version's text `old` in its place, keeping the
/// old text as it was in a snapshot first; if it cannot be kept, the old text stays. Only
/// while `old` is what is stored: another tab may have saved since, and what it saved is
/// newer than this upgrade.
pub fn keep_upgrade(old: &str, document: &Document) {
    if !matches!(stored(DOCUMENT_KEY), Ok(Some((_, now))) if now == old) {
        return;
    }
    let snapshot = Snapshot::new(&now_iso(), document.revision, Reason::BeforeUpgrade);
    if add_snapshot(old, &snapshot).is_ok() {
        let _ = save_document(document);
    }
}

/// Writes the document and reads it back. When storage is full, the oldest snapshots make
/// room, all but the newest: the document itself comes first, but not at the cost of the one
/// copy that undoes the change.
pub fn save_document(document: &Document) -> Result<(), SaveError> {
    let storage = local_storage()?;
    let text = document.to_json();
    loop {
        match write(&storage, DOCUMENT_KEY, &text) {
            Err(SaveError::Full) if drop_oldest_snapshot(&storage) => {}
            result => return result,
        }
    }
}

/// Every key of the origin's local storage.
fn keys(storage: &Storage) -> Vec<String> {
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

/// The snapshots kept, newest first.
pub fn snapshots() -> Vec<Snapshot> {
    let Ok(storage) = local_storage() else {
        return Vec::new();
    };
    let keys = keys(&storage);
    snapshot::newest_first(keys.iter().map(String::as_str))
}

/// The document a snapshot kept, exactly as it was stored.
pub fn snapshot_text(snapshot: &Snapshot) -> Option<String> {
    local_storage().ok()?.get_item(&snapshot.key()).ok()?
}

/// Keeps a document's text as a snapshot, letting the oldest ones go if storage is too full for
/// it, then those beyond what is kept of each kind.
pub fn add_snapshot(text: &str, snapshot: &Snapshot) -> Result<(), SaveError> {
    let storage = local_storage()?;
    loop {
        match write(&storage, &snapshot.key(), text) {
            Err(SaveError::Full) if drop_oldest_snapshot(&storage) => {}
            Err(e) => {
                let _ = storage.remove_item(&snapshot.key());
                return Err(e);
            }
            Ok(()) => break,
        }
    }
    for old in snapshot::beyond_kept(&snapshots()) {
        let _ = storage.remove_item(&old.key());
    }
    Ok(())
}

/// `false` when there was no snapshot left to let go. The newest is never let go: it is the
/// copy taken just before an import, a restore or the day's first change, the one to go back to
/// if what follows cannot be saved.
fn drop_oldest_snapshot(storage: &Storage) -> bool {
    match snapshots().as_slice() {
        [_newest, .., oldest] => storage.remove_item(&oldest.key()).is_ok(),
        _ => false,
    }
}

/// Bytes the origin's local storage holds (keys and values, as UTF-16): what counts against
/// the browser's limit of about 5 MB.
pub fn used_bytes() -> f64 {
    let Ok(storage) = local_storage() else {
        return 0.0;
    };
    keys(&storage)
        .into_iter()
        .map(|key| {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            (key.encode_utf16().count() + value.encode_utf16().count()) as f64 * 2.0
        })
        .sum()
}

/// When the data file was last downloaded on this device (an ISO 8601 time).
pub fn exported_at() -> Option<String> {
    local_storage().ok()?.get_item(EXPORTED_KEY).ok().flatten()
}

pub fn set_exported_at(time: &str) {
    if let Ok(storage) = local_storage() {
        let _ = storage.set_item(EXPORTED_KEY, time);
    }
}

/// What is stored now, against the revision a tab holds.
pub enum Stored {
    /// Nothing newer than that revision.
    Same,
    /// Another tab saved a newer revision.
    Newer(Box<Document>),
    /// Another tab saved the same revision as this one's last save, at the same moment, and
    /// its save is the one stored: this tab's last change was overwritten.
    Overtaken(Box<Document>),
    /// Another tab, running a newer version of the app, saved a newer format.
    NewerFormat,
}

/// What another tab saved since this tab's document `ours` (its revision and the time of its
/// last save), if anything: a newer revision, or the same revision saved by another tab at the
/// same moment and kept over this tab's (a save is a compare-and-swap on the revision, checked
/// again whenever another tab's save is announced).
pub fn stored_since(ours: (u64, Option<String>)) -> Stored {
    let Some(text) = local_storage()
        .ok()
        .and_then(|s| s.get_item(DOCUMENT_KEY).ok().flatten())
    else {
        return Stored::Same;
    };
    if Document::version_of(&text).is_some_and(|v| v > u64::from(VERSION)) {
        return Stored::NewerFormat;
    }
    let (revision, saved_at) = ours;
    match Document::revision_of(&text) {
        Some(r) if r > revision => {
            read_saved(&text, &hoa_mai).map_or(Stored::Same, |d| Stored::Newer(Box::new(d)))
        }
        Some(r) if r == revision && revision > 0 => match read_saved(&text, &hoa_mai) {
            Ok(d) if d.saved_at != saved_at => Stored::Overtaken(Box::new(d)),
            _ => Stored::Same,
        },
        _ => Stored::Same,
    }
}

/// Calls `on_save` whenever another tab of the app saves the document (the browser's `storage`
/// event fires in every other tab of the same origin); [`stored_since`] says what it saved.
pub fn watch_other_tabs(on_save: impl Fn() + 'static) {
    // (Dropping the handle leaves the listener in place: the app never removes it.)
    let _ = leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        // Not the event's value: when two tabs saved at once, the later save is the one kept,
        // and `stored_since` judges against what is stored when the save is taken in.
        if event.key().as_deref() == Some(DOCUMENT_KEY) {
            on_save();
        }
    });
}

/// The district's saved data, or an empty one on a first visit; with the same problems, and
/// the same care for unreadable data, as the school's document.
pub fn load_district() -> (District, Option<StorageProblem>) {
    let (storage, text) = match stored(DISTRICT_KEY) {
        Ok(Some(found)) => found,
        Ok(None) => return (District::default(), None),
        Err(problem) => return (District::default(), Some(problem)),
    };
    let problem = match District::from_json(&text) {
        Ok(district) => return (district, None),
        Err(DistrictError::NewerVersion(_)) => StorageProblem::Newer,
        Err(DistrictError::Unreadable) => set_aside(&storage, DISTRICT_UNREADABLE_KEY, &text),
    };
    (District::default(), Some(problem))
}

/// Writes the district's data and reads it back.
pub fn save_district(district: &District) -> Result<(), SaveError> {
    write(&local_storage()?, DISTRICT_KEY, &district.to_json())
}

/// Keeps the district's data as it is, in place of the copy kept before the last removal.
pub fn keep_district_before_removal(district: &District) -> Result<(), SaveError> {
    write(
        &local_storage()?,
        DISTRICT_BEFORE_REMOVAL_KEY,
        &district.to_json(),
    )
}

/// The district's data as it was before the last removal, if it is kept and readable.
pub fn district_before_removal() -> Option<District> {
    let (_, text) = stored(DISTRICT_BEFORE_REMOVAL_KEY).ok()??;
    District::from_json(&text).ok()
}

/// The plan the office took to roll up by (with whose it was, as `office`), if it took one:
/// read with a template's checks, so that a stored one the import would refuse is never used
/// (`Err`; it stays stored until another is taken).
pub fn load_district_plan() -> Result<Option<Template>, LoadError> {
    match stored(DISTRICT_PLAN_KEY) {
        Ok(Some((_, text))) => template::read_template(&text).map(Some),
        // Unreachable storage is told by the district's own data, read first.
        _ => Ok(None),
    }
}

/// Keeps the plan the office takes (`None`: back to the app's), and reads it back.
pub fn save_district_plan(taken: Option<&Template>) -> Result<(), SaveError> {
    let storage = local_storage()?;
    match taken {
        Some(template) => write(&storage, DISTRICT_PLAN_KEY, &template.to_json()),
        None => storage
            .remove_item(DISTRICT_PLAN_KEY)
            .map_err(|_| SaveError::Unavailable),
    }
}

pub fn load_lang() -> Option<Lang> {
    local_storage()
        .ok()?
        .get_item(LANG_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::from_code(&code))
}

pub fn save_lang(lang: Lang) {
    if let Ok(storage) = local_storage() {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}
