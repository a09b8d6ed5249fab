//! The district's roll-up of its schools' data files: what each file brings (one submission per
//! school and period), which file is kept when a school sends a period twice, the district's
//! own targets, the progress of every school and of the district, and who sent what in time.
//! Described in `docs/progress.md` (the roll-up rules) and `docs/data-format.md` (what is kept).

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::activity::with_activities;
use super::document::Document;
use super::figures::{Figures, PeriodFigures, Tally};
use super::period::Period;
use super::plan::{iso_date, Indicator, Measure, Milestone, Plan, Term};
use super::progress::{self, value_of, Progress};

/// Identifies the district's stored data among other JSON texts.
pub const FORMAT: &str = "bdg-tracker-district";
pub const VERSION: u32 = 1;

/// What the district keeps on its device, apart from any school's own data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct District {
    pub format: String,
    pub version: u32,
    /// The schools expected to send their files, as the district wrote their names.
    #[serde(default)]
    pub expected: Vec<String>,
    /// The district's own targets; an indicator without any keeps the plan's.
    #[serde(default)]
    pub targets: Vec<DistrictTarget>,
    #[serde(default)]
    pub submissions: Vec<Submission>,
    /// The office's name as it writes it; empty: the recipient the plan names. (Since July 2025
    /// a commune, a ward or the province's department, no longer a district's office.)
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub office: String,
}

impl Default for District {
    fn default() -> Self {
        District {
            format: FORMAT.to_string(),
            version: VERSION,
            expected: Vec::new(),
            targets: Vec::new(),
            submissions: Vec::new(),
            office: String::new(),
        }
    }
}

/// The district's targets for one indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictTarget {
    pub indicator: String,
    pub milestones: Vec<Milestone>,
}

/// One school's figures for one period, as its newest file for that period gave them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    /// The school as its plan names it (`plan.document.issuer`).
    pub school: String,
    /// The authority above it (today's, else the plan's), printed on the summary.
    #[serde(default)]
    pub parent: String,
    pub period: Period,
    /// The name of the file the figures come from.
    pub file: String,
    /// When the school last saved that file's data (ISO 8601, UTC), and its save count: which
    /// of two files of a period is newer.
    #[serde(default)]
    pub saved_at: String,
    #[serde(default)]
    pub revision: u64,
    /// The day the period's data was first sent, judged against the deadline.
    #[serde(with = "iso_date")]
    pub sent_on: NaiveDate,
    /// The period's figures, those fed by activities filled in.
    pub figures: PeriodFigures,
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
            serde_json::from_str(text).map_err(|_| DistrictError::Unreadable)?;
        if district.format != FORMAT {
            return Err(DistrictError::Unreadable);
        }
        if district.version > VERSION {
            return Err(DistrictError::NewerVersion(district.version));
        }
        Ok(district)
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

    /// Takes in the submissions of one file. A school and period already held keeps the newer
    /// file's figures (by time saved, then revision) and the earlier day sent.
    pub fn receive(&mut self, incoming: Vec<Submission>) -> Vec<Repeat> {
        let mut repeats = Vec::new();
        for new in incoming {
            let held = self
                .submissions
                .iter_mut()
                .find(|s| s.period == new.period && same_school(&s.school, &new.school));
            let Some(held) = held else {
                self.submissions.push(new);
                continue;
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

    /// The plan with the district's targets in place of the plan's.
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

fn key(name: &str) -> String {
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

/// The submissions a school's document brings: one per period with figures recorded (those fed
/// by activities filled in). The day a period
/// was sent is the day its report was first finished if the file holds one, else the day the
/// file was saved (`day_of` reads an ISO time as a day of the district's calendar), else
/// `received`.
pub fn submissions_of(
    document: &Document,
    file: &str,
    received: NaiveDate,
    day_of: &dyn Fn(&str) -> Option<NaiveDate>,
) -> Vec<Submission> {
    let figures = with_activities(&document.plan, &document.figures, &document.activities);
    // A time that is not one, or one after the file was read (a tablet's clock set ahead),
    // says nothing of which file is newer: it is taken as unknown, never as the newest for ever.
    let saved_at = document.saved_at.clone().unwrap_or_default();
    let saved_on = day_of(&saved_at).filter(|day| *day <= received);
    let saved_at = if saved_on.is_some() {
        saved_at
    } else {
        String::new()
    };
    figures
        .into_iter()
        // A period the school recorded figures for: activities alone (which count in the
        // 6-month and the annual review alike) do not make a period sent.
        .filter(|(p, _)| document.figures.get(p).is_some_and(|f| !f.is_empty()))
        .map(|(period, figures)| {
            let finished = document
                .reports
                .iter()
                .find(|r| r.period == period)
                .and_then(|r| r.versions.first())
                .and_then(|v| day_of(&v.finished_at));
            Submission {
                school: document.plan.document.issuer.trim().to_string(),
                parent: document
                    .addressing
                    .governing_body(&document.plan)
                    .to_string(),
                period,
                file: file.to_string(),
                saved_at: saved_at.clone(),
                revision: document.revision,
                sent_on: finished.or(saved_on).unwrap_or(received),
                figures,
            }
        })
        .collect()
}

/// Stands for [`Term::QuartersInPeriod`] once schools are added up: each school counts the
/// quarters of the period, so that "quarters with a column on the website" over "quarters" is
/// the share of school-quarters in a district, as it is the share of quarters in a school.
const QUARTERS: &str = "quarters_in_period";

/// One school's progress.
#[derive(Clone, Debug, PartialEq)]
pub struct SchoolProgress {
    pub name: String,
    pub progress: Progress,
}

/// Every school's progress and the district's.
#[derive(Clone, Debug, PartialEq)]
pub struct RollUp {
    /// The district's plan: its own targets, or the plan's, a count's multiplied by the
    /// number of schools.
    pub plan: Plan,
    /// What each school is judged against: the district's targets of ratios, the plan's of
    /// counts (a count target is a school's).
    pub school_plan: Plan,
    /// In alphabetical order; only schools that sent figures.
    pub schools: Vec<SchoolProgress>,
    pub district: Progress,
    /// How many schools each indicator's district value adds up, per period, in the plan's
    /// indicator order.
    pub counted: Vec<Vec<(Period, usize)>>,
}

impl RollUp {
    /// How many schools the district's value of an indicator in a period adds up.
    pub fn counted(&self, indicator: &str, period: Period) -> usize {
        self.plan
            .indicators()
            .position(|i| i.id == indicator)
            .and_then(|n| self.counted[n].iter().find(|(p, _)| *p == period))
            .map_or(0, |(_, n)| *n)
    }
}

/// Rolls the schools' figures up: for every indicator and period, the figures of the schools
/// that have a value for it are added up, numerators with numerators and denominators with
/// denominators (never an average of percentages), and the district's value and status come
/// from the sums, against the district's targets. Only the periods of the base plan count.
pub fn roll_up(district: &District, base: &Plan) -> RollUp {
    let mut schools: Vec<(String, Figures)> = Vec::new();
    for s in district
        .submissions
        .iter()
        .filter(|s| s.period.is_within(base))
    {
        let mut figures = s.figures.clone();
        figures.0.insert(
            QUARTERS.to_string(),
            Tally {
                total: Some(s.period.quarters()),
                female: None,
            },
        );
        match schools.iter_mut().find(|(n, _)| same_school(n, &s.school)) {
            Some((_, all)) => {
                all.insert(s.period, figures);
            }
            None => schools.push((s.school.clone(), Figures::from([(s.period, figures)]))),
        }
    }
    sort_names(&mut schools, |(n, _)| n);
    let own = with_quarters_counted(&district.plan(base));
    let mut plan = own.clone();
    let mut school_plan = own;
    for (ours, (theirs, school)) in plan
        .objectives
        .iter_mut()
        .flat_map(|o| &mut o.indicators)
        .zip(
            base.indicators().zip(
                school_plan
                    .objectives
                    .iter_mut()
                    .flat_map(|o| &mut o.indicators),
            ),
        )
    {
        if matches!(ours.measure, Measure::Count { .. }) {
            school.milestones = theirs.milestones.clone();
            school.baseline = theirs.baseline;
            if !district.targets.iter().any(|t| t.indicator == ours.id) {
                let n = schools.len().max(1) as f64;
                for m in &mut ours.milestones {
                    m.value *= n;
                }
                if let Some(b) = &mut ours.baseline {
                    b.value *= n;
                    b.female = b.female.map(|x| x * n);
                    b.male = b.male.map(|x| x * n);
                }
            }
        }
    }
    let periods = Period::all(&plan);
    let mut counted = Vec::new();
    let district_progress = progress::compute_each(&plan, &mut |indicator: &Indicator| {
        let mut sums = Figures::new();
        let mut counts = Vec::new();
        for &period in &periods {
            let with_value: Vec<&PeriodFigures> = schools
                .iter()
                .filter_map(|(_, f)| f.get(&period))
                .filter(|f| value_of(indicator, f, period).is_some())
                .collect();
            if let Some(sum) = sum(&with_value) {
                sums.insert(period, sum);
            }
            counts.push((period, with_value.len()));
        }
        counted.push(counts);
        Cow::Owned(sums)
    });
    let schools = schools
        .into_iter()
        .map(|(name, figures)| SchoolProgress {
            progress: progress::compute(&school_plan, &figures),
            name,
        })
        .collect();
    RollUp {
        plan,
        school_plan,
        schools,
        district: district_progress,
        counted,
    }
}

/// The figures added up field by field. A part is added up only where every school has it,
/// so that the women's part of a sum is never the women of only some of its schools.
fn sum(all: &[&PeriodFigures]) -> Option<PeriodFigures> {
    let (first, rest) = all.split_first()?;
    let mut out = (*first).clone();
    for figures in rest {
        for (field, tally) in out.0.iter_mut() {
            let other = figures.tally(field);
            let add = |a: Option<u32>, b: Option<u32>| Some(a?.saturating_add(b?));
            tally.total = add(tally.total, other.total);
            tally.female = add(tally.female, other.female);
        }
    }
    Some(out)
}

/// The plan with every "quarters in the period" term read from the [`QUARTERS`] field.
fn with_quarters_counted(plan: &Plan) -> Plan {
    let mut plan = plan.clone();
    let counted = |term: &mut Term| {
        if *term == Term::QuartersInPeriod {
            *term = Term::field(QUARTERS, super::plan::Part::Total);
        }
    };
    for objective in &mut plan.objectives {
        for indicator in &mut objective.indicators {
            match &mut indicator.measure {
                Measure::Ratio {
                    numerator,
                    denominator,
                } => {
                    counted(numerator);
                    counted(denominator);
                }
                Measure::Count { term, .. } => counted(term),
            }
        }
    }
    plan
}

/// Whether a school sent a period's data, and when against the deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sending {
    OnTime(NaiveDate),
    /// Sent this many days after the deadline.
    Late(NaiveDate, i64),
    /// Not sent, and the deadline has passed.
    Missing,
    /// Not sent yet, before the deadline.
    NotYet,
}

/// Where a school stands for a period's report.
pub fn sending(school: &School, plan: &Plan, period: Period, today: NaiveDate) -> Sending {
    let due = period.due_date(&plan.reporting);
    match (school.submission(period), due) {
        (Some(s), Some(due)) if s.sent_on > due => {
            Sending::Late(s.sent_on, (s.sent_on - due).num_days())
        }
        (Some(s), _) => Sending::OnTime(s.sent_on),
        (None, Some(due)) if today > due => Sending::Missing,
        (None, _) => Sending::NotYet,
    }
}

/// One school's standing for a period, as the tracker shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub school: String,
    pub sending: Sending,
    /// The name of the file kept for the period; empty when none was sent.
    pub file: String,
    /// Every period the school sent, oldest first.
    pub sent: Vec<Period>,
}

/// How many schools stand where, for the tracker's summary line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SendingCounts {
    pub on_time: usize,
    pub late: usize,
    pub missing: usize,
    pub not_yet: usize,
}

impl District {
    /// Every school's standing for `period` (the expected ones and those that sent), judged
    /// against `plan`'s deadlines on `today`.
    pub fn standings(&self, plan: &Plan, period: Period, today: NaiveDate) -> Vec<Standing> {
        let periods = self.periods();
        self.schools()
            .into_iter()
            .map(|school| Standing {
                sending: sending(&school, plan, period, today),
                file: school
                    .submission(period)
                    .map(|s| s.file.clone())
                    .unwrap_or_default(),
                sent: periods
                    .iter()
                    .copied()
                    .filter(|p| school.submission(*p).is_some())
                    .collect(),
                school: school.name,
            })
            .collect()
    }

    /// Takes the list of expected schools as the office typed it, a name a line: blank lines
    /// and a school written twice (in other spaces or case) are left out.
    pub fn set_expected(&mut self, names: impl Iterator<Item = String>) {
        let mut list: Vec<String> = Vec::new();
        for name in names {
            let name = name.trim();
            if !name.is_empty() && !list.iter().any(|n| same_school(n, name)) {
                list.push(name.to_string());
            }
        }
        self.expected = list;
    }
}

impl SendingCounts {
    pub fn of(standings: &[Standing]) -> SendingCounts {
        let mut counts = SendingCounts::default();
        for s in standings {
            let count = match s.sending {
                Sending::OnTime(_) => &mut counts.on_time,
                Sending::Late(..) => &mut counts.late,
                Sending::Missing => &mut counts.missing,
                Sending::NotYet => &mut counts.not_yet,
            };
            *count += 1;
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
    use crate::defaults::hoa_mai;
    use crate::domain::plan::Part;
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
        let roll = roll_up(&district, &hoa_mai());
        let value = roll
            .district
            .indicator("3b")
            .and_then(|p| p.at(Period::half(2026)))
            .and_then(|p| p.value)
            .expect("a district value");
        assert_eq!((value.numerator, value.denominator), (Some(10), Some(40)));
        assert_eq!(value.total, 25.0);
        assert_eq!(roll.counted("3b", Period::half(2026)), 2);
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
        let roll = roll_up(&district, &hoa_mai());
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
        let roll = roll_up(&district, &hoa_mai());
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
        let roll = roll_up(&district, &hoa_mai());
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
        assert_eq!(District::from_json(&district.to_json()), Ok(district));
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
