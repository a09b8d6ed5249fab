// Benchmarks that print figures (never asserted): the progress engine natively and in wasm in
// headless Chromium, and the time from a typed figure to the updated view in the release build.
// Run through `make bench`, which builds what this needs first.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function serve(dir, port) {
  const server = spawn('node', ['scripts/serve.mjs', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  return new Promise((resolve) => setTimeout(() => resolve(server), 400));
}

// 1. Native engine.
console.log(execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'bench_engine'], { encoding: 'utf8' }).trim());

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

// 2. The same engine in wasm, in the browser.
writeFileSync('target/bench-wasm/index.html', '<!DOCTYPE html><meta charset="utf-8"><title>bench</title>');
let server = await serve('target/bench-wasm', 4190);
try {
  const page = await browser.newPage();
  await page.goto('http://127.0.0.1:4190/');
  const result = await page.evaluate(async () => {
    const m = await import('./bench_engine_wasm.js');
    await m.default();
    return JSON.parse(m.recompute(200, 15));
  });
  console.log(
    `engine (wasm, Chromium): recompute 200 schools, ${result.indicator_periods} indicator-periods: ` +
      `median ${result.median_ms.toFixed(2)} ms, min ${result.min_ms.toFixed(2)} ms (goal: under 20 ms)`,
  );
} finally {
  server.kill();
}

// 3. One edit, from the input's change event to the updated result in the page.
server = await serve('dist', 4191);
try {
  const page = await browser.newPage({ viewport: { width: 768, height: 1024 } });
  await page.goto('http://127.0.0.1:4191/#/figures/2025-Y');
  await page.locator('#fig-committee-total').waitFor();
  await page.locator('#fig-committee-total').fill('50');
  await page.locator('#fig-committee-total').press('Tab');
  const times = [];
  for (let i = 1; i <= 25; i++) {
    times.push(
      await page.evaluate(async (n) => {
        const input = document.querySelector('#fig-committee_trained-total');
        const cell = document.querySelector('tr[data-indicator="5"] .value');
        const expected = `${(n * 2).toLocaleString('vi-VN')}%`;
        const start = performance.now();
        const done = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (cell.textContent === expected) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(cell, { childList: true, characterData: true, subtree: true });
        });
        input.value = String(n);
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return done;
      }, i),
    );
  }
  console.log(
    `edit to view (release build, Chromium): median ${median(times).toFixed(1)} ms, ` +
      `max ${Math.max(...times).toFixed(1)} ms over ${times.length} edits (goal: under 16 ms)`,
  );
} finally {
  server.kill();
  await browser.close();
}
