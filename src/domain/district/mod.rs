//! The district's roll-up of its schools' data files: what each file brings (one submission per
//! school and period), which file is kept when a school sends a period twice, the district's
//! own targets, the progress of every school and of the district, and who sent what in time.
//! Described in `docs/progress.md` (the roll-up rules) and `docs/data-format.md` (what is kept).
//!
//! This module holds what the office keeps and how it names schools; `intake` sorts the files
//! it receives, `plans` compares each school's plan with the office's, `rollup` adds the
//! schools up, `sending` says who sent what in time.

mod intake;
mod offices;
mod plans;
mod reports;
mod rollup;
mod sending;

pub use intake::{submissions_of, Intake, Namesake};
pub use offices::{
    read_office_file, read_received, CodeSum, OfficeFile, OfficeSums, Received, SentPeriod,
    ROLLUP_FORMAT, ROLLUP_VERSION,
};
pub use plans::{contradictions, measured, reads, Departure, Level, Measured};
pub use reports::{OfficeReport, ReportHead};
pub use rollup::{roll_up, Counted, RollUp, SchoolProgress};
pub use sending::{sending, Sending, SendingCounts, Standing};

use std::collections::hash_map::{Entry, HashMap};
use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::figures::PeriodFigures;
use super::period::Period;
use super::plan::{iso_date, Milestone, Plan};

/// Identifies the district's stored data among other JSON texts.
pub const FORMAT: &str = "bdg-tracker-district";
/// Version 2 added the office's own reports (`head`, `reports`) and what an office's roll-up
/// file brings; a page of version 1 would drop them, so it must not write over them.
pub const VERSION: u32 = 2;

/// What the district keeps on its device, apart from any school's own data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct District {
    pub format: String,
    pub version: u32,
    /// The schools expected to send their files, as the district wrote their names.
    pub expected: Vec<String>,
    /// The district's own targets; an indicator without any keeps the plan's.
    pub targets: Vec<DistrictTarget>,
    pub submissions: Vec<Submission>,
    /// The office's name as it writes it; empty: the recipient the plan names. (Since July 2025
    /// a commune, a ward or the province's department, no longer a district's office.)
    #[serde(skip_serializing_if = "String::is_empty")]
    pub office: String,
    /// How the office's own reports to the level above are headed and signed.
    #[serde(skip_serializing_if = "ReportHead::is_empty")]
    pub head: ReportHead,
    /// What the office typed on its reports, by period.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<OfficeReport>,
}

from_object!(District {
    format,
    version,
    expected: default,
    targets: default,
    submissions: default,
    office: default,
    head: default,
    reports: default
});

impl Default for District {
    fn default() -> Self {
        District {
            format: FORMAT.to_string(),
            version: VERSION,
            expected: Vec::new(),
            targets: Vec::new(),
            submissions: Vec::new(),
            office: String::new(),
            head: ReportHead::default(),
            reports: Vec::new(),
        }
    }
}

/// The district's targets for one indicator.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DistrictTarget {
    pub indicator: String,
    pub milestones: Vec<Milestone>,
}

from_object!(DistrictTarget {
    indicator,
    milestones
});

/// One school's figures for one period, as its newest file for that period gave them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Submission {
    /// The school as its plan names it (`plan.document.issuer`).
    pub school: String,
    /// The authority above it (today's, else the plan's), printed on the summary.
    pub parent: String,
    pub period: Period,
    /// The name of the file the figures come from.
    pub file: String,
    /// When the school last saved that file's data (ISO 8601, UTC), and its save count: which
    /// of two files of a period is newer.
    pub saved_at: String,
    pub revision: u64,
    /// The day the period's data was first sent, judged against the deadline.
    #[serde(with = "iso_date")]
    pub sent_on: NaiveDate,
    /// The period's figures, those fed by activities filled in.
    pub figures: PeriodFigures,
    /// What each indicator of the school's plan measured; `None` in what was received before
    /// plans were kept (taken as the office's plan).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measured: Option<Vec<Measured>>,
    /// The day the office read the file; `None` in what was received before it was kept.
    #[serde(
        default,
        with = "iso_date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub read_on: Option<NaiveDate>,
    /// What an office's roll-up adds up, by indicator, when the file was one (read at the level
    /// above); `None` for a school's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub office_sums: Option<OfficeSums>,
}

from_object!(Submission {
    school,
    parent: default,
    period,
    file,
    saved_at: default,
    revision: default,
    sent_on as iso_date::Iso,
    figures,
    measured: default,
    read_on as iso_date::OptionIso: default,
    office_sums: default
});

impl Submission {
    /// How many schools sent the period in it: one, or the office's that did.
    pub fn schools(&self) -> u32 {
        self.office_sums.as_ref().map_or(1, |s| s.schools)
    }
}

/// A school and period that came twice: which file was kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repeat {
    pub school: String,
    pub period: Period,
    pub kept: String,
    pub dropped: String,
}

/// A school of the district, as it is listed: by the name the district or its first file gave.
#[derive(Clone, Debug, PartialEq)]
pub struct School<'a> {
    pub name: String,
    /// Its submissions, one per period it sent.
    pub sent: Vec<&'a Submission>,
}

impl School<'_> {
    pub fn submission(&self, period: Period) -> Option<&Submission> {
        self.sent.iter().copied().find(|s| s.period == period)
    }
}

/// Why the stored district data could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DistrictError {
    Unreadable,
    NewerVersion(u32),
}

impl District {
    pub fn from_json(text: &str) -> Result<District, DistrictError> {
        let district: District =
            crate::domain::json::read(text).map_err(|_| DistrictError::Unreadable)?;
        if district.format != FORMAT {
            return Err(DistrictError::Unreadable);
        }
        if district.version > VERSION {
            return Err(DistrictError::NewerVersion(district.version));
        }
        // An older version's data reads as this one's, and is saved as this one's.
        Ok(District {
            version: VERSION,
            ..district
        })
    }

    /// The office's name: as set on its page, else the recipient `plan` names.
    pub fn office_name(&self, plan: &Plan) -> String {
        let set = self.office.trim();
        if set.is_empty() {
            plan.reporting.recipient.trim().to_string()
        } else {
            set.to_string()
        }
    }

    pub fn to_json(&self) -> String {
        // Plain data of strings and numbers: it always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Takes in the submissions of a batch of files. A school and period already held keeps the newer
    /// file's figures (by time saved, then revision) and the earlier day sent.
    pub fn receive(&mut self, incoming: Vec<Submission>) -> Vec<Repeat> {
        let mut repeats = Vec::new();
        // By folded name and period: a batch of 300 schools' files is taken in at once.
        let mut at: HashMap<(String, Period), usize> = HashMap::new();
        for (n, s) in self.submissions.iter().enumerate() {
            at.entry((key(&s.school), s.period)).or_insert(n);
        }
        for new in incoming {
            let held = match at.entry((key(&new.school), new.period)) {
                Entry::Occupied(n) => &mut self.submissions[*n.get()],
                Entry::Vacant(n) => {
                    n.insert(self.submissions.len());
                    self.submissions.push(new);
                    continue;
                }
            };
            let same_file = (&held.file, &held.saved_at, held.revision)
                == (&new.file, &new.saved_at, new.revision);
            if same_file {
                continue;
            }
            let sent_on = held.sent_on.min(new.sent_on);
            let newer = (&new.saved_at, new.revision) > (&held.saved_at, held.revision);
            let (kept, dropped) = if newer {
                let dropped = std::mem::replace(held, new);
                (held.file.clone(), dropped.file)
            } else {
                (held.file.clone(), new.file)
            };
            held.sent_on = sent_on;
            repeats.push(Repeat {
                school: held.school.clone(),
                period: held.period,
                kept,
                dropped,
            });
        }
        repeats
    }

    /// Removes what a school sent: one period of it, or, with `None`, every period. Its name
    /// stays among the schools expected, if it is one. Returns how many submissions went.
    pub fn remove(&mut self, school: &str, period: Option<Period>) -> usize {
        let before = self.submissions.len();
        self.submissions
            .retain(|s| !(same_school(&s.school, school) && period.is_none_or(|p| p == s.period)));
        before - self.submissions.len()
    }

    /// The plan with the district's targets in place of the plan's (`base`: the plan the
    /// office took from a file, else the app's).
    pub fn plan(&self, base: &Plan) -> Plan {
        let mut plan = base.clone();
        for target in &self.targets {
            if let Some(indicator) = plan.indicator_mut(&target.indicator) {
                indicator.milestones = target.milestones.clone();
            }
        }
        plan
    }

    /// Sets (or, with `None`, removes) the district's target of an indicator for a year.
    pub fn set_target(&mut self, base: &Plan, indicator: &str, year: i32, value: Option<f64>) {
        let Some(own) = base.indicator(indicator) else {
            return;
        };
        let index = match self.targets.iter().position(|t| t.indicator == indicator) {
            Some(i) => i,
            None => {
                self.targets.push(DistrictTarget {
                    indicator: indicator.to_string(),
                    milestones: own.milestones.clone(),
                });
                self.targets.len() - 1
            }
        };
        let milestones = &mut self.targets[index].milestones;
        milestones.retain(|m| m.year != year);
        if let Some(value) = value {
            milestones.push(Milestone { year, value });
        }
        milestones.sort_by_key(|m| m.year);
        if *milestones == own.milestones_by_year() {
            self.targets.remove(index);
        }
    }

    /// The schools that sent anything or are expected, in alphabetical order, each once, with
    /// what each sent.
    pub fn schools(&self) -> Vec<School<'_>> {
        fn add<'a>(
            schools: &mut Vec<(String, School<'a>)>,
            name: &str,
            sent: Option<&'a Submission>,
        ) {
            let k = key(name);
            let at = match schools.iter().position(|(x, _)| *x == k) {
                Some(at) => at,
                None => {
                    let school = School {
                        name: name.to_string(),
                        sent: Vec::new(),
                    };
                    schools.push((k, school));
                    schools.len() - 1
                }
            };
            schools[at].1.sent.extend(sent);
        }
        let mut schools = Vec::new();
        for name in &self.expected {
            add(&mut schools, name, None);
        }
        for s in &self.submissions {
            add(&mut schools, &s.school, Some(s));
        }
        let mut schools: Vec<School> = schools.into_iter().map(|(_, s)| s).collect();
        sort_names(&mut schools, |s| &s.name);
        schools
    }

    /// The authority the schools belong to, as most of their files name it.
    pub fn parent(&self) -> String {
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for s in &self.submissions {
            match counts.iter_mut().find(|(p, _)| *p == s.parent) {
                Some((_, n)) => *n += 1,
                None => counts.push((&s.parent, 1)),
            }
        }
        counts
            .into_iter()
            .fold(
                (0, ""),
                |best, (p, n)| if n > best.0 { (n, p) } else { best },
            )
            .1
            .to_string()
    }

    /// How many schools sent anything.
    pub fn senders(&self) -> usize {
        let names: HashSet<String> = self.submissions.iter().map(|s| key(&s.school)).collect();
        names.len()
    }

    /// The periods anyone sent, in order.
    pub fn periods(&self) -> Vec<Period> {
        let mut periods: Vec<Period> = Vec::new();
        for s in &self.submissions {
            if !periods.contains(&s.period) {
                periods.push(s.period);
            }
        }
        periods.sort();
        periods
    }
}

/// School names compare without regard to case or spacing: the district may type
/// "Trường Mầm non Hoa Mai" for the file's "TRƯỜNG MẦM NON HOA MAI".
pub fn same_school(a: &str, b: &str) -> bool {
    key(a) == key(b)
}

pub fn key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Sorts names in Vietnamese alphabetical order (a ă â b c d đ e ê …): letters first by
/// their base letter, then, between otherwise equal names, by their tone marks.
pub fn sort_names<T>(items: &mut [T], name: impl Fn(&T) -> &str) {
    items.sort_by_cached_key(|item| collation_key(name(item)));
}

fn collation_key(name: &str) -> Vec<u32> {
    const LETTERS: &str = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    const TONED: [&str; 12] = [
        "aàáảãạ",
        "ăằắẳẵặ",
        "âầấẩẫậ",
        "eèéẻẽẹ",
        "êềếểễệ",
        "iìíỉĩị",
        "oòóỏõọ",
        "ôồốổỗộ",
        "ơờớởỡợ",
        "uùúủũụ",
        "ưừứửữự",
        "yỳýỷỹỵ",
    ];
    let mut primary = Vec::new();
    let mut tones = Vec::new();
    let folded = key(name);
    let mut chars = folded.chars().peekable();
    while let Some(c) = chars.next() {
        // A number counts as one: "Số 2" before "Số 10".
        if let Some(digit) = c.to_digit(10) {
            let mut number = digit;
            while let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                number = number.saturating_mul(10).saturating_add(d).min(0xFFFF);
                chars.next();
            }
            primary.extend([u32::from('0'), number]);
            continue;
        }
        let (base, tone) = TONED
            .iter()
            .find_map(|group| {
                let tone = group.chars().position(|t| t == c)?;
                Some((group.chars().next()?, tone as u32))
            })
            .unwrap_or((c, 0));
        primary.push(match LETTERS.chars().position(|l| l == base) {
            // Letters after digits, spaces and punctuation, in the alphabet's order.
            Some(n) => 0x1_0000 + n as u32,
            None => u32::from(base),
        });
        tones.push(tone);
    }
    primary.push(0);
    primary.extend(tones);
    primary
}

#[cfg(test)]
mod tests {
    use super::rollup::{sum, with_quarters_counted};
    use super::*;
    use crate::domain::document::{Document, LoadError};
    use crate::domain::figures::Tally;
    use crate::domain::progress::Progress;

    /// A school's document as the office's page reads it.
    fn read(document: Document) -> Result<Received, LoadError> {
        Ok(Received::School(Box::new(document)))
    }

    #[test]
    fn the_tracker_counts_each_school_once_and_the_expected_list_is_cleaned() {
        let mut d = District::default();
        d.set_expected(
            ["Hoa Sen", "", "  hoa   sen ", "Hoa Cúc "]
                .into_iter()
                .map(String::from),
        );
        assert_eq!(d.expected, ["Hoa Sen", "Hoa Cúc"]);
        let plan = crate::defaults::hoa_mai();
        let today = day(2026, 11, 29);
        let standings = d.standings(&plan, Period::half(2026), today);
        assert_eq!(standings.len(), 2);
        assert!(standings
            .iter()
            .all(|s| s.sending == Sending::Missing && s.file.is_empty()));
        let counts = SendingCounts::of(&standings);
        assert_eq!((counts.missing, counts.on_time, counts.not_yet), (2, 0, 0));
        let later = d.standings(&plan, Period::annual(2026), today);
        assert_eq!(SendingCounts::of(&later).not_yet, 2);
    }

    #[test]
    fn the_office_is_named_as_set_else_as_the_plan_names_it() {
        let plan = crate::defaults::hoa_mai();
        let mut d = District::default();
        assert_eq!(d.office_name(&plan), "Phòng GDĐT quận Đống Đa");
        d.office = "  UBND phường Văn Miếu - Quốc Tử Giám ".into();
        assert_eq!(d.office_name(&plan), "UBND phường Văn Miếu - Quốc Tử Giám");
        // Kept, and an older file without it still reads.
        let again = District::from_json(&d.to_json()).unwrap();
        assert_eq!(again.office, d.office);
        let old = District::from_json(r#"{"format":"bdg-tracker-district","version":1}"#).unwrap();
        assert_eq!(old.office, "");
        // Read as this version's, so that a page of version 1 never writes over it again.
        assert_eq!(old.version, VERSION);
    }
    use crate::defaults::hoa_mai;
    use crate::domain::plan::{Measure, Part, Term};
    use crate::domain::progress::Status;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn utc_day(iso: &str) -> Option<NaiveDate> {
        iso.get(..10)?.parse().ok()
    }

    fn school(name: &str, saved_at: &str, figures: &[(&str, u32, Option<u32>)]) -> Document {
        let mut doc = crate::defaults::document();
        doc.plan.document.issuer = name.to_string();
        doc.saved_at = Some(saved_at.to_string());
        let mut f = PeriodFigures::default();
        for (field, total, female) in figures {
            f = f.with(field, Part::Total, Some(*total));
            f = f.with(field, Part::Female, *female);
        }
        doc.figures.insert(Period::half(2026), f);
        doc
    }

    fn received(district: &mut District, doc: &Document, file: &str) -> Vec<Repeat> {
        district.receive(submissions_of(doc, file, day(2026, 11, 29), &utc_day))
    }

    #[test]
    fn a_batch_of_files_is_sorted_file_by_file_and_filed_once() {
        let plan = hoa_mai();
        let today = day(2026, 11, 29);
        let mut intake = Intake::default();
        let sen = school(
            "Hoa Sen",
            "2026-11-20T08:00:00Z",
            &[("staff", 40, Some(30))],
        );
        intake.sort("sen.json".into(), read(sen.clone()), &plan, today, &utc_day);
        intake.sort(
            "x.json".into(),
            Err(LoadError::WrongFormat),
            &plan,
            today,
            &utc_day,
        );
        let nameless = school("  ", "2026-11-20T08:00:00Z", &[("staff", 10, None)]);
        intake.sort(
            "nameless.json".into(),
            read(nameless),
            &plan,
            today,
            &utc_day,
        );
        intake.sort(
            "empty.json".into(),
            read(crate::defaults::document()),
            &plan,
            today,
            &utc_day,
        );
        let mut beyond = school("Hoa Cúc", "2026-11-20T08:00:00Z", &[]);
        beyond.figures.clear();
        let f = PeriodFigures::default().with("staff", Part::Total, Some(5));
        beyond.figures.insert(Period::half(2026), f.clone());
        beyond.figures.insert(Period::annual(2031), f);
        intake.sort("cuc.json".into(), read(beyond), &plan, today, &utc_day);
        // The same school again: filed, it is a repeat.
        intake.sort("sen-2.json".into(), read(sen), &plan, today, &utc_day);

        assert_eq!(intake.files, 6);
        assert_eq!(
            intake.refused,
            [("x.json".to_string(), LoadError::WrongFormat)]
        );
        assert_eq!(intake.unnamed, ["nameless.json"]);
        assert_eq!(intake.empty, ["empty.json"]);
        assert_eq!(
            intake.outside,
            [("cuc.json".to_string(), Period::annual(2031))]
        );
        assert_eq!((intake.taken(), intake.rejected()), (3, 2));

        let mut d = District::default();
        intake.file_into(&mut d);
        assert_eq!(
            d.submissions.len(),
            2,
            "Hoa Sen and Hoa Cúc, 2026's half year each"
        );
        assert_eq!(intake.repeats.len(), 1);
        assert_eq!(intake.taken(), 3, "still said once filed");
        intake.file_into(&mut d);
        assert_eq!(
            (d.submissions.len(), intake.repeats.len()),
            (2, 1),
            "filed once"
        );
    }

    #[test]
    fn ratios_add_numerators_and_denominators() {
        // 3.b: women among the key leaders. School A 9 of 10 (90%), school B 1 of 30 (3.3%):
        // the district has 10 of 40, 25%, not the 46.7% an average of percentages would give.
        let mut district = District::default();
        let a = school(
            "Trường A",
            "2026-06-01T00:00:00.000Z",
            &[("key_leaders", 10, Some(9))],
        );
        let b = school(
            "Trường B",
            "2026-06-02T00:00:00.000Z",
            &[("key_leaders", 30, Some(1))],
        );
        received(&mut district, &a, "a.json");
        received(&mut district, &b, "b.json");
        let roll = roll_up(&district, &hoa_mai(), None);
        let value = roll
            .district
            .indicator("3b")
            .and_then(|p| p.at(Period::half(2026)))
            .and_then(|p| p.value)
            .expect("a district value");
        assert_eq!((value.numerator, value.denominator), (Some(10), Some(40)));
        assert_eq!(value.total, 25.0);
        assert_eq!(roll.counted("3b", Period::half(2026)).with_value, 2);
        let a_value = roll.schools[0]
            .progress
            .indicator("3b")
            .unwrap()
            .latest()
            .unwrap();
        assert_eq!(a_value.value.map(|v| v.total), Some(90.0));
        assert_eq!(roll.schools.len(), 2);
        assert_eq!(roll.schools[0].name, "Trường A");
    }

    #[test]
    fn schools_on_their_own_plans_add_up_only_where_they_measure_as_the_office() {
        let figures = |name: &str, total, female| {
            school(
                name,
                "2026-06-01T00:00:00Z",
                &[("key_leaders", total, Some(female))],
            )
        };
        let follows = figures("Trường A", 10, 9);
        let mut lacks = figures("Trường B", 30, 1);
        lacks
            .plan
            .objectives
            .iter_mut()
            .for_each(|o| o.indicators.retain(|i| i.id != "3b"));
        let mut marks = figures("Trường C", 20, 5);
        let reason = "Trường chỉ có một cán bộ quản lý";
        marks.plan.indicator_mut("3b").unwrap().not_applicable = Some(reason.into());
        let mut otherwise = figures("Trường D", 50, 50);
        otherwise.plan.indicator_mut("3b").unwrap().measure = Measure::Ratio {
            numerator: Term::field("staff", Part::Female),
            denominator: Term::field("staff", Part::Total),
        };
        let mut district = District::default();
        for (doc, file) in [
            (&follows, "a"),
            (&lacks, "b"),
            (&marks, "c"),
            (&otherwise, "d"),
        ] {
            received(&mut district, doc, file);
        }
        let half = Period::half(2026);
        let roll = roll_up(&district, &hoa_mai(), None);
        let value = roll
            .district
            .indicator("3b")
            .and_then(|p| p.at(half))
            .and_then(|p| p.value);
        let value = value.expect("the one school that follows");
        assert_eq!((value.numerator, value.denominator), (Some(9), Some(10)));
        let counted = roll.counted("3b", half);
        assert_eq!(
            (counted.sent, counted.following, counted.with_value),
            (4, 1, 1)
        );
        let departures: Vec<Option<&Departure>> = roll
            .schools
            .iter()
            .map(|s| s.departures.of("3b", half))
            .collect();
        assert_eq!(
            departures,
            [
                None,
                Some(&Departure::NotInPlan),
                Some(&Departure::NotApplicable(reason.into())),
                Some(&Departure::MeasuredDifferently)
            ]
        );
        // Shown as not applicable, not as missing data; the other indicators still count.
        let b = roll.schools[1].progress.indicator("3b").unwrap();
        assert_eq!(b.status, Status::NotApplicable);
        assert_eq!(b.at(half).map(|p| p.status), Some(Status::NotApplicable));
        assert_eq!(roll.counted("3a", half).following, 4);
        // Narrowed to a level the schools are not of, nothing is left.
        assert!(roll_up(&district, &hoa_mai(), Some(Level::Primary))
            .schools
            .is_empty());
    }

    #[test]
    fn a_plan_that_contradicts_itself_is_named_and_its_code_left_out() {
        let mut doc = school(
            "Trường E",
            "2026-06-01T00:00:00Z",
            &[("key_leaders", 4, Some(2))],
        );
        let mut twin = doc.plan.indicator("3b").unwrap().clone();
        twin.id = "3b-bis".into();
        twin.measure = Measure::Count {
            term: Term::field("key_leaders", Part::Total),
            unit: String::new(),
        };
        doc.plan.objectives[0].indicators.push(twin);
        let mut intake = Intake::default();
        let today = day(2026, 11, 29);
        intake.sort("e.json".into(), read(doc), &hoa_mai(), today, &utc_day);
        assert_eq!(
            intake.contradicting,
            [("e.json".to_string(), vec!["3.b".to_string()])]
        );
        let mut district = District::default();
        intake.file_into(&mut district);
        let roll = roll_up(&district, &hoa_mai(), None);
        let half = Period::half(2026);
        assert_eq!(
            roll.schools[0].departures.of("3b", half),
            Some(&Departure::MeasuredDifferently)
        );
        assert_eq!(roll.counted("3b", half).with_value, 0);
    }

    #[test]
    fn a_namesake_under_another_authority_is_left_out_and_named() {
        let mut district = District::default();
        let mut first = school(
            "Trường Mầm non Sao Mai",
            "2026-06-01T00:00:00Z",
            &[("staff", 4, None)],
        );
        first.addressing.governing_body = "UBND phường Láng".into();
        let mut other = school(
            "TRƯỜNG MẦM NON SAO MAI",
            "2026-06-02T00:00:00Z",
            &[("staff", 9, None)],
        );
        other.addressing.governing_body = "UBND xã Sóc Sơn".into();
        let today = day(2026, 11, 29);
        let mut intake = Intake::default();
        intake.sort("1.json".into(), read(first), &hoa_mai(), today, &utc_day);
        intake.file_into(&mut district);
        let held = district.clone();
        let mut intake = Intake::default();
        intake.sort("2.json".into(), read(other), &hoa_mai(), today, &utc_day);
        intake.file_into(&mut district);
        assert_eq!(district, held, "nothing of the namesake is mixed in");
        let namesake = &intake.namesakes[0];
        assert_eq!(
            (
                namesake.file.as_str(),
                namesake.parent.as_str(),
                namesake.held_parent.as_str()
            ),
            ("2.json", "UBND xã Sóc Sơn", "UBND phường Láng")
        );
        assert!(intake.repeats.is_empty());
    }

    #[test]
    fn a_namesake_is_judged_against_the_file_kept_in_one_batch() {
        let with = |saved_at: &str, parent: &str, staff: u32| {
            let mut doc = school(
                "Trường Mầm non Sao Mai",
                saved_at,
                &[("staff", staff, None)],
            );
            doc.addressing.governing_body = parent.into();
            doc.plan.document.issuer_parent = String::new();
            doc
        };
        let today = day(2026, 11, 29);
        let batch = |district: &mut District, docs: Vec<Document>| {
            let mut intake = Intake::default();
            for (n, doc) in docs.into_iter().enumerate() {
                intake.sort(format!("{n}.json"), read(doc), &hoa_mai(), today, &utc_day);
            }
            intake.file_into(district);
            intake
        };
        // Held under A; a newer file naming no authority is kept, so one under B is not a
        // namesake of A, as it would not be in a batch of its own after it.
        let mut district = District::default();
        batch(
            &mut district,
            vec![with("2026-06-01T00:00:00Z", "UBND phường Láng", 4)],
        );
        let intake = batch(
            &mut district,
            vec![
                with("2026-06-02T00:00:00Z", "", 5),
                with("2026-06-03T00:00:00Z", "UBND xã Sóc Sơn", 6),
            ],
        );
        assert!(intake.namesakes.is_empty(), "{:?}", intake.namesakes);
        assert_eq!(district.submissions[0].parent, "UBND xã Sóc Sơn");
        // Held under none; an older file under A is dropped, so one under B is taken.
        let mut district = District::default();
        batch(&mut district, vec![with("2026-06-02T00:00:00Z", "", 4)]);
        let intake = batch(
            &mut district,
            vec![
                with("2026-06-01T00:00:00Z", "UBND phường Láng", 5),
                with("2026-06-03T00:00:00Z", "UBND xã Sóc Sơn", 6),
            ],
        );
        assert!(intake.namesakes.is_empty(), "{:?}", intake.namesakes);
        // The newer file under A is kept, and then one under B is a namesake of it.
        let mut district = District::default();
        let intake = batch(
            &mut district,
            vec![
                with("2026-06-01T00:00:00Z", "", 4),
                with("2026-06-02T00:00:00Z", "UBND phường Láng", 5),
                with("2026-06-03T00:00:00Z", "UBND xã Sóc Sơn", 6),
            ],
        );
        assert_eq!(intake.namesakes.len(), 1);
        assert_eq!(intake.namesakes[0].held_parent, "UBND phường Láng");
        assert_eq!(district.submissions[0].parent, "UBND phường Láng");
        assert_eq!(district.senders(), 1);
    }

    #[test]
    fn one_period_or_one_school_is_removed_and_the_rest_stays() {
        let mut district = District::default();
        let mut a = school("Trường A", "2026-06-01T00:00:00Z", &[("staff", 4, None)]);
        let a_annual = a.figures[&Period::half(2026)].clone();
        a.figures.insert(Period::annual(2026), a_annual);
        let b = school("Trường B", "2026-06-01T00:00:00Z", &[("staff", 9, None)]);
        received(&mut district, &a, "a.json");
        received(&mut district, &b, "b.json");
        assert_eq!(district.submissions.len(), 3);
        assert_eq!(district.senders(), 2);
        assert_eq!(district.remove(" trường  a", Some(Period::half(2026))), 1);
        assert_eq!(district.submissions.len(), 2);
        assert_eq!(district.remove("Trường A", None), 1);
        assert_eq!(district.remove("Trường A", None), 0);
        assert_eq!(district.submissions.len(), 1);
        assert_eq!(district.submissions[0].school, "Trường B");
    }

    #[test]
    fn counts_add_up_with_their_women() {
        let mut district = District::default();
        let a = school("A", "2026-06-01T00:00:00Z", &[("staff", 10, Some(9))]);
        let b = school("B", "2026-06-01T00:00:00Z", &[("staff", 30, Some(20))]);
        let c = school("C", "2026-06-01T00:00:00Z", &[("staff", 5, None)]);
        for (doc, file) in [(&a, "a"), (&b, "b"), (&c, "c")] {
            received(&mut district, doc, file);
        }
        let sums = sum(&[
            &a.figures[&Period::half(2026)],
            &b.figures[&Period::half(2026)],
        ])
        .unwrap();
        assert_eq!(
            sums.tally("staff"),
            Tally {
                total: Some(40),
                female: Some(29)
            }
        );
        // A school without the women's part leaves the district's women's part unknown.
        let all = sum(&[
            &a.figures[&Period::half(2026)],
            &b.figures[&Period::half(2026)],
            &c.figures[&Period::half(2026)],
        ])
        .unwrap();
        assert_eq!(
            all.tally("staff"),
            Tally {
                total: Some(45),
                female: None
            }
        );
    }

    #[test]
    fn quarters_add_up_per_school() {
        let plan = with_quarters_counted(&hoa_mai());
        let website = plan.indicators().find(|i| i.code == "4.c").unwrap();
        let mut district = District::default();
        let a = school(
            "A",
            "2026-06-01T00:00:00Z",
            &[("website_quarters", 2, None)],
        );
        let b = school(
            "B",
            "2026-06-01T00:00:00Z",
            &[("website_quarters", 1, None)],
        );
        received(&mut district, &a, "a");
        received(&mut district, &b, "b");
        let roll = roll_up(&district, &hoa_mai(), None);
        let value = roll
            .district
            .indicator(&website.id)
            .unwrap()
            .at(Period::half(2026))
            .unwrap()
            .value
            .unwrap();
        // 3 quarters with a column out of 2 schools x 2 quarters.
        assert_eq!((value.numerator, value.denominator), (Some(3), Some(4)));
        let a_value = roll.schools[0]
            .progress
            .indicator(&website.id)
            .unwrap()
            .at(Period::half(2026))
            .unwrap()
            .value
            .unwrap();
        assert_eq!(a_value.total, 100.0);
    }

    #[test]
    fn the_newest_file_of_a_school_and_period_is_kept() {
        let mut district = District::default();
        let old = school(
            "TRƯỜNG A",
            "2026-06-01T08:00:00.000Z",
            &[("staff", 10, Some(9))],
        );
        let new = school(
            "Trường  a",
            "2026-06-20T08:00:00.000Z",
            &[("staff", 12, Some(10))],
        );
        assert!(received(&mut district, &old, "old.json").is_empty());
        let repeats = received(&mut district, &new, "new.json");
        assert_eq!(
            repeats,
            vec![Repeat {
                school: "Trường  a".into(),
                period: Period::half(2026),
                kept: "new.json".into(),
                dropped: "old.json".into()
            }]
        );
        assert_eq!(district.submissions.len(), 1);
        let held = &district.submissions[0];
        assert_eq!(held.figures.tally("staff").total, Some(12));
        // First sent before the deadline: on time, though the newer file came after it.
        assert_eq!(held.sent_on, day(2026, 6, 1));
        // The older file again changes nothing.
        let again = received(&mut district, &old, "old.json");
        assert_eq!(again[0].kept, "new.json");
        assert_eq!(
            district.submissions[0].figures.tally("staff").total,
            Some(12)
        );
    }

    #[test]
    fn sending_is_judged_against_the_deadline() {
        let plan = hoa_mai();
        let mut district = District {
            expected: vec!["Trường C".into()],
            ..District::default()
        };
        let a = school("A", "2026-06-10T16:00:00Z", &[("staff", 10, None)]);
        let b = school("B", "2026-06-12T01:00:00Z", &[("staff", 10, None)]);
        received(&mut district, &a, "a");
        received(&mut district, &b, "b");
        let (h1, y, today) = (Period::half(2026), Period::annual(2026), day(2026, 11, 29));
        let schools = district.schools();
        let names: Vec<&str> = schools.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "Trường C"]);
        assert_eq!(
            sending(&schools[0], &plan, h1, today),
            Sending::OnTime(day(2026, 6, 10))
        );
        assert_eq!(
            sending(&schools[1], &plan, h1, today),
            Sending::Late(day(2026, 6, 12), 2)
        );
        assert_eq!(sending(&schools[2], &plan, h1, today), Sending::Missing);
        assert_eq!(sending(&schools[2], &plan, y, today), Sending::NotYet);
    }

    #[test]
    fn activities_alone_do_not_make_a_period_sent() {
        let mut doc = school("A", "2026-06-05T00:00:00Z", &[("staff", 10, None)]);
        let mut activity = crate::domain::activity::Activity::on(day(2026, 3, 8));
        activity.title = "Ngày Quốc tế phụ nữ".into();
        activity.parents = 40;
        doc.activities.push(activity);
        let subs = submissions_of(&doc, "a", day(2026, 11, 29), &utc_day);
        let periods: Vec<Period> = subs.iter().map(|s| s.period).collect();
        assert_eq!(periods, [Period::half(2026)]);
        // The period sent has the parents reached filled in from the activity.
        assert_eq!(subs[0].figures.tally("parents_reached").total, Some(40));
    }

    #[test]
    fn a_time_that_is_none_or_in_the_future_never_wins() {
        let mut district = District::default();
        for (file, saved_at, staff) in [
            ("a-zzzz.json", "zzzz", 1),
            ("a-2099.json", "2099-01-01T00:00:00Z", 2),
            ("a-june.json", "2026-06-05T00:00:00Z", 3),
        ] {
            let doc = school("A", saved_at, &[("staff", staff, None)]);
            received(&mut district, &doc, file);
        }
        assert_eq!(district.submissions.len(), 1);
        assert_eq!(district.submissions[0].file, "a-june.json");
    }

    #[test]
    fn the_same_file_again_is_no_repeat() {
        let mut district = District::default();
        let a = school("A", "2026-06-05T00:00:00Z", &[("staff", 10, None)]);
        received(&mut district, &a, "a.json");
        assert!(received(&mut district, &a, "a.json").is_empty());
        assert_eq!(district.submissions.len(), 1);
    }

    #[test]
    fn a_count_target_is_a_school_s_and_the_district_s_is_their_sum() {
        // 4.a: at least 350 parents reached per school by 2025.
        let mut district = District::default();
        for (name, parents) in [("A", 150), ("B", 500)] {
            let doc = school(
                name,
                "2026-06-05T00:00:00Z",
                &[("parents_reached", parents, None)],
            );
            received(&mut district, &doc, name);
        }
        let roll = roll_up(&district, &hoa_mai(), None);
        let h1 = Period::half(2026);
        let at = |p: &Progress| p.indicator("4a-ph").unwrap().at(h1).unwrap().clone();
        // A 6-month review counts half a year: 350 for the two schools, 175 for one.
        assert_eq!(at(&roll.district).target, Some(350.0));
        assert_eq!(at(&roll.district).value.unwrap().total, 650.0);
        assert_eq!(at(&roll.district).status, Status::Met);
        assert_eq!(at(&roll.schools[0].progress).target, Some(175.0));
        assert_ne!(at(&roll.schools[0].progress).status, Status::Met);
        assert_eq!(at(&roll.schools[1].progress).status, Status::Met);
    }

    #[test]
    fn a_by_sex_ratio_rolls_up_each_sex() {
        // 2.a (nhà trẻ): children enrolled over children of the age, girls and boys apart.
        let mut district = District::default();
        let a = school(
            "A",
            "2026-06-05T00:00:00Z",
            &[
                ("creche_population", 100, Some(50)),
                ("creche_enrolled", 60, Some(35)),
            ],
        );
        let b = school(
            "B",
            "2026-06-05T00:00:00Z",
            &[
                ("creche_population", 50, Some(20)),
                ("creche_enrolled", 40, Some(15)),
            ],
        );
        received(&mut district, &a, "a");
        received(&mut district, &b, "b");
        let roll = roll_up(&district, &hoa_mai(), None);
        let v = roll
            .district
            .indicator("2a-nt")
            .unwrap()
            .at(Period::half(2026))
            .unwrap()
            .value
            .unwrap();
        // 100 of 150; girls 50 of 70; boys 50 of 80.
        assert_eq!((v.numerator, v.denominator), (Some(100), Some(150)));
        assert!((v.total - 66.666).abs() < 0.01);
        assert!((v.female.unwrap() - 71.428).abs() < 0.01);
        assert_eq!(v.male, Some(62.5));
    }

    #[test]
    fn a_finished_report_dates_the_sending() {
        let mut doc = school("A", "2026-07-01T00:00:00Z", &[("staff", 10, None)]);
        let mut report = crate::domain::report::SavedReport::new(Period::half(2026));
        report
            .versions
            .push(crate::domain::report::FinishedReport::new(
                "2026-06-09T03:00:00Z".into(),
                &Default::default(),
            ));
        doc.reports.push(report);
        let subs = submissions_of(&doc, "a", day(2026, 11, 29), &utc_day);
        assert_eq!(subs[0].sent_on, day(2026, 6, 9));
    }

    #[test]
    fn district_targets_replace_the_plan_s() {
        let base = hoa_mai();
        let indicator = base
            .indicators()
            .find(|i| !i.milestones.is_empty())
            .unwrap();
        let mut district = District::default();
        let year = indicator.milestones[0].year;
        district.set_target(&base, &indicator.id, year, Some(99.0));
        let plan = district.plan(&base);
        let own = plan.indicator(&indicator.id).unwrap();
        assert!(own.milestones.contains(&Milestone { year, value: 99.0 }));
        // Back to the plan's value: nothing of the district's own is kept.
        district.set_target(
            &base,
            &indicator.id,
            year,
            Some(indicator.milestones[0].value),
        );
        assert!(district.targets.is_empty());
    }

    #[test]
    fn names_sort_in_vietnamese_order() {
        let mut names = vec![
            "Hoa Sen",
            "Hoa Đào",
            "hoa cúc",
            "Hoa Dung",
            "Hoa Hồng",
            "Hòa Bình",
            "Hoa Ban",
        ];
        sort_names(&mut names, |n| n);
        assert_eq!(
            names,
            [
                "Hoa Ban",
                "Hòa Bình",
                "hoa cúc",
                "Hoa Dung",
                "Hoa Đào",
                "Hoa Hồng",
                "Hoa Sen"
            ]
        );
    }

    #[test]
    fn stored_data_round_trips_and_refuses_what_it_cannot_read() {
        let mut district = District::default();
        district.expected.push("A".into());
        received(
            &mut district,
            &school("A", "2026-06-01T00:00:00Z", &[("staff", 3, None)]),
            "a",
        );
        assert_eq!(
            District::from_json(&district.to_json()),
            Ok(district.clone())
        );
        // The day a file was read is written as the plan's dates are, and read back so.
        let text = district.to_json();
        let read_day = r#""read_on":"2026-11-29""#;
        assert!(text.contains(read_day), "{text}");
        for (read_on, read) in [
            (
                r#""read_on":"2026-6-5""#,
                Some(NaiveDate::from_ymd_opt(2026, 6, 5).unwrap()),
            ),
            (r#""read_on":null"#, None),
        ] {
            let stored = District::from_json(&text.replace(read_day, read_on)).unwrap();
            assert_eq!(stored.submissions[0].read_on, read);
        }
        let not_a_day = text.replace(read_day, r#""read_on":"20 June""#);
        assert_eq!(
            District::from_json(&not_a_day),
            Err(DistrictError::Unreadable)
        );
        // What an older page stored, without the fields added since, reads with their defaults.
        let older = r#"{"format":"bdg-tracker-district","version":2,"submissions":[
            {"school":"A","period":"2026-H1","file":"a.json","sent_on":"2026-06-05","figures":{}}]}"#;
        let read = District::from_json(older).unwrap();
        let s = &read.submissions[0];
        assert_eq!((s.school.as_str(), s.sent_on), ("A", day(2026, 6, 5)));
        assert_eq!(
            (s.parent.as_str(), s.saved_at.as_str(), s.revision),
            ("", "", 0)
        );
        assert!(s.read_on.is_none() && s.measured.is_none() && s.office_sums.is_none());
        assert!(read.expected.is_empty() && read.office.is_empty() && read.head.is_empty());
        assert_eq!(District::from_json("{"), Err(DistrictError::Unreadable));
        assert_eq!(
            District::from_json(r#"{"format":"bdg-tracker-district","version":9}"#),
            Err(DistrictError::NewerVersion(9))
        );
        assert_eq!(
            District::from_json(r#"{"format":"x","version":1}"#),
            Err(DistrictError::Unreadable)
        );
    }
}
