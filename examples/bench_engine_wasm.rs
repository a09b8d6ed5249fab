//! The progress engine's benchmark in WebAssembly, called from a page in headless Chromium by
//! `scripts/bench.mjs`. Returns the figures as JSON; asserts nothing.

#[path = "bench/data.rs"]
mod data;

use bdg_tracker::defaults::hoa_mai;
use bdg_tracker::domain::progress::compute;
use wasm_bindgen::prelude::*;

fn now() -> f64 {
    js_sys::Date::now()
}

/// Recomputes every school `runs` times; returns {"median_ms", "min_ms", "indicator_periods"}.
#[wasm_bindgen]
pub fn recompute(schools: usize, runs: usize) -> String {
    let plan = hoa_mai();
    let district = data::district(&plan, schools);
    let mut times = Vec::new();
    let mut statuses = 0;
    for _ in 0..runs.max(1) {
        let start = performance_now().unwrap_or_else(now);
        statuses = district
            .iter()
            .map(|f| {
                compute(&plan, f)
                    .indicators
                    .iter()
                    .map(|i| i.periods.len())
                    .sum::<usize>()
            })
            .sum::<usize>();
        times.push(performance_now().unwrap_or_else(now) - start);
    }
    times.sort_by(f64::total_cmp);
    format!(
        "{{\"median_ms\":{:.3},\"min_ms\":{:.3},\"indicator_periods\":{}}}",
        times[times.len() / 2],
        times[0],
        statuses
    )
}

fn performance_now() -> Option<f64> {
    Some(web_sys::window()?.performance()?.now())
}
