//! A district-sized data set for the benchmarks: every school of the district with ten years of
//! 6-month and annual figures, drawn from a fixed seed so every run measures the same thing.

use bdg_tracker::domain::figures::{Figures, PeriodFigures, Tally};
use bdg_tracker::domain::period::Period;
use bdg_tracker::domain::plan::Plan;
use bdg_tracker::domain::progress::compute;

/// A small linear congruential generator: deterministic and dependency-free.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u32) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n.max(1) as u64) as u32
    }
}

/// One school's figures for every period of the plan, with plausible sizes and some growth.
pub fn school(plan: &Plan, seed: u64) -> Figures {
    let mut rng = Lcg(seed);
    let mut figures = Figures::new();
    for (step, period) in Period::all(plan).into_iter().enumerate() {
        let mut f = PeriodFigures::default();
        for field in &plan.fields {
            let total = 10 + rng.below(390);
            let part = |rng: &mut Lcg, of: u32| of * (40 + rng.below(50) + step as u32) / 110;
            let female = part(&mut rng, total);
            f.0.insert(
                field.id.clone(),
                Tally {
                    total: Some(total),
                    female: field.by_sex.then_some(female),
                },
            );
        }
        // Numerators stay within their denominators, as the entry checks guarantee.
        for (num, den) in [
            ("creche_enrolled", "creche_population"),
            ("kindergarten_enrolled", "kindergarten_population"),
            ("pipeline_trained", "leadership_pipeline"),
            ("committee_trained", "committee"),
            ("literate", "staff"),
            ("staff_reached", "staff"),
            ("law_education", "staff"),
            ("communicators", "staff"),
        ] {
            let d = f.tally(den);
            let n = f.0.entry(num.to_string()).or_default();
            n.total = n.total.min(d.total);
            n.female = n.female.min(d.female);
        }
        f.0.insert(
            "website_quarters".into(),
            Tally {
                total: Some(rng.below(period.quarters() + 1)),
                female: None,
            },
        );
        figures.insert(period, f);
    }
    figures
}

pub fn district(plan: &Plan, schools: usize) -> Vec<Figures> {
    (0..schools)
        .map(|i| school(plan, 7919 * (i as u64 + 1)))
        .collect()
}

/// Recomputes every school's progress `runs` times with `now` as the clock (in ms); returns
/// the sorted times and how many indicator-periods one run computes.
pub fn time_recompute(
    plan: &Plan,
    schools: &[Figures],
    runs: usize,
    now: impl Fn() -> f64,
) -> (Vec<f64>, usize) {
    let mut times = Vec::new();
    let mut computed = 0;
    for _ in 0..runs.max(1) {
        let start = now();
        computed = schools
            .iter()
            .map(|f| {
                compute(plan, f)
                    .indicators
                    .iter()
                    .map(|i| i.periods.len())
                    .sum::<usize>()
            })
            .sum();
        times.push(now() - start);
    }
    times.sort_by(f64::total_cmp);
    (times, computed)
}
