// The Content-Security-Policy is in force and nothing the app does is blocked by it.
import { test, expect } from './app.js';

test('the policy holds, allows the app, and blocks an injected script', async ({ app, page, context }) => {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // Every view, with a chart drawn and a status bar styled.
  await app.open('#/figures/2025-Y');
  await app.enterFigures([
    ['creche_population', 'total', '100'],
    ['creche_enrolled', 'total', '70'],
  ]);
  for (const view of ['#/', '#/plan', '#/activities', '#/report/2025-Y', '#/data', '#/indicator/2a-nt']) {
    await app.open(view);
  }
  await expect(page.locator('img.chart')).toBeVisible();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  // No script runs inline, so scripts come from the app's own files only.
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(policy).not.toContain('unsafe-inline');
  expect(await page.locator('script:not([src])').count()).toBe(0);

  // A script injected into the page is refused, so the policy is really in force. (In a
  // second tab: the refusal is logged as a console error, which this test's tab must not have.)
  const other = await context.newPage();
  await other.goto('./#/');
  await expect(other.locator('main#main')).not.toBeEmpty();
  const ran = await other.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return window.__injected === true;
  });
  expect(ran).toBe(false);
  expect(await other.evaluate(() => window.__violations.length)).toBe(1);
});
