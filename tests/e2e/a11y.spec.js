// Accessibility: axe-core finds nothing serious or critical on any view, in Vietnamese and in
// English.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './app.js';

const VIEWS = ['#/', '#/figures/2025-Y', '#/indicator/2a-nt', '#/plan', '#/activities', '#/data', '#/nowhere'];

for (const lang of ['vi', 'en']) {
  test(`no serious accessibility finding on any view (${lang})`, async ({ app, page }) => {
    await app.open('#/figures/2025-Y');
    await app.enterFigures([
      ['creche_population', 'total', '100'],
      ['creche_population', 'female', '50'],
      ['creche_enrolled', 'total', '60'],
      ['creche_enrolled', 'female', '31'],
    ]);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    for (const view of VIEWS) {
      await app.open(view);
      // The activity form is checked open.
      if (view === '#/activities') await page.locator('#add-activity').click();
      // Open every disclosure so that what it holds is checked too.
      for (const summary of await page.locator('summary').all()) await summary.click();
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.passes.length, `axe ran its checks on ${view}`).toBeGreaterThan(10);
      const serious = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(serious, `axe on ${view}`).toEqual([]);
    }
  });
}
