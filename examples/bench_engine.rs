//! Native benchmark of the progress engine: recompute every status of a district-sized data
//! set (200 schools x 10 years x 2 periods x every indicator). Prints figures; asserts nothing.
//!   cargo run --release --example bench_engine

#[path = "bench/data.rs"]
mod data;

use std::time::Instant;

use bdg_tracker::defaults::hoa_mai;
use bdg_tracker::domain::progress::compute;

fn main() {
    let plan = hoa_mai();
    let schools = data::district(&plan, 200);
    let mut times = Vec::new();
    let mut statuses = 0;
    for _ in 0..15 {
        let start = Instant::now();
        statuses = schools
            .iter()
            .map(|f| {
                compute(&plan, f)
                    .indicators
                    .iter()
                    .map(|i| i.periods.len())
                    .sum::<usize>()
            })
            .sum();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "engine (native): recompute {} schools, {} indicator-periods: median {:.2} ms, min {:.2} ms",
        schools.len(),
        statuses,
        times[times.len() / 2],
        times[0]
    );
}
