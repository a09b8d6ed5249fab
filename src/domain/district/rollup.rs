//! The district's roll-up: every school's progress and the district's, from summed figures.

use std::borrow::Cow;
use std::collections::hash_map::{Entry, HashMap};

use super::plans::{departures, Departure, Level};
use super::{key, sort_names, District, Submission};
use crate::domain::figures::{Figures, PeriodFigures, Tally};
use crate::domain::period::Period;
use crate::domain::plan::{Indicator, Measure, Plan, Term};
use crate::domain::progress::{self, value_of, Progress, Status};

/// Stands for [`Term::QuartersInPeriod`] once schools are added up: each school counts the
/// quarters of the period, so that "quarters with a column on the website" over "quarters" is
/// the share of school-quarters in a district, as it is the share of quarters in a school.
const QUARTERS: &str = "quarters_in_period";

/// One school's progress.
#[derive(Clone, Debug, PartialEq)]
pub struct SchoolProgress {
    pub name: String,
    pub level: Level,
    /// Where its plan departs from the office's, it is not applicable (and not missing data).
    pub progress: Progress,
    pub departures: Departures,
}

/// Where a school's plan departed from the office's: by indicator id and period.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Departures(Vec<(String, Period, Departure)>);

impl Departures {
    /// How the school's plan departed from the office's indicator when it sent the period.
    pub fn of(&self, indicator: &str, period: Period) -> Option<&Departure> {
        self.0
            .iter()
            .find(|(i, p, _)| i == indicator && *p == period)
            .map(|(_, _, d)| d)
    }

    fn departs(&self, indicator: &str, period: Period) -> bool {
        self.of(indicator, period).is_some()
    }

    /// Whether the school's plan departed from the office's indicator in any period.
    fn touch(&self, indicator: &str) -> bool {
        self.0.iter().any(|(i, _, _)| i == indicator)
    }
}

/// How many schools an indicator's value of one period adds up, and how many could.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counted {
    /// Schools that sent the period.
    pub sent: usize,
    /// Of those, the schools whose plan measures the indicator as the office's.
    pub following: usize,
    /// Of those, the schools with a value: the ones the district's value adds up.
    pub with_value: usize,
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
    /// In alphabetical order; only schools (or, one level up, offices) that sent figures (of
    /// the level chosen).
    pub schools: Vec<SchoolProgress>,
    pub district: Progress,
    /// How many schools each indicator's district value adds up, per period, in the plan's
    /// indicator order.
    pub counted: Vec<Vec<(Period, Counted)>>,
    /// The figures each indicator's district value is computed from, per period, in the plan's
    /// indicator order: what the level above adds up.
    pub sums: Vec<Figures>,
    /// The schools a count's target (a school's) is multiplied by: every school that sent a
    /// period, an office counting for all of its own.
    pub school_count: u32,
}

impl RollUp {
    /// How many schools the district's value of an indicator in a period adds up.
    pub fn counted(&self, indicator: &str, period: Period) -> Counted {
        self.plan
            .indicators()
            .position(|i| i.id == indicator)
            .and_then(|n| self.counted[n].iter().find(|(p, _)| *p == period))
            .map_or(Counted::default(), |(_, n)| *n)
    }
}

/// A school's submissions, by period, with the figures the roll-up reads.
struct Sent<'a> {
    name: String,
    periods: Vec<(&'a Submission, PeriodFigures)>,
    departures: Departures,
}

/// Rolls the schools' figures up: for every indicator and period, the figures of the schools
/// that have a value for it are added up, numerators with numerators and denominators with
/// denominators (never an average of percentages), and the district's value and status come
/// from the sums, against the district's targets. Only the periods of the base plan count, only
/// the schools of `level` when one is given, and a school's figures count for an indicator only
/// where its plan measures it as `base` does (`plans::departures`).
pub fn roll_up(district: &District, base: &Plan, level: Option<Level>) -> RollUp {
    let mut schools: Vec<Sent> = Vec::new();
    // By folded name: 300 schools of four periods each are grouped here.
    let mut at: HashMap<String, usize> = HashMap::new();
    for s in district
        .submissions
        .iter()
        .filter(|s| s.period.is_within(base) && level.is_none_or(|l| Level::of(&s.school) == l))
    {
        let mut figures = s.figures.clone();
        // An office's sums count its schools' quarters already.
        if s.office_sums.is_none() {
            figures.0.insert(
                QUARTERS.to_string(),
                Tally {
                    total: Some(s.period.quarters()),
                    female: None,
                },
            );
        }
        let school = match at.entry(key(&s.school)) {
            Entry::Occupied(n) => &mut schools[*n.get()],
            Entry::Vacant(n) => {
                n.insert(schools.len());
                schools.push(Sent {
                    name: s.school.clone(),
                    periods: Vec::new(),
                    departures: Departures::default(),
                });
                schools.last_mut().expect("just pushed")
            }
        };
        // Judged against the base plan's indicators, whose terms are the schools' own (before
        // the quarters are counted).
        for (indicator, departure) in departures(s.measured.as_deref(), base) {
            school
                .departures
                .0
                .push((indicator.to_string(), s.period, departure));
        }
        // An indicator of an office's plan that none of its schools follow is not applicable
        // to the office, as to a school that marked it so.
        if let Some(sums) = &s.office_sums {
            for indicator in base.indicators() {
                if sums.of(&indicator.code).is_none()
                    && !school.departures.departs(&indicator.id, s.period)
                {
                    school.departures.0.push((
                        indicator.id.clone(),
                        s.period,
                        Departure::NotApplicable(String::new()),
                    ));
                }
            }
        }
        school.periods.push((s, figures));
    }
    sort_names(&mut schools, |s| &s.name);
    let school_count = schools
        .iter()
        .fold(0u32, |n, s| n.saturating_add(s.school_count()));
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
                times(ours, school_count.max(1));
            }
        }
    }
    let periods = Period::all(&plan);
    let mut counted = Vec::new();
    let mut all_sums = Vec::new();
    let district_progress = progress::compute_each(&plan, &mut |indicator: &Indicator| {
        let mut sums = Figures::new();
        let mut counts = Vec::new();
        for &period in &periods {
            let mut count = Counted::default();
            let mut with_value: Vec<&PeriodFigures> = Vec::new();
            for school in &schools {
                let Some((s, f)) = school.periods.iter().find(|(s, _)| s.period == period) else {
                    continue;
                };
                count.sent = count.sent.saturating_add(s.schools() as usize);
                if school.departures.departs(&indicator.id, period) {
                    continue;
                }
                let (following, brought) = share(s, f, &indicator.code);
                count.following = count.following.saturating_add(following as usize);
                if let Some((f, n)) =
                    brought.filter(|(f, _)| value_of(indicator, f, period).is_some())
                {
                    with_value.push(f);
                    count.with_value = count.with_value.saturating_add(n as usize);
                }
            }
            if let Some(sum) = sum(&with_value) {
                sums.insert(period, sum);
            }
            counts.push((period, count));
        }
        counted.push(counts);
        all_sums.push(sums.clone());
        Cow::Owned(sums)
    });
    let schools = schools
        .into_iter()
        .map(|school| school_progress(&school_plan, &periods, school))
        .collect();
    RollUp {
        plan,
        school_plan,
        schools,
        district: district_progress,
        counted,
        sums: all_sums,
        school_count,
    }
}

/// A school judged against `plan`: an indicator its plan departs from in every period it sent
/// is not applicable to it; one it departs from in some periods is not applicable in those. An
/// office is judged on its sums, against count targets times its schools.
fn school_progress(plan: &Plan, periods: &[Period], school: Sent) -> SchoolProgress {
    let departures = &school.departures;
    let office = school.periods.iter().any(|(s, _)| s.office_sums.is_some());
    let mut plan = plan.clone();
    for indicator in plan.objectives.iter_mut().flat_map(|o| &mut o.indicators) {
        if school
            .periods
            .iter()
            .all(|(s, _)| departures.departs(&indicator.id, s.period))
        {
            indicator.not_applicable = Some(String::new());
        }
        if office && matches!(indicator.measure, Measure::Count { .. }) {
            times(indicator, school.school_count());
        }
    }
    // An office's figures are read indicator by indicator, from its sums.
    let figures: Figures = match office {
        true => Figures::new(),
        false => school
            .periods
            .iter()
            .map(|(s, f)| (s.period, f.clone()))
            .collect(),
    };
    let mut progress = progress::compute_each(&plan, &mut |indicator: &Indicator| {
        if !office && !departures.touch(&indicator.id) {
            return Cow::Borrowed(&figures);
        }
        let own: Figures = periods
            .iter()
            .filter(|p| !departures.departs(&indicator.id, **p))
            .filter_map(|p| {
                let (s, f) = school.periods.iter().find(|(s, _)| s.period == *p)?;
                let (f, _) = share(s, f, &indicator.code).1?;
                Some((*p, f.clone()))
            })
            .collect();
        Cow::Owned(own)
    });
    for row in &mut progress.indicators {
        for at in &mut row.periods {
            if departures.departs(&row.id, at.period) {
                at.status = Status::NotApplicable;
                at.value = None;
            }
        }
    }
    SchoolProgress {
        level: Level::of(&school.name),
        name: school.name,
        progress,
        departures: school.departures,
    }
}

impl Sent<'_> {
    /// How many schools it stands for: one, or every school of an office's roll-up.
    fn school_count(&self) -> u32 {
        self.periods
            .iter()
            .filter_map(|(s, _)| s.office_sums.as_ref().map(|o| o.school_count))
            .max()
            .unwrap_or(1)
    }
}

/// What one submission brings to the indicator of `code`: how many schools follow it, and the
/// figures its value comes from with how many schools they add up. A school brings its own
/// figures; an office the sums of its schools of that code, if any of them have a value.
fn share<'a>(
    s: &'a Submission,
    figures: &'a PeriodFigures,
    code: &str,
) -> (u32, Option<(&'a PeriodFigures, u32)>) {
    let Some(office) = &s.office_sums else {
        return (1, Some((figures, 1)));
    };
    match office.of(code) {
        None => (0, None),
        Some(sum) => (
            sum.following,
            (sum.with_value > 0).then_some((&sum.figures, sum.with_value)),
        ),
    }
}

/// A count's targets and baseline for `n` schools, from one school's.
fn times(indicator: &mut Indicator, n: u32) {
    let n = f64::from(n);
    for m in &mut indicator.milestones {
        m.value *= n;
    }
    if let Some(b) = &mut indicator.baseline {
        b.value *= n;
        b.female = b.female.map(|x| x * n);
        b.male = b.male.map(|x| x * n);
    }
}

impl District {
    /// Every figure of `period` added up over the schools that sent it (of `level`, if one
    /// is given): the situation the office's own report opens with.
    pub fn summed(&self, period: Period, level: Option<Level>) -> Option<PeriodFigures> {
        let all: Vec<&PeriodFigures> = self
            .submissions
            .iter()
            .filter(|s| s.period == period && level.is_none_or(|l| Level::of(&s.school) == l))
            .map(|s| &s.figures)
            .collect();
        sum(&all)
    }
}

/// The figures added up field by field. A part is added up only where every school has it,
/// so that the women's part of a sum is never the women of only some of its schools.
pub(super) fn sum(all: &[&PeriodFigures]) -> Option<PeriodFigures> {
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
pub(super) fn with_quarters_counted(plan: &Plan) -> Plan {
    let mut plan = plan.clone();
    let counted = |term: &mut Term| {
        if *term == Term::QuartersInPeriod {
            *term = Term::field(QUARTERS, crate::domain::plan::Part::Total);
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
