// What the browser's storage can do to the user's data, and what the app does about it: the
// user is told in their language, and what was saved stays as it was.
import { readFileSync } from 'node:fs';
import { test, expect, AppPage } from './app.js';

const KEY = 'bdg-tracker.document';

/** Puts `text` where the app keeps its document, then loads the app afresh. */
async function seed(page, text) {
  await new AppPage(page).startEmpty();
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, text]);
  await page.goto('./');
}

test('an unreadable saved document is kept aside before anything is written', async ({ app, page }) => {
  const broken = '{"format":"bdg-tracker","version":1,"plan":{"document":';
  await seed(page, broken);
  await app.open('#/');
  await expect(page.locator('.notice')).toContainText('Không đọc được dữ liệu đã lưu');
  expect(await page.evaluate(() => localStorage.getItem('bdg-tracker.unreadable-backup'))).toBe(broken);
  // The app starts from the default plan; the first change writes a new document.
  await app.open('#/figures/2025-Y');
  await app.enterFigure('committee', 'total', '10');
  expect(JSON.parse(await app.storedDocument()).figures['2025-Y'].committee).toEqual({ total: 10 });
  expect(await page.evaluate(() => localStorage.getItem('bdg-tracker.unreadable-backup'))).toBe(broken);
});

test('a second unreadable document never overwrites the first kept aside, and both download', async ({ app, page }) => {
  // Issue 19: a second corruption overwrote the kept-aside copy, which had no download.
  const first = '{"format":"bdg-tracker","version":2,"plan":{"document":';
  const second = '{"format":"bdg-tracker","version":2,"plan":[';
  await seed(page, first);
  await app.open('#/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, second]);
  await page.reload();
  await app.open('#/data');
  const buttons = page.locator('#kept-aside a');
  await expect(buttons).toHaveCount(2);
  for (const [i, text] of [first, second].entries()) {
    const [file] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
    expect(file.suggestedFilename()).toBe(`bdg-khong-doc-duoc-${i + 1}.json`);
    expect(readFileSync(await file.path(), 'utf8')).toBe(text);
  }
});

test('a stored document the views cannot handle is kept aside, and every view opens', async ({ app, page }) => {
  // Issue 19: reversed plan years in storage stopped the figures, activity and report views
  // after every reload.
  const doc = JSON.parse(readFileSync('tests/fixtures/document-v2.json', 'utf8'));
  Object.assign(doc.plan, { start_year: 2030, end_year: 2021 });
  const damaged = JSON.stringify(doc);
  await seed(page, damaged);
  await app.open('#/');
  await expect(page.locator('.notice')).toContainText('Không đọc được dữ liệu đã lưu');
  for (const view of ['#/figures', '#/activities', '#/report', '#/plan', '#/data', '#/indicator/2a-nt']) {
    await app.open(view);
    await expect(page.locator('main#main h1, main#main h2').first(), view).toBeVisible();
  }
  expect(await page.evaluate(() => localStorage.getItem('bdg-tracker.unreadable-backup'))).toBe(damaged);
  expect(await app.storedDocument()).toBe(damaged);
});

test('a report of a period outside the plan is never written', async ({ app, page }) => {
  // Issue 19: #/report/1999-H1 saved a report that every later import refused.
  await app.open('#/report/1999-H1');
  await page.locator('#report-limitations').fill('Hạn chế');
  await page.locator('#report-limitations').press('Tab');
  await expect(page.locator('.notice')).toContainText(
    'Thay đổi không được lưu vì dữ liệu sẽ không hợp lệ: số liệu “reports[0].period”: Kỳ báo cáo phải nằm trong giai đoạn của kế hoạch (2021–2030). Dữ liệu đang lưu không thay đổi.',
  );
  // The reason is worded where the change was refused, in both languages: the notice follows
  // the language chosen after it.
  await page.locator('.lang-switch').click();
  await expect(page.locator('.notice')).toContainText(
    "The change was not saved because the data would be invalid: figure “reports[0].period”: The period must be within the plan's years (2021–2030). The saved data is unchanged.",
  );
  expect(await app.storedDocument()).toBeNull();
});

test('a document from a newer version of the app is never overwritten', async ({ app, page }) => {
  const newer = JSON.stringify({ format: 'bdg-tracker', version: 99, plan: {}, something: 'new' });
  await seed(page, newer);
  await app.open('#/figures/2025-Y');
  await expect(page.locator('.notice')).toContainText('phiên bản mới hơn');
  await app.enterFigure('committee', 'total', '10');
  // Shown on screen, but the newer document stays byte for byte.
  await expect(app.resultRow('5')).toBeVisible();
  expect(await app.storedDocument()).toBe(newer);
});

/** Fills the origin's quota (about 5 MiB) with other data, until not even a few characters fit. */
async function fillStorage(page) {
  await page.evaluate((run) => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${run}-${i}`, chunk);
      } catch {
        break;
      }
    }
    // Then smaller and smaller pieces, until not even a few characters fit.
    for (let n = 128 * 1024; n >= 1; n = Math.floor(n / 2)) {
      try {
        localStorage.setItem(`filler-${run}-${n}-small`, 'y'.repeat(n));
      } catch {
        /* that size no longer fits: try half */
      }
    }
    // A new key costs its name too: grow a value already there a character at a time for the
    // last few bytes.
    const grown = `filler-${run}-0`;
    for (let i = 0; i < 1000; i++) {
      try {
        localStorage.setItem(grown, `${localStorage.getItem(grown)}y`);
      } catch {
        break;
      }
    }
  }, Date.now() + Math.random());
  const room = await page.evaluate(() => {
    try {
      localStorage.setItem('probe', 'z'.repeat(64));
      return 'room left';
    } catch (e) {
      return e.name;
    }
  });
  expect(room).toBe('QuotaExceededError');
}

const snapshotKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bdg-tracker.snapshot.')));

test('an import too big for the storage left changes nothing, on screen or stored', async ({ app, page }) => {
  // Issue 19: it deleted every snapshot, the one taken before it too, and still failed, while
  // the screen showed the imported activities.
  await app.open('#/figures/2025-Y');
  await app.enterFigure('committee', 'total', '10');
  const saved = await app.storedDocument();
  const big = JSON.parse(saved);
  big.activities = Array.from({ length: 400 }, (_, i) => ({
    id: `hd-${i + 1}`,
    start: '2026-11-20',
    end: '2026-11-20',
    title: `Hoạt động ${i + 1}`,
    kind: 'other',
    evidence: 'e'.repeat(8000),
  }));
  await fillStorage(page);
  // Room for one more copy of the small document only.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.endsWith('-small')) localStorage.removeItem(key);
  });
  await app.open('#/data');
  await page.locator('#import-file').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(big)),
  });
  await page.locator('#import-replace').click();
  await expect(page.locator('.notice')).toContainText('bộ nhớ của trình duyệt đã đầy');
  expect(await app.storedDocument()).toBe(saved);
  expect((await snapshotKeys(page)).length).toBeGreaterThanOrEqual(1);
  // The screen shows what is stored: no imported activity.
  await app.open('#/activities');
  await expect(page.locator('#activity-list li')).toHaveCount(0);
});

test('a full storage is reported in Vietnamese and the last saved document stays', async ({ app, page }) => {
  await app.open('#/figures/2025-Y');
  await app.enterFigure('committee', 'total', '10');
  // The second change of the day keeps the first as the day's snapshot.
  await app.enterFigure('staff', 'total', '39');
  expect(await snapshotKeys(page)).toHaveLength(1);
  await fillStorage(page);
  // Issue 19: the day's only snapshot is never given up to make room; the save fails and says
  // so, and the stored document stays as it was.
  const saved = await app.storedDocument();
  await app.enterFigure('committee_trained', 'total', '1');
  await expect(page.locator('.notice')).toContainText('bộ nhớ của trình duyệt đã đầy');
  expect(await snapshotKeys(page)).toHaveLength(1);
  expect(await app.storedDocument()).toBe(saved);
  await app.enterFigure('kindergarten_population', 'total', '300');
  expect(await snapshotKeys(page)).toHaveLength(1);
  expect(await app.storedDocument()).toBe(saved);
  // Freeing space and changing again saves everything, and the message goes away.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler')) localStorage.removeItem(key);
  });
  await app.enterFigure('staff', 'total', '40');
  await expect(page.locator('.notice')).toHaveCount(0);
  const doc = JSON.parse(await app.storedDocument());
  expect(doc.figures['2025-Y']).toEqual({
    committee: { total: 10 },
    committee_trained: { total: 1 },
    kindergarten_population: { total: 300 },
    staff: { total: 40 },
  });
});
