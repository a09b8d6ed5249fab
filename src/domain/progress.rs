//! The progress engine: for every indicator and period, the value, the value expected on the
//! path to the targets, a status and a forecast. The rules are written out in
//! `docs/progress.md`, with the hand-worked examples tested here.

use std::borrow::Cow;

use serde::Serialize;

use super::figures::Figures;
use super::period::{Period, PeriodKind};
use super::plan::{Indicator, Measure, Milestone, Objective, Part, Plan, Sense, Term};

/// A value below this share of the expected value is off track rather than behind.
pub const BEHIND_THRESHOLD: f64 = 0.9;

/// Where an indicator stands. Ordered from best to worst among the statuses with data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    OnTrack,
    /// A value, but no path to judge its pace against yet: before the first milestone, with no
    /// baseline stated ("chưa đủ số liệu để đánh giá tiến độ").
    PaceUnknown,
    Behind,
    OffTrack,
    NoData,
    NotApplicable,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Met,
        Status::OnTrack,
        Status::PaceUnknown,
        Status::Behind,
        Status::OffTrack,
        Status::NoData,
        Status::NotApplicable,
    ];

    /// Off track or behind: the dashboard lists these under "needs attention".
    pub fn needs_attention(self) -> bool {
        matches!(self, Status::Behind | Status::OffTrack)
    }

    fn has_data(self) -> bool {
        !matches!(self, Status::NoData | Status::NotApplicable)
    }
}

/// An indicator's value in one period: the total and, where followed apart, each sex.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Value {
    pub total: f64,
    pub female: Option<f64>,
    pub male: Option<f64>,
    /// The numbers behind a ratio's total, shown next to the percentage.
    pub numerator: Option<u32>,
    pub denominator: Option<u32>,
}

/// One indicator in one period.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodProgress {
    pub period: Period,
    pub value: Option<Value>,
    /// On the path to the targets; `None` where the pace cannot be judged.
    pub expected: Option<f64>,
    /// Each sex's own path, from its own baseline where the school stated one.
    pub female_expected: Option<f64>,
    pub male_expected: Option<f64>,
    /// The target this period works toward (a yearly target's share, in a 6-month review).
    pub target: Option<f64>,
    pub status: Status,
    pub female_status: Option<Status>,
    pub male_status: Option<Status>,
    /// The latest milestone whose year has passed, if the value does not meet it.
    pub missed: Option<Milestone>,
}

/// Where the trend of the values leads by the next milestone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Forecast {
    pub year: i32,
    pub value: f64,
    pub target: f64,
    pub meets: bool,
}

/// One indicator over the whole plan.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorProgress {
    pub id: String,
    /// Every period of the plan, in order.
    pub periods: Vec<PeriodProgress>,
    /// The latest period with a value.
    pub latest: Option<usize>,
    pub status: Status,
    pub forecast: Option<Forecast>,
}

impl IndicatorProgress {
    pub fn latest(&self) -> Option<&PeriodProgress> {
        self.latest.map(|i| &self.periods[i])
    }

    pub fn at(&self, period: Period) -> Option<&PeriodProgress> {
        self.periods.iter().find(|p| p.period == period)
    }
}

/// How many indicators are in each status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub met: usize,
    pub on_track: usize,
    pub pace_unknown: usize,
    pub behind: usize,
    pub off_track: usize,
    pub no_data: usize,
    pub not_applicable: usize,
}

impl StatusCounts {
    pub fn add(&mut self, status: Status) {
        *self.slot(status) += 1;
    }

    pub fn get(&self, status: Status) -> usize {
        let mut copy = *self;
        *copy.slot(status)
    }

    fn slot(&mut self, status: Status) -> &mut usize {
        match status {
            Status::Met => &mut self.met,
            Status::OnTrack => &mut self.on_track,
            Status::PaceUnknown => &mut self.pace_unknown,
            Status::Behind => &mut self.behind,
            Status::OffTrack => &mut self.off_track,
            Status::NoData => &mut self.no_data,
            Status::NotApplicable => &mut self.not_applicable,
        }
    }

    /// Indicators that count in roll-ups: all but the not applicable ones.
    pub fn applicable(&self) -> usize {
        self.with_data() + self.no_data
    }

    /// Met or on track, among those with data.
    pub fn on_course(&self) -> usize {
        self.met + self.on_track
    }

    pub fn with_data(&self) -> usize {
        self.met + self.on_track + self.pace_unknown + self.behind + self.off_track
    }
}

/// An objective rolled up from its indicators.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectiveProgress {
    pub id: String,
    pub counts: StatusCounts,
    /// The worst status among its applicable indicators with data.
    pub status: Status,
}

/// The whole plan's progress.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub indicators: Vec<IndicatorProgress>,
    pub objectives: Vec<ObjectiveProgress>,
    pub counts: StatusCounts,
}

impl Progress {
    pub fn indicator(&self, id: &str) -> Option<&IndicatorProgress> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn objective(&self, id: &str) -> Option<&ObjectiveProgress> {
        self.objectives.iter().find(|o| o.id == id)
    }

    /// What the dashboard's "needs attention" lists: [`Progress::needs_attention`], then the
    /// indicators whose pace cannot be judged yet, in the plan's order; the school must act on
    /// both.
    pub fn to_act_on(&self) -> Vec<&IndicatorProgress> {
        let mut list = self.needs_attention();
        list.extend(
            self.indicators
                .iter()
                .filter(|i| i.status == Status::PaceUnknown),
        );
        list
    }

    /// Indicators behind or off track, the worst first.
    pub fn needs_attention(&self) -> Vec<&IndicatorProgress> {
        let list: Vec<&IndicatorProgress> = self
            .indicators
            .iter()
            .filter(|i| i.status.needs_attention())
            .collect();
        // Worst first; within a status, in the plan's order.
        super::order_by_key(list.iter().map(|i| -(i.status as i64)))
            .into_iter()
            .map(|n| list[n])
            .collect()
    }
}

/// Computes the progress of every indicator of the plan from the recorded figures.
pub fn compute(plan: &Plan, figures: &Figures) -> Progress {
    compute_each(plan, &mut |_| Cow::Borrowed(figures))
}

/// [`compute`] with each indicator's figures of its own: a district's sums differ by
/// indicator, since each adds up only the schools with a value for it.
pub fn compute_each<'a>(
    plan: &Plan,
    figures_of: &mut dyn FnMut(&Indicator) -> Cow<'a, Figures>,
) -> Progress {
    let periods = Period::all(plan);
    let indicators: Vec<IndicatorProgress> = plan
        .indicators()
        .map(|ind| indicator_progress(ind, &figures_of(ind), &periods))
        .collect();
    let objectives = plan
        .objectives
        .iter()
        .map(|o| roll_up(o, &indicators))
        .collect();
    let mut counts = StatusCounts::default();
    for i in &indicators {
        counts.add(i.status);
    }
    Progress {
        indicators,
        objectives,
        counts,
    }
}

fn roll_up(objective: &Objective, all: &[IndicatorProgress]) -> ObjectiveProgress {
    let mut counts = StatusCounts::default();
    for ind in &objective.indicators {
        if let Some(p) = all.iter().find(|p| p.id == ind.id) {
            counts.add(p.status);
        }
    }
    let status = Status::ALL
        .into_iter()
        .filter(|s| s.has_data() && counts.get(*s) > 0)
        .max()
        .unwrap_or(if counts.applicable() == 0 && counts.not_applicable > 0 {
            Status::NotApplicable
        } else {
            Status::NoData
        });
    ObjectiveProgress {
        id: objective.id.clone(),
        counts,
        status,
    }
}

/// The value of an indicator from one period's figures.
pub fn value_of(
    indicator: &Indicator,
    figures: &super::figures::PeriodFigures,
    period: Period,
) -> Option<Value> {
    let part_of = |term: &Term, part: Part| -> Option<u32> {
        match (term, part) {
            (Term::Field { field, part: own }, Part::Total) => figures.tally(field).get(*own),
            (Term::Field { field, .. }, part) => figures.tally(field).get(part),
            (Term::QuartersInPeriod, _) => Some(period.quarters()),
        }
    };
    // Women's and men's parts are looked up only where the indicator follows them.
    let by_sex = indicator.by_sex;
    let (total, female, male, numerator, denominator) = match &indicator.measure {
        Measure::Ratio {
            numerator,
            denominator,
        } => {
            let ratio = |part| percent(part_of(numerator, part)?, part_of(denominator, part)?);
            let (num, den) = (
                part_of(numerator, Part::Total),
                part_of(denominator, Part::Total),
            );
            (
                percent(num?, den?)?,
                by_sex.then(|| ratio(Part::Female)).flatten(),
                by_sex.then(|| ratio(Part::Male)).flatten(),
                num,
                den,
            )
        }
        Measure::Count { term, .. } => {
            let count = |part| part_of(term, part).map(f64::from);
            (
                count(Part::Total)?,
                by_sex.then(|| count(Part::Female)).flatten(),
                by_sex.then(|| count(Part::Male)).flatten(),
                None,
                None,
            )
        }
    };
    Some(Value {
        total,
        female,
        male,
        numerator,
        denominator,
    })
}

/// A percentage; a zero denominator gives no value rather than a division by zero.
fn percent(num: u32, den: u32) -> Option<f64> {
    (den > 0).then(|| num as f64 * 100.0 / den as f64)
}

/// Rounds to what the user sees (0.1 percentage point, or one person), so that a value shown
/// equal to its target or expected value is judged equal to it.
fn shown(indicator: &Indicator, x: f64) -> f64 {
    match indicator.measure {
        Measure::Ratio { .. } => (x * 10.0).round() / 10.0,
        Measure::Count { .. } => x.round(),
    }
}

fn indicator_progress(
    indicator: &Indicator,
    figures: &Figures,
    periods: &[Period],
) -> IndicatorProgress {
    let applicable = indicator.is_applicable();
    let milestones = indicator.milestones_by_year();
    let rows: Vec<PeriodProgress> = periods
        .iter()
        .map(|&period| {
            let value = figures
                .get(&period)
                .and_then(|f| value_of(indicator, f, period));
            let (t, share) = when(indicator, period);
            let expected_of =
                |part| expected_on(indicator, &milestones, part, t).map(|e| e * share);
            let due = target_milestone(&milestones, period.year);
            let target = due.map(|m| m.value * share);
            // At its milestone's year (or after the last one) a target not met is not on track.
            let due_now = due.is_some_and(|m| m.year as f64 <= t);
            let (expected, female_expected, male_expected) = (
                expected_of(Part::Total),
                expected_of(Part::Female),
                expected_of(Part::Male),
            );
            let judge = |v: Option<f64>, expected: Option<f64>| -> Option<Status> {
                v.map(|v| {
                    if applicable {
                        status_of(indicator, v, expected, target, due_now)
                    } else {
                        Status::NotApplicable
                    }
                })
            };
            let female_status = judge(value.and_then(|v| v.female), female_expected);
            let male_status = judge(value.and_then(|v| v.male), male_expected);
            let status = match (applicable, value) {
                (false, _) => Status::NotApplicable,
                (true, None) => Status::NoData,
                (true, Some(v)) => match (female_status, male_status) {
                    // Both girls and boys must reach the target: the worse of the two counts.
                    (Some(f), Some(m)) => f.max(m),
                    _ => status_of(indicator, v.total, expected, target, due_now),
                },
            };
            // A yearly target's value counts only its own year: it says nothing of years past.
            // Nor is a milestone "missed" by a value that meets the target it now works toward
            // (a plan whose targets fall).
            let missed = value
                .filter(|_| !indicator.yearly && status != Status::Met)
                .and_then(|v| {
                    milestones
                        .iter()
                        .rfind(|m| (m.year as f64) < t)
                        .filter(|m| !meets(indicator, v.total, m.value))
                        .copied()
                });
            PeriodProgress {
                period,
                value,
                expected,
                female_expected,
                male_expected,
                target,
                status,
                female_status,
                male_status,
                missed,
            }
        })
        .collect();
    let latest = rows.iter().rposition(|r| r.value.is_some());
    let status = match latest {
        _ if !applicable => Status::NotApplicable,
        Some(i) => rows[i].status,
        None => Status::NoData,
    };
    let forecast = forecast(indicator, &milestones, &rows);
    IndicatorProgress {
        id: indicator.id.clone(),
        periods: rows,
        latest,
        status,
        forecast,
    }
}

/// Where a period is judged on the time line, and the share of a milestone it must reach: a
/// yearly target's 6-month review is judged at its year on half the year's target.
fn when(indicator: &Indicator, period: Period) -> (f64, f64) {
    match (indicator.yearly, period.kind) {
        (true, PeriodKind::HalfYear) => (period.year as f64, 0.5),
        (true, PeriodKind::Annual) => (period.year as f64, 1.0),
        (false, _) => (period.position(), 1.0),
    }
}

/// Whether a value satisfies a target in the indicator's sense.
fn meets(indicator: &Indicator, value: f64, target: f64) -> bool {
    let (v, t) = (shown(indicator, value), shown(indicator, target));
    match indicator.sense {
        Sense::Above => v > t,
        Sense::AtLeast | Sense::Maintain => v >= t,
    }
}

fn status_of(
    indicator: &Indicator,
    value: f64,
    expected: Option<f64>,
    target: Option<f64>,
    due_now: bool,
) -> Status {
    if let Some(t) = target {
        if meets(indicator, value, t) {
            return Status::Met;
        }
    }
    // Without a path there is no pace to judge: never guessed as on track.
    let Some(e) = expected else {
        return Status::PaceUnknown;
    };
    let v = shown(indicator, value);
    if v >= shown(indicator, e) && !due_now {
        Status::OnTrack
    } else if v >= shown(indicator, e * BEHIND_THRESHOLD) {
        Status::Behind
    } else {
        Status::OffTrack
    }
}

/// The value of one part (the total, or one sex) expected at a position on the time line, on
/// the path to the targets (see `docs/progress.md`), or `None` where the pace cannot be judged.
///
/// - "maintain": the target of the year, from the plan's start;
/// - from the first milestone's year on: a straight line from each milestone to the next, flat
///   after the last one, so a milestone that has passed always stays expected;
/// - before the first milestone: a straight line from the baseline the school stated, and no
///   expected value without one.
pub fn expected_at(indicator: &Indicator, part: Part, t: f64) -> Option<f64> {
    expected_on(indicator, &indicator.milestones_by_year(), part, t)
}

/// [`expected_at`] on milestones already in year order, so that an indicator's milestones are
/// sorted once for all its periods rather than once per period.
fn expected_on(indicator: &Indicator, milestones: &[Milestone], part: Part, t: f64) -> Option<f64> {
    let first = *milestones.first()?;
    if indicator.sense == Sense::Maintain {
        return target_in(milestones, t.ceil() as i32);
    }
    let first_year = first.year as f64;
    if t < first_year {
        let baseline = indicator
            .baseline
            .filter(|b| (b.year as f64) < first_year)?;
        let (b, v0) = (baseline.year as f64, baseline.of(part));
        if t <= b {
            return Some(v0);
        }
        return Some(v0 + (first.value - v0) * (t - b) / (first_year - b));
    }
    let mut from = first;
    for &m in milestones {
        if m.year as f64 > t {
            let (t1, t2) = (from.year as f64, m.year as f64);
            return Some(from.value + (m.value - from.value) * (t - t1) / (t2 - t1));
        }
        from = m;
    }
    Some(from.value)
}

/// The target a year works toward, among milestones in year order: the milestone of that
/// year, else the next one, else the last one, which holds after its year.
pub fn target_in(milestones: &[Milestone], year: i32) -> Option<f64> {
    target_milestone(milestones, year).map(|m| m.value)
}

fn target_milestone(milestones: &[Milestone], year: i32) -> Option<Milestone> {
    milestones
        .iter()
        .find(|m| m.year >= year)
        .or(milestones.last())
        .copied()
}

/// A straight-line trend (least squares) through every value so far, read at the next
/// milestone after the latest value. Needs two values in different periods.
fn forecast(
    indicator: &Indicator,
    milestones: &[Milestone],
    rows: &[PeriodProgress],
) -> Option<Forecast> {
    // A yearly target's 6-month values count half a year: only whole years make its trend.
    let points: Vec<(f64, f64)> = rows
        .iter()
        .filter(|r| !indicator.yearly || r.period.kind == PeriodKind::Annual)
        .filter_map(|r| r.value.map(|v| (r.period.position(), v.total)))
        .collect();
    if points.len() < 2 {
        return None;
    }
    let n = points.len() as f64;
    let mean_t = points.iter().map(|p| p.0).sum::<f64>() / n;
    let mean_v = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|p| (p.0 - mean_t).powi(2)).sum();
    if sxx == 0.0 {
        return None;
    }
    let sxy: f64 = points.iter().map(|p| (p.0 - mean_t) * (p.1 - mean_v)).sum();
    let slope = sxy / sxx;
    let last_t = points[points.len() - 1].0;
    let next = milestones.iter().find(|m| m.year as f64 > last_t)?;
    let mut value = mean_v + slope * (next.year as f64 - mean_t);
    value = value.max(0.0);
    if matches!(indicator.measure, Measure::Ratio { .. }) {
        value = value.min(100.0);
    }
    Some(Forecast {
        year: next.year,
        value,
        target: next.value,
        meets: meets(indicator, value, next.value),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::figures::{PeriodFigures, Tally};
    use crate::domain::plan::Baseline;

    /// A ratio indicator on two single figures, "done" over "all".
    fn ratio(sense: Sense, milestones: &[(i32, f64)]) -> Indicator {
        Indicator {
            id: "x".into(),
            code: "x".into(),
            name: "x".into(),
            wording: "x".into(),
            measure: Measure::Ratio {
                numerator: Term::field("done", Part::Total),
                denominator: Term::field("all", Part::Total),
            },
            by_sex: false,
            sense,
            milestones: milestones
                .iter()
                .map(|&(year, value)| Milestone { year, value })
                .collect(),
            baseline: None,
            yearly: false,
            not_applicable: None,
            note: String::new(),
        }
    }

    /// Crèche access, 2.a: at least 65% by 2025 and 75% by 2030.
    fn creche() -> Indicator {
        ratio(Sense::AtLeast, &[(2025, 65.0), (2030, 75.0)])
    }

    fn stated(year: i32, value: f64) -> Option<Baseline> {
        Some(Baseline {
            year,
            value,
            female: None,
            male: None,
        })
    }

    /// 4.a: at least 350 parents reached in a year, by 2025 and by 2030.
    fn parents() -> Indicator {
        Indicator {
            measure: Measure::Count {
                term: Term::field("done", Part::Total),
                unit: "phụ huynh".into(),
            },
            yearly: true,
            ..ratio(Sense::AtLeast, &[(2025, 350.0), (2030, 350.0)])
        }
    }

    fn tally(total: u32, female: Option<u32>) -> Tally {
        Tally {
            total: Some(total),
            female,
        }
    }

    fn figures_of(points: &[(Period, u32, u32)]) -> Figures {
        points
            .iter()
            .map(|&(p, done, all)| {
                let mut f = PeriodFigures::default();
                f.0.insert("done".into(), tally(done, None));
                f.0.insert("all".into(), tally(all, None));
                (p, f)
            })
            .collect()
    }

    /// Figures split by sex: (period, done, girls done, all, girls of all).
    fn by_sex_figures(points: &[(Period, u32, u32, u32, u32)]) -> Figures {
        points
            .iter()
            .map(|&(p, done, done_f, all, all_f)| {
                let mut f = PeriodFigures::default();
                f.0.insert("done".into(), tally(done, Some(done_f)));
                f.0.insert("all".into(), tally(all, Some(all_f)));
                (p, f)
            })
            .collect()
    }

    fn periods() -> Vec<Period> {
        (2021..=2030)
            .flat_map(|y| [Period::half(y), Period::annual(y)])
            .collect()
    }

    fn run(ind: &Indicator, points: &[(Period, u32, u32)]) -> IndicatorProgress {
        indicator_progress(ind, &figures_of(points), &periods())
    }

    fn row(p: &IndicatorProgress, period: Period) -> &PeriodProgress {
        p.at(period).unwrap()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn design_example_expected_value_in_2023() {
        // Baseline 40% in 2022, target 65% in 2025: 40 + 25 x 1/3 = 48.33...
        let mut ind = creche();
        ind.baseline = stated(2022, 40.0);
        let e = expected_at(&ind, Part::Total, 2023.0).unwrap();
        assert!(close(e, 40.0 + 25.0 / 3.0));
        assert_eq!((e * 10.0).round() / 10.0, 48.3);
    }

    #[test]
    fn design_example_statuses() {
        let mut ind = creche();
        ind.baseline = stated(2022, 40.0);
        let status = |year, done| run(&ind, &[(Period::annual(year), done, 100)]).status;
        assert_eq!(status(2023, 50), Status::OnTrack);
        assert_eq!(status(2023, 30), Status::OffTrack);
        // 45% against 48.3% expected is within 90% of it (43.5%): behind, not off track.
        assert_eq!(status(2023, 45), Status::Behind);
        assert_eq!(status(2025, 66), Status::Met);
        // 90% in 2023 already meets the 65% that 2023 works toward.
        assert_eq!(status(2023, 90), Status::Met);
    }

    #[test]
    fn half_year_sits_half_way() {
        // 6-month review of 2023 sits at 2022.5: 40 + 25 x 0.5/3 = 44.17.
        let mut ind = creche();
        ind.baseline = stated(2022, 40.0);
        let e = expected_at(&ind, Part::Total, Period::half(2023).position()).unwrap();
        assert!(close(e, 40.0 + 25.0 * 0.5 / 3.0));
    }

    #[test]
    fn from_the_first_milestone_on_the_path_runs_between_milestones_without_a_baseline() {
        let ind = creche();
        assert!(close(expected_at(&ind, Part::Total, 2025.0).unwrap(), 65.0));
        // 65 + (75 - 65) x 2/5 = 69.
        assert!(close(expected_at(&ind, Part::Total, 2027.0).unwrap(), 69.0));
        assert!(close(expected_at(&ind, Part::Total, 2030.0).unwrap(), 75.0));
        assert!(close(expected_at(&ind, Part::Total, 2031.0).unwrap(), 75.0));
        // Before it, only a stated baseline gives a path.
        assert_eq!(expected_at(&ind, Part::Total, 2024.0), None);
    }

    #[test]
    fn forty_percent_in_2026_has_missed_2025_and_is_off_track() {
        // A school's first figure, typed in December 2026: 40% against 65% due in 2025.
        let p = run(&creche(), &[(Period::annual(2026), 40, 100)]);
        let r = row(&p, Period::annual(2026));
        // 65 + 10 x 1/5 = 67 expected; 90% of it is 60.3, and 40 is below.
        assert_eq!(r.expected, Some(67.0));
        assert_eq!(r.target, Some(75.0));
        assert_eq!(p.status, Status::OffTrack);
        assert_eq!(
            r.missed,
            Some(Milestone {
                year: 2025,
                value: 65.0
            })
        );
        // 62% is within 90% of 67% (60.3%): behind, and still the missed 2025 milestone.
        let p = run(&creche(), &[(Period::annual(2026), 62, 100)]);
        assert_eq!(p.status, Status::Behind);
        assert!(row(&p, Period::annual(2026)).missed.is_some());
    }

    #[test]
    fn a_passed_milestone_that_is_not_met_is_never_on_track_or_met() {
        for ind in [creche(), ratio(Sense::AtLeast, &[(2025, 9.1)])] {
            let due = ind.milestones[0].value;
            for year in 2026..=2030 {
                for done in 0..100u32 {
                    if f64::from(done) >= due {
                        continue;
                    }
                    let p = run(&ind, &[(Period::annual(year), done, 100)]);
                    assert!(
                        matches!(p.status, Status::Behind | Status::OffTrack),
                        "{done}% in {year} against {due}%: {:?}",
                        p.status
                    );
                }
            }
        }
    }

    #[test]
    fn a_hundred_parents_in_2026_are_off_track() {
        let p = run(&parents(), &[(Period::annual(2026), 100, 0)]);
        let r = row(&p, Period::annual(2026));
        assert_eq!(r.target, Some(350.0));
        assert_eq!(r.expected, Some(350.0));
        assert_eq!(p.status, Status::OffTrack);
    }

    #[test]
    fn a_six_month_review_counts_half_a_year_of_a_yearly_target() {
        // 360 parents in 2024, then 170 from January to June 2025.
        let p = run(
            &parents(),
            &[(Period::annual(2024), 360, 0), (Period::half(2025), 170, 0)],
        );
        assert_eq!(row(&p, Period::annual(2024)).status, Status::Met);
        let h1 = row(&p, Period::half(2025));
        // Half of 350 is 175; 170 is short of it but above 90% of it (157.5): behind.
        assert_eq!(h1.target, Some(175.0));
        assert_eq!(h1.expected, Some(175.0));
        assert_eq!(h1.status, Status::Behind);
        // 180 in the first half is the half-year's share met; the year's 350 is judged in the
        // annual review, on the whole year.
        let p = run(
            &parents(),
            &[(Period::half(2025), 180, 0), (Period::annual(2025), 340, 0)],
        );
        assert_eq!(row(&p, Period::half(2025)).status, Status::Met);
        assert_eq!(row(&p, Period::annual(2025)).target, Some(350.0));
        assert_eq!(row(&p, Period::annual(2025)).status, Status::Behind);
    }

    #[test]
    fn a_yearly_forecast_uses_whole_years_only() {
        // 200, 250, 300 parents in 2021-2023 (+50 a year), with small half-years between.
        let p = run(
            &parents(),
            &[
                (Period::annual(2021), 200, 0),
                (Period::half(2022), 20, 0),
                (Period::annual(2022), 250, 0),
                (Period::half(2023), 30, 0),
                (Period::annual(2023), 300, 0),
            ],
        );
        let f = p.forecast.unwrap();
        assert_eq!(f.year, 2025);
        assert!(close(f.value, 400.0));
        assert!(f.meets);
    }

    #[test]
    fn without_a_baseline_before_the_first_milestone_the_pace_is_not_judged() {
        let p = run(&creche(), &[(Period::annual(2023), 50, 100)]);
        let r = row(&p, Period::annual(2023));
        assert_eq!(r.expected, None);
        assert_eq!(r.status, Status::PaceUnknown);
        assert_eq!(p.forecast, None);
        // Reaching the target needs no path: it is met.
        let p = run(&creche(), &[(Period::annual(2023), 70, 100)]);
        assert_eq!(p.status, Status::Met);
        // 4.a (staff): 100% by 2030 only. In 2026 the pace needs the school's baseline...
        let mut staff = ratio(Sense::AtLeast, &[(2030, 100.0)]);
        let p = run(&staff, &[(Period::annual(2026), 60, 100)]);
        assert_eq!(p.status, Status::PaceUnknown);
        // ...and with 50% stated for 2021 the path gives 50 + 50 x 5/9 = 77.8% in 2026.
        staff.baseline = stated(2021, 50.0);
        let p = run(&staff, &[(Period::annual(2026), 60, 100)]);
        assert!(close(
            row(&p, Period::annual(2026)).expected.unwrap(),
            50.0 + 50.0 * 5.0 / 9.0
        ));
        assert_eq!(p.status, Status::OffTrack);
    }

    #[test]
    fn the_school_s_first_figure_is_never_its_own_baseline() {
        // Before: 45% as the first figure in 2023 was "expected" and so on track.
        let mut ind = creche();
        let p = run(&ind, &[(Period::annual(2023), 45, 100)]);
        assert_eq!(p.status, Status::PaceUnknown);
        // With the plan's 2021 figure stated (50%), 45% in 2023 is below the path:
        // 50 + 15 x 2/4 = 57.5 expected, 90% of it 51.8: off track.
        ind.baseline = stated(2021, 50.0);
        let p = run(&ind, &[(Period::annual(2023), 45, 100)]);
        assert_eq!(row(&p, Period::annual(2023)).expected, Some(57.5));
        assert_eq!(p.status, Status::OffTrack);
    }

    #[test]
    fn a_baseline_stated_after_the_first_milestone_changes_nothing() {
        let mut ind = creche();
        ind.baseline = stated(2026, 50.0);
        // The path from 65% (2025) to 75% (2030) holds: 67 in 2026, 69 in 2027.
        assert!(close(expected_at(&ind, Part::Total, 2027.0).unwrap(), 69.0));
        assert_eq!(expected_at(&ind, Part::Total, 2024.0), None);
    }

    #[test]
    fn a_value_before_the_baseline_is_judged_against_the_baseline() {
        let mut ind = ratio(Sense::AtLeast, &[(2025, 65.0)]);
        ind.baseline = stated(2023, 50.0);
        let p = run(&ind, &[(Period::annual(2021), 44, 100)]);
        assert_eq!(row(&p, Period::annual(2021)).expected, Some(50.0));
        assert_eq!(p.status, Status::OffTrack);
    }

    #[test]
    fn from_a_year_on_holds_after_its_only_milestone() {
        // "ít nhất 9,1% từ năm 2025 trở đi": 9.1% is expected in 2025 and every year after.
        let ind = ratio(Sense::AtLeast, &[(2025, 9.1)]);
        assert!(close(expected_at(&ind, Part::Total, 2028.0).unwrap(), 9.1));
        assert_eq!(target_in(&ind.milestones, 2029), Some(9.1));
        let p = run(&ind, &[(Period::annual(2028), 1, 10)]);
        assert_eq!(p.status, Status::Met);
    }

    #[test]
    fn maintain_is_expected_from_the_start() {
        let ind = ratio(Sense::Maintain, &[(2025, 100.0), (2030, 100.0)]);
        assert_eq!(expected_at(&ind, Part::Total, 2022.0), Some(100.0));
        let status = |done, all| run(&ind, &[(Period::annual(2022), done, all)]).status;
        assert_eq!(status(10, 10), Status::Met);
        assert_eq!(status(19, 20), Status::Behind);
        assert_eq!(status(8, 10), Status::OffTrack);
    }

    #[test]
    fn above_means_strictly_more() {
        let ind = ratio(Sense::Above, &[(2025, 10.0)]);
        let p = run(&ind, &[(Period::annual(2025), 1, 10)]);
        assert_eq!(p.status, Status::Behind);
        let p = run(&ind, &[(Period::annual(2025), 11, 100)]);
        assert_eq!(p.status, Status::Met);
    }

    #[test]
    fn zero_denominator_gives_no_data() {
        let ind = ratio(Sense::Maintain, &[(2025, 100.0)]);
        let p = run(&ind, &[(Period::annual(2023), 0, 0)]);
        assert_eq!(p.status, Status::NoData);
        assert_eq!(row(&p, Period::annual(2023)).value, None);
    }

    #[test]
    fn after_2025_the_2030_target_is_the_one_to_meet() {
        // 70% in 2026 is past 65% but not 75%; 67% is expected, so it is on track.
        let p = run(&creche(), &[(Period::annual(2026), 70, 100)]);
        assert_eq!(p.status, Status::OnTrack);
        assert_eq!(row(&p, Period::annual(2026)).missed, None);
    }

    #[test]
    fn forecast_follows_the_trend() {
        // 40, 45, 50 in 2021-2023: +5 a year gives 60 in 2025, short of 65.
        let p = run(
            &creche(),
            &[
                (Period::annual(2021), 40, 100),
                (Period::annual(2022), 45, 100),
                (Period::annual(2023), 50, 100),
            ],
        );
        let f = p.forecast.unwrap();
        assert_eq!(f.year, 2025);
        assert!(close(f.value, 60.0));
        assert!(!f.meets);
        // A steep trend is capped at 100%.
        let p = run(
            &creche(),
            &[
                (Period::annual(2022), 10, 100),
                (Period::annual(2023), 90, 100),
            ],
        );
        let f = p.forecast.unwrap();
        assert_eq!(f.value, 100.0);
        assert!(f.meets);
    }

    #[test]
    fn not_applicable_leaves_roll_ups_but_keeps_values() {
        let mut ind = ratio(Sense::AtLeast, &[(2025, 3.0)]);
        ind.not_applicable = Some("Trường mầm non không có tiến sĩ".into());
        let p = run(&ind, &[(Period::annual(2023), 0, 10)]);
        assert_eq!(p.status, Status::NotApplicable);
        assert!(row(&p, Period::annual(2023)).value.is_some());
        let objective = Objective {
            id: "o".into(),
            number: 1,
            title: "o".into(),
            indicators: vec![ind],
        };
        let rolled = roll_up(&objective, &[p]);
        assert_eq!(rolled.status, Status::NotApplicable);
        assert_eq!(rolled.counts.applicable(), 0);
    }

    #[test]
    fn girls_and_boys_are_judged_apart_on_the_target() {
        let mut ind = creche();
        ind.by_sex = true;
        // Annual review of 2025: done 70 (40 girls) of 100 (50 girls).
        let figures = by_sex_figures(&[(Period::annual(2025), 70, 40, 100, 50)]);
        let p = indicator_progress(&ind, &figures, &periods());
        let r = row(&p, Period::annual(2025));
        let v = r.value.unwrap();
        assert!(close(v.total, 70.0));
        assert!(close(v.female.unwrap(), 80.0));
        assert!(close(v.male.unwrap(), 60.0));
        assert_eq!(r.female_status, Some(Status::Met));
        // Boys: 60% against 65% due now; 90% of 65 is 58.5, so behind.
        assert_eq!(r.male_status, Some(Status::Behind));
        // 70% in total meets 65%, but the boys' 60% does not: the indicator is not met.
        assert_eq!(r.status, Status::Behind);
    }

    #[test]
    fn a_sex_above_the_target_s_path_is_never_behind_because_the_other_is_higher() {
        let mut ind = creche();
        ind.by_sex = true;
        // 2024: 75% as the first figure; 2026: 71.7% in all, girls 70.7%, boys 72.7%.
        let figures = by_sex_figures(&[
            (Period::annual(2024), 1500, 740, 2000, 1000),
            (Period::annual(2026), 1434, 707, 2000, 1000),
        ]);
        let p = indicator_progress(&ind, &figures, &periods());
        let r = row(&p, Period::annual(2026));
        assert!(close(r.value.unwrap().total, 71.7));
        assert!(close(r.value.unwrap().female.unwrap(), 70.7));
        // Each is above the 67% expected on the way from 65% (2025) to 75% (2030).
        assert_eq!(r.female_status, Some(Status::OnTrack));
        assert_eq!(r.male_status, Some(Status::OnTrack));
        assert_eq!(p.status, Status::OnTrack);
    }

    #[test]
    fn each_sex_follows_its_own_stated_baseline() {
        let mut ind = creche();
        ind.by_sex = true;
        ind.baseline = Some(Baseline {
            year: 2022,
            value: 40.0,
            female: Some(30.0),
            male: None,
        });
        // 2023: girls expected 30 + 35 x 1/3 = 41.7; boys (no own baseline) 48.3 like all.
        let figures = by_sex_figures(&[(Period::annual(2023), 92, 42, 200, 100)]);
        let p = indicator_progress(&ind, &figures, &periods());
        let r = row(&p, Period::annual(2023));
        assert!(close(r.female_expected.unwrap(), 30.0 + 35.0 / 3.0));
        assert!(close(r.male_expected.unwrap(), 40.0 + 25.0 / 3.0));
        // Girls 42% are on their path; boys 50% on theirs; 46% in all is behind the total's.
        assert_eq!(r.female_status, Some(Status::OnTrack));
        assert_eq!(r.male_status, Some(Status::OnTrack));
        assert_eq!(r.status, Status::OnTrack);
    }

    #[test]
    fn values_are_judged_as_they_are_shown() {
        // 1 of 16 is 6.25%, shown as 6,3% and judged as 6.3%: at least 6.3% is met.
        let ind = ratio(Sense::AtLeast, &[(2025, 6.3)]);
        let p = run(&ind, &[(Period::annual(2025), 1, 16)]);
        assert_eq!(p.status, Status::Met);
        assert_eq!(
            crate::i18n::format_percent(crate::i18n::Lang::Vi, 6.25),
            "6,3%"
        );
    }

    fn with_status(id: &str, status: Status) -> IndicatorProgress {
        IndicatorProgress {
            id: id.into(),
            periods: vec![],
            latest: None,
            status,
            forecast: None,
        }
    }

    #[test]
    fn needs_attention_lists_the_worst_first_in_plan_order() {
        let progress = Progress {
            indicators: vec![
                with_status("a", Status::Behind),
                with_status("b", Status::OffTrack),
                with_status("c", Status::Met),
                with_status("d", Status::Behind),
                with_status("e", Status::OffTrack),
                with_status("f", Status::PaceUnknown),
            ],
            objectives: vec![],
            counts: StatusCounts::default(),
        };
        let ids: Vec<&str> = progress
            .needs_attention()
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(ids, ["b", "e", "a", "d"]);
        let to_act_on: Vec<&str> = progress.to_act_on().iter().map(|i| i.id.as_str()).collect();
        assert_eq!(to_act_on, ["b", "e", "a", "d", "f"]);
    }

    #[test]
    fn objective_takes_the_worst_status() {
        let mk = |id: &str| Indicator {
            id: id.into(),
            ..ratio(Sense::AtLeast, &[])
        };
        let objective = Objective {
            id: "o".into(),
            number: 1,
            title: "o".into(),
            indicators: vec![mk("a"), mk("b"), mk("c"), mk("d")],
        };
        let all = [
            with_status("a", Status::Met),
            with_status("b", Status::Behind),
            with_status("c", Status::NoData),
            with_status("d", Status::PaceUnknown),
        ];
        let rolled = roll_up(&objective, &all);
        assert_eq!(rolled.status, Status::Behind);
        assert_eq!(rolled.counts.with_data(), 3);
        assert_eq!(rolled.counts.no_data, 1);
        // A pace not yet judged is worse than met, better than behind.
        let rolled = roll_up(
            &objective,
            &all[..1]
                .iter()
                .cloned()
                .chain([with_status("d", Status::PaceUnknown)])
                .collect::<Vec<_>>(),
        );
        assert_eq!(rolled.status, Status::PaceUnknown);
        assert_eq!(rolled.counts.on_course(), 1);
    }
}
