// A page object for the app, and a fixture that fails a test on any console error, page error
// or request that leaves the page's origin.
import { test as base, expect } from '@playwright/test';

/** Today for every test: 29/11/2026, morning in Hà Nội. */
export const TODAY = new Date('2026-11-29T09:00:00+07:00');

export class AppPage {
  constructor(page) {
    this.page = page;
  }

  async open(hash = '#/') {
    await this.page.goto(`./${hash}`);
    await expect(this.page.locator('main#main')).not.toBeEmpty();
    // A view whose code is still on its way says so; wait for the view itself.
    await expect(this.page.locator('.piece-loading')).toHaveCount(0);
  }

  /** Opens the app with nothing stored and waits until it has started: storage set after
   *  that is read by the next start only (a start still waiting for the shipped plan would
   *  read it too). */
  async startEmpty() {
    await this.open('#/nowhere');
  }

  figure(field, part = 'total') {
    return this.page.locator(`#fig-${field}-${part}`);
  }

  figureError(field, part = 'total') {
    return this.page.locator(`#fig-${field}-${part}-error`);
  }

  /** Types a figure and leaves the box, which is when it is checked and saved. */
  async enterFigure(field, part, value) {
    const input = this.figure(field, part);
    await input.fill(value);
    await input.press('Tab');
  }

  async enterFigures(rows) {
    for (const [field, part, value] of rows) await this.enterFigure(field, part, value);
  }

  resultRow(indicator) {
    return this.page.locator(`tr[data-indicator="${indicator}"]`);
  }

  dashboardRow(indicator) {
    return this.page.locator(`li.indicator-row[data-indicator="${indicator}"]`);
  }

  async storedDocument() {
    return this.page.evaluate(() => localStorage.getItem('bdg-tracker.document'));
  }
}

export const test = base.extend({
  app: async ({ page, baseURL }, use, testInfo) => {
    const problems = [];
    // The page's own origins: the test server's, and any the test itself opens the page at.
    const origins = new Set([new URL(baseURL).origin]);
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (url.startsWith('data:')) return;
      if (r.isNavigationRequest() && r.frame() === page.mainFrame()) origins.add(new URL(url).origin);
      if (!origins.has(new URL(url).origin)) problems.push(`request off origin: ${url}`);
    });
    await page.clock.setFixedTime(TODAY);
    await use(new AppPage(page));
    if (testInfo.status === testInfo.expectedStatus) {
      expect(problems, 'console errors, page errors or requests off the origin').toEqual([]);
    }
  },
});

export { expect };
