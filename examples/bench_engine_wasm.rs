//! The progress engine's benchmark in WebAssembly, called from a page in headless Chromium by
//! `scripts/bench.mjs`. Returns the figures as JSON; asserts nothing.

#[path = "bench/data.rs"]
mod data;

use bdg_tracker::defaults::hoa_mai;
use wasm_bindgen::prelude::*;

/// Recomputes every school `runs` times; returns {"median_ms", "min_ms", "indicator_periods"}.
#[wasm_bindgen]
pub fn recompute(schools: usize, runs: usize) -> String {
    let plan = hoa_mai();
    let district = data::district(&plan, schools);
    let performance = web_sys::window().and_then(|w| w.performance());
    let now = || {
        performance
            .as_ref()
            .map_or_else(js_sys::Date::now, |p| p.now())
    };
    let (times, computed) = data::time_recompute(&plan, &district, runs, now);
    format!(
        "{{\"median_ms\":{:.3},\"min_ms\":{:.3},\"indicator_periods\":{}}}",
        times[times.len() / 2],
        times[0],
        computed
    )
}
