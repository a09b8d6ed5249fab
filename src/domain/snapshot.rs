//! Copies of the document kept in the browser, so that a wrong import, restore or edit can be
//! undone: one at the start of each day the app is used, and one before every import, restore
//! and upgrade to a new format version. Old ones rotate out.
//!
//! Each snapshot is the document's text exactly as it was, stored under its own key that says
//! when and why it was taken and which revision it holds
//! ("bdg-tracker.snapshot.2026-11-29T08:00:00.000Z.12.import"), so the list is read from the
//! keys without reading any document.

/// Days of use kept, one snapshot each.
pub const DAILY_KEPT: usize = 7;
/// Snapshots kept from before imports, restores and upgrades.
pub const BEFORE_CHANGE_KEPT: usize = 5;

const PREFIX: &str = "bdg-tracker.snapshot.";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The document as it stood before the first change of a day.
    Daily,
    BeforeImport,
    BeforeRestore,
    /// The document as a previous version of the app wrote it, before it was upgraded.
    BeforeUpgrade,
}

impl Reason {
    fn code(self) -> &'static str {
        match self {
            Reason::Daily => "daily",
            Reason::BeforeImport => "import",
            Reason::BeforeRestore => "restore",
            Reason::BeforeUpgrade => "upgrade",
        }
    }
}

/// When and why a snapshot was taken, and the revision it holds: its storage key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// An ISO 8601 time in UTC.
    pub taken_at: String,
    /// The revision of the document kept; it also orders snapshots taken in the same
    /// millisecond.
    pub revision: u64,
    pub reason: Reason,
}

impl Snapshot {
    pub fn new(taken_at: &str, revision: u64, reason: Reason) -> Snapshot {
        Snapshot {
            taken_at: taken_at.to_string(),
            revision,
            reason,
        }
    }

    pub fn key(&self) -> String {
        format!(
            "{PREFIX}{}.{}.{}",
            self.taken_at,
            self.revision,
            self.reason.code()
        )
    }

    /// The snapshot a storage key names, if it names one.
    pub fn from_key(key: &str) -> Option<Snapshot> {
        let (rest, code) = key.strip_prefix(PREFIX)?.rsplit_once('.')?;
        let (taken_at, revision) = rest.rsplit_once('.')?;
        let reason = [
            Reason::Daily,
            Reason::BeforeImport,
            Reason::BeforeRestore,
            Reason::BeforeUpgrade,
        ]
        .into_iter()
        .find(|r| r.code() == code)?;
        Some(Snapshot::new(taken_at, revision.parse().ok()?, reason))
    }

    /// The UTC day it was taken, "2026-11-29".
    fn day(&self) -> &str {
        self.taken_at.get(..10).unwrap_or_default()
    }
}

/// The snapshots named by a storage's keys, newest first.
pub fn newest_first<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<Snapshot> {
    let reorder = |list: Vec<Snapshot>, key: &dyn Fn(&Snapshot) -> i64| {
        super::order_by_key(list.iter().map(key))
            .into_iter()
            .map(|i| list[i].clone())
            .collect::<Vec<_>>()
    };
    let list: Vec<Snapshot> = keys.filter_map(Snapshot::from_key).collect();
    // The sort keeps ties in order: by revision first, then by time.
    let list = reorder(list, &|s| -(s.revision as i64));
    reorder(list, &|s| -timestamp(&s.taken_at))
}

/// An ISO 8601 time as a number that sorts the same way: its digits.
fn timestamp(iso: &str) -> i64 {
    iso.chars()
        .filter(char::is_ascii_digit)
        .take(17)
        .fold(0, |n, c| n * 10 + i64::from(c as u8 - b'0'))
}

/// Whether the day's snapshot is still to be taken (`now` as an ISO 8601 time).
pub fn needs_daily(list: &[Snapshot], now: &str) -> bool {
    let today = now.get(..10).unwrap_or_default();
    !list
        .iter()
        .any(|s| s.reason == Reason::Daily && s.day() == today)
}

/// The snapshots to let go, from a list newest first: the oldest beyond what is kept of
/// each kind.
pub fn beyond_kept(list: &[Snapshot]) -> Vec<Snapshot> {
    let (mut daily, mut before) = (0, 0);
    list.iter()
        .filter(|s| {
            let (count, kept) = if s.reason == Reason::Daily {
                (&mut daily, DAILY_KEPT)
            } else {
                (&mut before, BEFORE_CHANGE_KEPT)
            };
            *count += 1;
            *count > kept
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: u32, reason: Reason) -> Snapshot {
        Snapshot::new(
            &format!("2026-11-{day:02}T08:00:00.000Z"),
            day.into(),
            reason,
        )
    }

    #[test]
    fn keys_round_trip() {
        let s = at(29, Reason::BeforeImport);
        assert_eq!(
            s.key(),
            "bdg-tracker.snapshot.2026-11-29T08:00:00.000Z.29.import"
        );
        assert_eq!(Snapshot::from_key(&s.key()), Some(s));
        assert_eq!(Snapshot::from_key("bdg-tracker.document"), None);
        assert_eq!(Snapshot::from_key("bdg-tracker.snapshot.x.other"), None);
    }

    #[test]
    fn listed_newest_first() {
        let same_time = Snapshot::new("2026-11-03T08:00:00.000Z", 9, Reason::BeforeImport);
        let keys = [
            at(3, Reason::Daily).key(),
            "bdg-tracker.lang".to_string(),
            at(5, Reason::BeforeRestore).key(),
            same_time.key(),
            at(1, Reason::Daily).key(),
        ];
        let list = newest_first(keys.iter().map(String::as_str));
        let order: Vec<(&str, u64)> = list.iter().map(|s| (s.day(), s.revision)).collect();
        assert_eq!(
            order,
            [
                ("2026-11-05", 5),
                ("2026-11-03", 9),
                ("2026-11-03", 3),
                ("2026-11-01", 1)
            ]
        );
    }

    #[test]
    fn one_daily_snapshot_a_day() {
        let mut list = vec![];
        assert!(needs_daily(&list, "2026-11-01T07:00:00.000Z"));
        list.insert(0, at(1, Reason::Daily));
        assert!(!needs_daily(&list, "2026-11-01T23:00:00.000Z"));
        assert!(needs_daily(&list, "2026-11-02T00:10:00.000Z"));
        // A snapshot before an import does not stand for the day.
        list.insert(0, at(2, Reason::BeforeImport));
        assert!(needs_daily(&list, "2026-11-02T09:00:00.000Z"));
    }

    #[test]
    fn the_oldest_of_each_kind_rotate_out() {
        let mut list = vec![];
        for day in 1..=10 {
            list.insert(0, at(day, Reason::Daily));
            list.insert(0, at(day, Reason::BeforeImport));
        }
        let gone = beyond_kept(&list);
        let days = |reason| {
            gone.iter()
                .filter(|s| s.reason == reason)
                .map(|s| s.day().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            days(Reason::Daily),
            ["2026-11-03", "2026-11-02", "2026-11-01"]
        );
        assert_eq!(days(Reason::BeforeImport).len(), 10 - BEFORE_CHANGE_KEPT);
        assert_eq!(days(Reason::BeforeImport)[0], "2026-11-05");
    }
}
