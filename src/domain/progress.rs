//! The progress engine: for every indicator and period, the value, the value expected on the
//! path to the targets, a status and a forecast. The rules are written out in
//! `docs/progress.md`, with the hand-worked examples tested here.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::figures::Figures;
use super::period::Period;
use super::plan::{Indicator, Measure, Milestone, Objective, Part, Plan, Sense, Term};

/// A value below this share of the expected value is off track rather than behind.
pub const BEHIND_THRESHOLD: f64 = 0.9;

/// Where an indicator stands. Ordered from best to worst among the statuses with data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    OnTrack,
    Behind,
    OffTrack,
    NoData,
    NotApplicable,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Met,
        Status::OnTrack,
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
    /// On the path from the baseline to the targets; `None` before any data exists.
    pub expected: Option<f64>,
    /// The target this period works toward.
    pub target: Option<f64>,
    pub status: Status,
    pub female_status: Option<Status>,
    pub male_status: Option<Status>,
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
    /// Where the path starts: (position in years, value).
    pub baseline: Option<(f64, f64)>,
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
            Status::Behind => &mut self.behind,
            Status::OffTrack => &mut self.off_track,
            Status::NoData => &mut self.no_data,
            Status::NotApplicable => &mut self.not_applicable,
        }
    }

    /// Indicators that count in roll-ups: all but the not applicable ones.
    pub fn applicable(&self) -> usize {
        self.met + self.on_track + self.behind + self.off_track + self.no_data
    }

    /// Met or on track, among those with data.
    pub fn on_course(&self) -> usize {
        self.met + self.on_track
    }

    pub fn with_data(&self) -> usize {
        self.met + self.on_track + self.behind + self.off_track
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
    let values: Vec<(Period, Option<Value>)> = periods
        .iter()
        .map(|&p| (p, figures.get(&p).and_then(|f| value_of(indicator, f, p))))
        .collect();
    let baseline = indicator
        .baseline
        .map(|b| (b.year as f64, b.value))
        .or_else(|| {
            values
                .iter()
                .find_map(|(p, v)| v.map(|v| (p.position(), v.total)))
        });
    let applicable = indicator.is_applicable();
    let milestones = indicator.milestones_by_year();
    let rows: Vec<PeriodProgress> = values
        .iter()
        .map(|&(period, value)| {
            let expected = baseline
                .and_then(|b| expected_on(indicator.sense, &milestones, b, period.position()));
            let target = target_in(&milestones, period.year);
            let judge = |v: Option<f64>| -> Option<Status> {
                v.map(|v| {
                    if applicable {
                        status_of(indicator, v, expected, target)
                    } else {
                        Status::NotApplicable
                    }
                })
            };
            let female_status = judge(value.and_then(|v| v.female));
            let male_status = judge(value.and_then(|v| v.male));
            let status = match (applicable, value) {
                (false, _) => Status::NotApplicable,
                (true, None) => Status::NoData,
                (true, Some(v)) => match (female_status, male_status) {
                    // Both girls and boys must reach the target: the worse of the two counts.
                    (Some(f), Some(m)) => f.max(m),
                    _ => status_of(indicator, v.total, expected, target),
                },
            };
            PeriodProgress {
                period,
                value,
                expected,
                target,
                status,
                female_status,
                male_status,
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
        baseline,
        latest,
        status,
        forecast,
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
) -> Status {
    if let Some(t) = target {
        if meets(indicator, value, t) {
            return Status::Met;
        }
    }
    let Some(e) = expected else {
        return Status::OnTrack;
    };
    let v = shown(indicator, value);
    if v >= shown(indicator, e) {
        Status::OnTrack
    } else if v >= shown(indicator, e * BEHIND_THRESHOLD) {
        Status::Behind
    } else {
        Status::OffTrack
    }
}

/// The value expected at a position on the time line (see `docs/progress.md`).
///
/// - "maintain": the target of the year, from the plan's start;
/// - otherwise a straight line from the baseline to each milestone in turn, flat after the
///   last one, and never below a milestone whose year has passed;
/// - before the baseline, the baseline itself.
pub fn expected_at(indicator: &Indicator, baseline: (f64, f64), t: f64) -> Option<f64> {
    expected_on(
        indicator.sense,
        &indicator.milestones_by_year(),
        baseline,
        t,
    )
}

/// [`expected_at`] on milestones already in year order, so that an indicator's milestones are
/// sorted once for all its periods rather than once per period.
fn expected_on(
    sense: Sense,
    milestones: &[Milestone],
    baseline: (f64, f64),
    t: f64,
) -> Option<f64> {
    if milestones.is_empty() {
        return None;
    }
    if sense == Sense::Maintain {
        return target_in(milestones, t.ceil() as i32);
    }
    let (b_pos, b_val) = baseline;
    if t <= b_pos {
        return Some(b_val);
    }
    let mut from = (b_pos, b_val);
    let mut on_path = None;
    for m in milestones.iter().filter(|m| m.year as f64 > b_pos) {
        let to = (m.year as f64, m.value);
        if t <= to.0 {
            on_path = Some(from.1 + (to.1 - from.1) * (t - from.0) / (to.0 - from.0));
            break;
        }
        from = to;
    }
    let passed = milestones
        .iter()
        .filter(|m| m.year as f64 <= t)
        .map(|m| m.value)
        .fold(f64::NEG_INFINITY, f64::max);
    Some(on_path.unwrap_or(from.1).max(passed))
}

/// The target a year works toward, among milestones in year order: the milestone of that
/// year, else the next one, else the last one, which holds after its year.
pub fn target_in(milestones: &[Milestone], year: i32) -> Option<f64> {
    milestones
        .iter()
        .find(|m| m.year >= year)
        .or(milestones.last())
        .map(|m| m.value)
}

/// A straight-line trend (least squares) through every value so far, read at the next
/// milestone after the latest value. Needs two values in different periods.
fn forecast(
    indicator: &Indicator,
    milestones: &[Milestone],
    rows: &[PeriodProgress],
) -> Option<Forecast> {
    let points: Vec<(f64, f64)> = rows
        .iter()
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
            not_applicable: None,
            note: String::new(),
        }
    }

    fn figures_of(points: &[(Period, u32, u32)]) -> Figures {
        points
            .iter()
            .map(|&(p, done, all)| {
                let mut f = PeriodFigures::default();
                f.0.insert(
                    "done".into(),
                    Tally {
                        total: Some(done),
                        female: None,
                    },
                );
                f.0.insert(
                    "all".into(),
                    Tally {
                        total: Some(all),
                        female: None,
                    },
                );
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

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn design_example_expected_value_in_2023() {
        // Baseline 40% in 2022, target 65% in 2025: 40 + 25 x 1/3 = 48.33...
        let ind = ratio(Sense::AtLeast, &[(2025, 65.0), (2030, 75.0)]);
        let e = expected_at(&ind, (2022.0, 40.0), 2023.0).unwrap();
        assert!(close(e, 40.0 + 25.0 / 3.0));
        assert_eq!((e * 10.0).round() / 10.0, 48.3);
    }

    #[test]
    fn design_example_statuses() {
        let ind = ratio(Sense::AtLeast, &[(2025, 65.0), (2030, 75.0)]);
        let base = (Period::annual(2022), 40, 100);
        let on = run(&ind, &[base, (Period::annual(2023), 50, 100)]);
        assert_eq!(on.at(Period::annual(2023)).unwrap().status, Status::OnTrack);
        let off = run(&ind, &[base, (Period::annual(2023), 30, 100)]);
        assert_eq!(
            off.at(Period::annual(2023)).unwrap().status,
            Status::OffTrack
        );
        let met = run(&ind, &[base, (Period::annual(2025), 66, 100)]);
        assert_eq!(met.status, Status::Met);
        // 45% against 48.3% expected is within 90% of it (43.5%): behind, not off track.
        let behind = run(&ind, &[base, (Period::annual(2023), 45, 100)]);
        assert_eq!(behind.status, Status::Behind);
    }

    #[test]
    fn half_year_sits_half_way() {
        // 6-month review of 2023 sits at 2022.5: 40 + 25 x 0.5/3 = 44.17.
        let ind = ratio(Sense::AtLeast, &[(2025, 65.0)]);
        let e = expected_at(&ind, (2022.0, 40.0), Period::half(2023).position()).unwrap();
        assert!(close(e, 40.0 + 25.0 * 0.5 / 3.0));
    }

    #[test]
    fn path_runs_on_to_the_next_milestone_then_holds() {
        let ind = ratio(Sense::AtLeast, &[(2025, 65.0), (2030, 75.0)]);
        let b = (2022.0, 40.0);
        assert!(close(expected_at(&ind, b, 2025.0).unwrap(), 65.0));
        assert!(close(expected_at(&ind, b, 2027.0).unwrap(), 69.0));
        assert!(close(expected_at(&ind, b, 2030.0).unwrap(), 75.0));
        assert!(close(expected_at(&ind, b, 2031.0).unwrap(), 75.0));
    }

    #[test]
    fn from_a_year_on_holds_after_its_only_milestone() {
        // "ít nhất 9,1% từ năm 2025 trở đi": 9.1% is expected in 2025 and every year after.
        let ind = ratio(Sense::AtLeast, &[(2025, 9.1)]);
        let b = (2022.0, 5.0);
        assert!(close(expected_at(&ind, b, 2028.0).unwrap(), 9.1));
        assert_eq!(target_in(&ind.milestones, 2029), Some(9.1));
        let p = run(&ind, &[(Period::annual(2028), 1, 10)]);
        assert_eq!(p.status, Status::Met);
    }

    #[test]
    fn maintain_is_expected_from_the_start() {
        let ind = ratio(Sense::Maintain, &[(2025, 100.0), (2030, 100.0)]);
        assert_eq!(expected_at(&ind, (2021.0, 80.0), 2022.0), Some(100.0));
        let p = run(&ind, &[(Period::annual(2022), 10, 10)]);
        assert_eq!(p.status, Status::Met);
        let p = run(&ind, &[(Period::annual(2022), 19, 20)]);
        assert_eq!(p.status, Status::Behind);
        let p = run(&ind, &[(Period::annual(2022), 8, 10)]);
        assert_eq!(p.status, Status::OffTrack);
    }

    #[test]
    fn above_means_strictly_more() {
        let ind = ratio(Sense::Above, &[(2025, 10.0)]);
        let p = run(&ind, &[(Period::annual(2025), 1, 10)]);
        assert_ne!(p.status, Status::Met);
        let p = run(&ind, &[(Period::annual(2025), 11, 100)]);
        assert_eq!(p.status, Status::Met);
    }

    #[test]
    fn one_data_point_is_its_own_baseline_and_has_no_forecast() {
        let ind = ratio(Sense::AtLeast, &[(2025, 65.0)]);
        let p = run(&ind, &[(Period::annual(2023), 50, 100)]);
        assert_eq!(p.baseline, Some((2023.0, 50.0)));
        assert_eq!(p.status, Status::OnTrack);
        assert_eq!(p.forecast, None);
    }

    #[test]
    fn zero_denominator_gives_no_data() {
        let ind = ratio(Sense::Maintain, &[(2025, 100.0)]);
        let p = run(&ind, &[(Period::annual(2023), 0, 0)]);
        assert_eq!(p.status, Status::NoData);
        assert_eq!(p.at(Period::annual(2023)).unwrap().value, None);
    }

    #[test]
    fn values_past_the_target_are_met() {
        let ind = ratio(Sense::AtLeast, &[(2025, 65.0), (2030, 75.0)]);
        let p = run(
            &ind,
            &[
                (Period::annual(2022), 40, 100),
                (Period::annual(2023), 90, 100),
            ],
        );
        assert_eq!(p.status, Status::Met);
        // After 2025 the 2030 target is the one to meet: 70% in 2026 is past 65% but not 75%.
        let p = run(
            &ind,
            &[
                (Period::annual(2022), 40, 100),
                (Period::annual(2026), 70, 100),
            ],
        );
        assert_eq!(p.status, Status::OnTrack);
    }

    #[test]
    fn a_period_before_the_baseline_is_judged_against_the_baseline() {
        let mut ind = ratio(Sense::AtLeast, &[(2025, 65.0)]);
        ind.baseline = Some(Baseline {
            year: 2023,
            value: 50.0,
        });
        assert_eq!(expected_at(&ind, (2023.0, 50.0), 2021.0), Some(50.0));
        let p = run(&ind, &[(Period::annual(2021), 44, 100)]);
        assert_eq!(p.at(Period::annual(2021)).unwrap().expected, Some(50.0));
        assert_eq!(p.status, Status::OffTrack);
    }

    #[test]
    fn a_passed_milestone_keeps_holding_after_a_late_baseline() {
        let mut ind = ratio(Sense::AtLeast, &[(2025, 65.0), (2030, 75.0)]);
        ind.baseline = Some(Baseline {
            year: 2026,
            value: 50.0,
        });
        // The line from 50% (2026) to 75% (2030) gives 56.25% in 2027, but 65% was due in 2025.
        assert_eq!(expected_at(&ind, (2026.0, 50.0), 2027.0), Some(65.0));
    }

    #[test]
    fn forecast_follows_the_trend() {
        let ind = ratio(Sense::AtLeast, &[(2025, 65.0), (2030, 75.0)]);
        // 40, 45, 50 in 2021-2023: +5 a year gives 60 in 2025, short of 65.
        let p = run(
            &ind,
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
            &ind,
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
        assert!(p.at(Period::annual(2023)).unwrap().value.is_some());
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
    fn girls_and_boys_are_judged_apart() {
        let mut ind = ratio(Sense::AtLeast, &[(2025, 65.0)]);
        ind.by_sex = true;
        let mut f = PeriodFigures::default();
        f.0.insert(
            "done".into(),
            Tally {
                total: Some(70),
                female: Some(40),
            },
        );
        f.0.insert(
            "all".into(),
            Tally {
                total: Some(100),
                female: Some(50),
            },
        );
        let figures: Figures = [(Period::annual(2025), f)].into_iter().collect();
        let p = indicator_progress(&ind, &figures, &periods());
        let row = p.at(Period::annual(2025)).unwrap();
        let v = row.value.unwrap();
        assert!(close(v.total, 70.0));
        assert!(close(v.female.unwrap(), 80.0));
        assert!(close(v.male.unwrap(), 60.0));
        assert_eq!(row.female_status, Some(Status::Met));
        assert_ne!(row.male_status, Some(Status::Met));
        // 70% in total meets 65%, but the boys' 60% does not: the indicator is not met.
        assert_ne!(row.status, Status::Met);
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

    #[test]
    fn needs_attention_lists_the_worst_first_in_plan_order() {
        let mk = |id: &str, status| IndicatorProgress {
            id: id.into(),
            periods: vec![],
            baseline: None,
            latest: None,
            status,
            forecast: None,
        };
        let progress = Progress {
            indicators: vec![
                mk("a", Status::Behind),
                mk("b", Status::OffTrack),
                mk("c", Status::Met),
                mk("d", Status::Behind),
                mk("e", Status::OffTrack),
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
    }

    #[test]
    fn objective_takes_the_worst_status() {
        let a = IndicatorProgress {
            id: "a".into(),
            periods: vec![],
            baseline: None,
            latest: None,
            status: Status::Met,
            forecast: None,
        };
        let b = IndicatorProgress {
            id: "b".into(),
            status: Status::Behind,
            ..a.clone()
        };
        let c = IndicatorProgress {
            id: "c".into(),
            status: Status::NoData,
            ..a.clone()
        };
        let mk = |id: &str| Indicator {
            id: id.into(),
            ..ratio(Sense::AtLeast, &[])
        };
        let objective = Objective {
            id: "o".into(),
            number: 1,
            title: "o".into(),
            indicators: vec![mk("a"), mk("b"), mk("c")],
        };
        let rolled = roll_up(&objective, &[a, b, c]);
        assert_eq!(rolled.status, Status::Behind);
        assert_eq!(rolled.counts.with_data(), 2);
        assert_eq!(rolled.counts.no_data, 1);
    }
}
