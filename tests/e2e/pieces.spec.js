// Issue 14: the first view downloads only what it needs; every other view's code is a piece
// fetched when the view is first opened, kept for offline use, and a piece that cannot be
// fetched never breaks the app.
import { test, expect, AppPage } from './app.js';

/** Each view whose code is a piece of its own, and a heading it shows. */
const VIEWS = {
  '#/figures/2025-Y': 'Nhập số liệu kỳ báo cáo',
  '#/indicator/2a-nt': '2.a',
  '#/activities': 'Nhật ký hoạt động',
  '#/report/2025-Y': 'Báo cáo',
  '#/plan': 'Chỉnh sửa kế hoạch',
  '#/data': 'Dữ liệu',
  '#/shared/damaged': 'Báo cáo được chia sẻ (chỉ đọc)',
};

const pieceRequests = (page) => {
  const pieces = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (/^(split|chunk)_.*\.wasm$/.test(name)) pieces.push(name);
  });
  return pieces;
};

test.describe('without a service worker, so that every fetch reaches the server', () => {
  test.use({ serviceWorkers: 'block' });

test("a first visit fetches the shipped plan's piece alone; with data stored, the dashboard loads no piece, and a view fetches its own the first time it is opened", async ({ app, page }) => {
  const pieces = pieceRequests(page);
  await app.open('#/');
  await expect(page.locator('h1')).toContainText('Hành động vì sự tiến bộ phụ nữ');
  expect(pieces.filter((p) => p.startsWith('split_'))).toEqual(['split_shipped.wasm']);
  // Nothing was stored: the piece was asked for beside the main wasm, not after it had run.
  const preloaded = () => page.locator('link[rel="preload"][href$="/split_shipped.wasm"]').count();
  expect(await preloaded()).toBe(1);
  // A change stores the document; from then on the app starts without the shipped plan.
  await app.open('#/figures/2025-H1');
  await app.enterFigure('communicators', 'total', '7');
  pieces.length = 0;
  await page.goto('./#/');
  await page.reload();
  await expect(page.locator('h1')).toContainText('Hành động vì sự tiến bộ phụ nữ');
  await expect(app.dashboardRow('2a-nt')).toBeVisible();
  expect(pieces).toEqual([]);
  expect(await preloaded()).toBe(0);
  await page.locator('nav a[href="#/plan"]').click();
  await expect(page.locator('h1')).toHaveText('Chỉnh sửa kế hoạch');
  expect(pieces.some((p) => p.startsWith('split_'))).toBe(true);
  const afterPlan = pieces.length;
  // Back and forth: the piece is there already, nothing more is fetched.
  await page.locator('nav a[href="#/"]').click();
  await page.locator('nav a[href="#/plan"]').click();
  await expect(page.locator('h1')).toHaveText('Chỉnh sửa kế hoạch');
  expect(pieces.length).toBe(afterPlan);
});

test('while a piece is on its way, the view says it is loading', async ({ app, page }) => {
  await app.open('#/');
  let release;
  const held = new Promise((done) => (release = done));
  await page.route(/\/split_[^/]*\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.locator('nav a[href="#/activities"]').click();
  await expect(page.locator('.piece-loading')).toHaveText('Đang tải trang…');
  release();
  await expect(page.locator('h1')).toHaveText('Nhật ký hoạt động');
  await expect(page.locator('.piece-loading')).toHaveCount(0);
});
});

test('after one visit to the dashboard, every view opens offline', async ({ app, page, context }) => {
  await app.open('#/');
  const ready = await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker.state === 'activating') {
      await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
    }
    return worker.state;
  });
  expect(ready).toBe('activated');
  await context.setOffline(true);
  for (const [hash, heading] of Object.entries(VIEWS)) {
    await app.open(hash);
    await expect(page.locator('h1')).toContainText(heading);
    await expect(page.locator('.piece-missing')).toHaveCount(0);
  }
  await context.setOffline(false);
});

/** A fresh page without a service worker, so that every piece must come from the server,
 *  which refuses those `pattern` matches (every piece by default) until `serve()` is called;
 *  with the pieces it refused and the page's errors. `serve()` first waits until the page has
 *  had every refusal: a piece's loader reuses its chunks' fetches still on their way, so a
 *  retry started while a refusal was still coming (a loaded machine) would fail once more. */
async function pageRefusing(browser, baseURL, pattern = /\/(split|chunk)_[^/]*\.wasm$/) {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const refused = [];
  const coming = new Set();
  page.on('requestfinished', (request) => coming.delete(request));
  page.on('requestfailed', (request) => coming.delete(request));
  let refuse = true;
  await page.route(pattern, (route) => {
    if (!refuse) return route.continue();
    refused.push(route.request().url());
    coming.add(route.request());
    return route.fulfill({ status: 503, body: 'unavailable' });
  });
  const serve = async () => {
    await expect.poll(() => coming.size).toBe(0);
    refuse = false;
  };
  return { context, page, app: new AppPage(page), errors, refused, serve };
}

test('a view whose piece the server refuses says so, keeps the app working and loads on retry', async ({ browser, baseURL }) => {
  const { context, page, app, errors, serve } = await pageRefusing(browser, baseURL);
  // A school that has saved its data: its start needs no piece.
  const stored = await storedByApp(browser, baseURL);
  // Every piece refused, this start (nothing stored yet) waits for the shipped plan and reads
  // storage no more; the reload below starts from what is stored then.
  await page.goto('./');
  await page.evaluate((text) => localStorage.setItem('bdg-tracker.document', text), stored);
  await page.goto('./#/figures/2025-Y');
  await page.reload();
  const missing = page.locator('.piece-missing');
  await expect(missing).toContainText('Không tải được trang này');
  await expect(missing).toHaveAttribute('role', 'alert');
  // The rest of the app works: the menu, the dashboard, the language.
  await page.locator('nav a[href="#/"]').click();
  await expect(app.dashboardRow('2a-nt')).toBeVisible();
  await page.locator('nav a[href="#/figures"]').click();
  await expect(missing).toBeVisible();
  // Once the server gives the piece, the retry opens the view, and what is typed is saved.
  await serve();
  await page.locator('#piece-retry').click();
  await expect(page.locator('h1')).toHaveText('Nhập số liệu kỳ báo cáo');
  await app.enterFigure('committee', 'total', '9');
  expect(JSON.parse(await app.storedDocument()).figures).toBeTruthy();
  expect(errors).toEqual([]);
  await context.close();
});

/** A document as the app stores it after a first change (written by another context). */
async function storedByApp(browser, baseURL) {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const app = new AppPage(await context.newPage());
  await app.open('#/figures/2025-H1');
  await app.enterFigure('communicators', 'total', '7');
  const text = await app.storedDocument();
  await context.close();
  return text;
}

test("a first visit whose shipped plan the server refuses says so, writes nothing and starts on retry", async ({ browser, baseURL }) => {
  const { context, page, app, errors, serve } = await pageRefusing(browser, baseURL);
  await page.goto('./');
  const missing = page.locator('.piece-missing');
  await expect(missing).toContainText('Không tải được phần còn lại của ứng dụng');
  await expect(missing).toHaveAttribute('role', 'alert');
  expect(await app.storedDocument()).toBeNull();
  await serve();
  await page.locator('#piece-retry').click();
  await expect(app.dashboardRow('2a-nt')).toBeVisible();
  await expect(page.locator('.school-name')).toHaveText('TRƯỜNG MẦM NON HOA MAI');
  // The app works from there: a change is saved.
  await page.locator('nav a[href="#/figures"]').click();
  await expect(page.locator('h1')).toHaveText('Nhập số liệu kỳ báo cáo');
  await app.enterFigure('communicators', 'total', '7');
  expect(JSON.parse(await app.storedDocument()).plan.document.issuer).toBe('TRƯỜNG MẦM NON HOA MAI');
  expect(errors).toEqual([]);
  await context.close();
});

test('stored data that needs the shipped plan (unreadable, or of format 1) is left untouched while its piece is refused, and handled once it comes', async ({ browser, baseURL }) => {
  const { readFileSync } = await import('node:fs');
  const cases = [
    ['{"format":"bdg-tracker","version":1,"plan":{"document":', 'Không đọc được dữ liệu đã lưu'],
    [readFileSync('tests/fixtures/document-v1.json', 'utf8'), null],
  ];
  for (const [stored, notice] of cases) {
    const { context, page, app, errors, serve } = await pageRefusing(browser, baseURL);
    const keys = () => page.evaluate(() => Object.keys(localStorage).sort());
    // Stored before the app's first start (which, with nothing stored, waits for the plan).
    await page.goto('./');
    await page.evaluate((text) => localStorage.setItem('bdg-tracker.document', text), stored);
    await page.reload();
    await expect(page.locator('.piece-missing')).toContainText('Không tải được phần còn lại của ứng dụng');
    expect(await keys()).toEqual(['bdg-tracker.document']);
    expect(await app.storedDocument()).toBe(stored);
    await serve();
    await page.locator('#piece-retry').click();
    await expect(page.locator('li.indicator-row').first()).toBeVisible();
    if (notice) {
      // Unreadable: kept aside first, then the app starts from the shipped plan.
      await expect(page.locator('.notice')).toContainText(notice);
      expect(await page.evaluate(() => localStorage.getItem('bdg-tracker.unreadable-backup'))).toBe(stored);
    } else {
      // Of format 1: upgraded, the old text kept as a snapshot.
      await expect.poll(async () => JSON.parse(await app.storedDocument()).version).toBe(4);
      expect((await keys()).filter((k) => k.endsWith('.upgrade'))).toHaveLength(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  }
});

test("the district page's reading of files, when its piece is refused, takes nothing and says so; dropped again, it reads", async ({ browser, baseURL }) => {
  const { schoolFile } = await import('./district-files.js');
  const { context, page, errors, serve } = await pageRefusing(browser, baseURL);
  await page.goto('./district.html');
  const file = schoolFile('hoa-sen.json', 'TRƯỜNG MẦM NON HOA SEN', '2026-06-05T02:00:00.000Z', {
    key_leaders: { total: 4, female: 3 },
  });
  await page.locator('#district-files').setInputFiles([file]);
  await expect(page.locator('#district-progress')).toContainText('Không tải được phần đọc tệp');
  expect(await page.evaluate(() => localStorage.getItem('bdg-tracker.district'))).toBeNull();
  // The roll-up, a piece too, says it could not be loaded; the box still takes files.
  await expect(page.locator('.piece-missing')).toContainText('Không tải được trang này');
  // Once the server gives the pieces, the files are read and the roll-up comes on retry.
  await serve();
  await page.locator('#piece-retry').click();
  await expect(page.locator('#district-summary')).toHaveAttribute('data-schools', '0');
  await page.locator('#district-files').setInputFiles([file]);
  await expect(page.locator('#district-progress')).toHaveText('Đã đọc 1 tệp: 1 tệp có số liệu được nhận, 0 tệp không nhận được.');
  await expect(page.locator('#district-summary')).toHaveAttribute('data-schools', '1');
  expect(errors).toEqual([]);
  await context.close();
});

/** A page whose stored document is of version 1 and whose piece `write` the server refuses,
 *  opened on the dashboard once the upgrade has asked for that piece. */
async function upgradeWithWriteRefused(browser, baseURL) {
  const { readFileSync } = await import('node:fs');
  const v1 = readFileSync('tests/fixtures/document-v1.json', 'utf8');
  const { context, page, app, errors, refused } = await pageRefusing(browser, baseURL, /\/split_write\.wasm$/);
  await app.startEmpty();
  await page.evaluate((text) => localStorage.setItem('bdg-tracker.document', text), v1);
  await page.goto('./');
  await expect(app.dashboardRow('4b')).toBeVisible();
  // The upgrade asked for the piece at start and was refused.
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  return { context, page, app, v1, errors };
}

test("the code that writes is a piece: refused, the dashboard's download says so, and the upgrade of older data waits for the first change, which keeps the old text first", async ({ browser, baseURL }) => {
  const { context, page, app, v1, errors } = await upgradeWithWriteRefused(browser, baseURL);
  // What is stored stays as it was.
  expect(await app.storedDocument()).toBe(v1);
  await page.locator('#export-json').click();
  await expect(page.locator('.deadline .error')).toHaveText('Không tạo được tệp tải về.');
  expect(await app.storedDocument()).toBe(v1);
  // A change brings the code that writes with its view: the old text is kept, then the upgrade
  // and the change are saved.
  await app.open('#/figures/2025-H1');
  await app.enterFigure('communicators', 'total', '7');
  const doc = JSON.parse(await app.storedDocument());
  expect(doc.version).toBe(4);
  expect(doc.figures['2025-H1'].communicators.total).toBe(7);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.endsWith('.upgrade'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([v1]);
  expect(errors).toEqual([]);
  await context.close();
});

test('an upgrade still to be written never goes over what another tab saved meanwhile', async ({ browser, baseURL }) => {
  const { context, page, app, v1 } = await upgradeWithWriteRefused(browser, baseURL);
  // Another tab saves a later revision (in the same tab the browser announces no storage event).
  const theirs = JSON.parse(v1);
  theirs.revision += 5;
  theirs.figures['2025-H1'].staff = { total: 40, female: 36 };
  await page.evaluate((text) => localStorage.setItem('bdg-tracker.document', text), JSON.stringify(theirs));
  await app.open('#/figures/2025-H1');
  await app.enterFigure('communicators', 'total', '7');
  const doc = JSON.parse(await app.storedDocument());
  expect(doc.figures['2025-H1'].staff).toEqual({ total: 40, female: 36 });
  expect(doc.figures['2025-H1'].communicators.total).toBe(7);
  expect(doc.version).toBe(4);
  await context.close();
});
