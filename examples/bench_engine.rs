//! Native benchmark of the progress engine: recompute every status of a district-sized data
//! set (200 schools x 10 years x 2 periods x every indicator). Prints figures; asserts nothing.
//!   cargo run --release --example bench_engine

#[path = "bench/data.rs"]
mod data;

use std::time::Instant;

use bdg_tracker::defaults::hoa_mai;

fn main() {
    let plan = hoa_mai();
    let schools = data::district(&plan, 200);
    let clock = Instant::now();
    let (times, computed) = data::time_recompute(&plan, &schools, 15, || {
        clock.elapsed().as_secs_f64() * 1000.0
    });
    println!(
        "engine (native): recompute {} schools, {} indicator-periods: median {:.2} ms, min {:.2} ms",
        schools.len(),
        computed,
        times[times.len() / 2],
        times[0]
    );
}
