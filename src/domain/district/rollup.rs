//! The district's roll-up: every school's progress and the district's, from summed figures.

use std::borrow::Cow;

use super::{same_school, sort_names, District};
use crate::domain::figures::{Figures, PeriodFigures, Tally};
use crate::domain::period::Period;
use crate::domain::plan::{Indicator, Measure, Plan, Term};
use crate::domain::progress::{self, value_of, Progress};

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
