// Accessibility: axe-core finds nothing serious or critical on any view, in Vietnamese and in
// English.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './app.js';

const VIEWS = [
  '#/',
  '#/figures/2025-Y',
  '#/indicator/2a-nt',
  '#/plan',
  '#/activities',
  '#/report/2025-Y',
  '#/data',
  '#/shared/damaged',
  '#/nowhere',
  'a real shared report',
];

// One test per view and language, each given three times the usual limit: ten axe runs in
// one test ran out of time in CI, and one run over the plan editor (nearly 3,000 elements)
// takes 9 s on its own here.
for (const lang of ['vi', 'en']) {
  for (const view of VIEWS) {
    test(`no serious accessibility finding on ${view} (${lang})`, async ({ app, page }) => {
      test.slow();
      await app.open('#/figures/2025-Y');
      await app.enterFigures([
        ['creche_population', 'total', '100'],
        ['creche_population', 'female', '50'],
        ['creche_enrolled', 'total', '60'],
        ['creche_enrolled', 'female', '31'],
      ]);
      let target = view;
      if (view === 'a real shared report') {
        await app.open('#/report/2025-Y');
        await page.locator('#share-report').click();
        target = new URL(await page.locator('#share-link').inputValue()).hash;
      }
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      await app.open(target);
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
    });
  }
}

// Every view's own words in English once switched (the plan's content is the school's and
// stays as written; printed reports stay Vietnamese), and the choice is remembered.
const ENGLISH_HEADINGS = {
  '#/': 'Objectives and indicators',
  '#/figures/2025-Y': "Enter the period's figures",
  '#/plan': 'Edit the plan',
  '#/activities': 'Activity log',
  '#/report/2025-Y': 'Periodic report to the office above',
  '#/data': 'Data: back up, import and restore',
  '#/shared/damaged': 'Shared report (read-only)',
  '#/nowhere': 'Back to the dashboard',
};

test('English covers every view and is remembered', async ({ app, page }) => {
  await app.open('#/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.reload();
  for (const [view, heading] of Object.entries(ENGLISH_HEADINGS)) {
    await app.open(view);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('main'), view).toContainText(heading);
    const nav = await page.locator('nav').innerText();
    expect(nav, view).toContain('Dashboard');
    expect(nav, view).toContain('Activities');
    // No Vietnamese word of the UI's own is left on its buttons (where a view's buttons carry
    // none of the plan's own words).
    if (!['#/plan', '#/activities'].includes(view)) {
      const buttons = await page.locator('main button').allInnerTexts();
      const vietnamese = buttons.filter((t) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(t));
      expect(vietnamese, view).toEqual([]);
    }
  }
  // The printed report stays Vietnamese.
  await app.open('#/report/2025-Y');
  await expect(page.locator('#report')).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(page.locator('#report')).toHaveAttribute('lang', 'vi');
});

test('every control is reached and used with the keyboard, with a visible focus', async ({ app, page }) => {
  await app.open('#/activities');
  // Tab from the top of the page to the "add" button and press it.
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'add-activity');
  }
  expect(reached).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page.locator('#activity-form')).toBeVisible();
  // The form takes the focus; it is filled by keyboard alone and saved with Enter.
  await expect(page.locator('#act-start')).toBeFocused();
  // (A date box takes a Tab for each of its parts.)
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.id === 'act-title')); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('#act-title')).toBeFocused();
  await page.keyboard.type('Họp Ban vì sự tiến bộ phụ nữ');
  await page.keyboard.press('Enter');
  await expect(page.locator('#activity-list li')).toContainText('Họp Ban vì sự tiến bộ phụ nữ');
});
