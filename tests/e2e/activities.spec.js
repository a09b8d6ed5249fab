// The activity log: logged from a key day's template, checked before it is saved, edited,
// filtered and removed; the parents and staff it reached feed the indicators that count them.
// And documents of the previous format version load and are upgraded, the old text kept.
import { readFileSync } from 'node:fs';
import { test, expect } from './app.js';

const box = (page, name) => page.locator(`#act-${name}`);

async function logWomensDay(page) {
  await page.getByRole('button', { name: 'Mẫu: Ngày Quốc tế phụ nữ' }).click();
  // The form moves the focus to its first box in the next frame: typing waits for it, or it
  // could land in the box the focus leaves.
  await expect(box(page, 'start')).toBeFocused();
  const form = page.locator('#activity-form');
  await expect(form).toBeVisible();
  await expect(box(page, 'title')).toHaveValue('Ngày Quốc tế phụ nữ 2026');
  await expect(box(page, 'start')).toHaveValue('2026-03-08');
  await expect(box(page, 'end')).toHaveValue('2026-03-08');
  await box(page, 'title').fill('Tọa đàm kỷ niệm Ngày Quốc tế phụ nữ 8/3');
  await box(page, 'women').fill('36');
  await box(page, 'men').fill('2');
  await box(page, 'parents').fill('120');
  await box(page, 'staff').fill('38');
  await box(page, 'evidence').fill('Biên bản, ảnh');
  await box(page, 'kind').selectOption('communication');
  await box(page, 'group').selectOption('II.3');
  await box(page, 'action').selectOption({ index: 1 });
  await form.getByLabel('4.a (phụ huynh)').check();
  await page.locator('#save-activity').click();
  await expect(form).toBeHidden();
}

test('an activity logged from a key-day template feeds the parents reached', async ({ app, page }) => {
  await app.open('#/activities');
  await logWomensDay(page);
  const item = page.locator('#activity-list li');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('08/03/2026 · Tọa đàm kỷ niệm Ngày Quốc tế phụ nữ 8/3');
  await expect(item).toContainText('Truyền thông, sự kiện · II.3 · tham gia 36 nữ, 2 nam · phụ huynh 120 · CBGVNV 38 · trẻ 0');
  const doc = JSON.parse(await app.storedDocument());
  expect(doc.version).toBe(4);
  expect(doc.activities).toHaveLength(1);
  expect(doc.activities[0]).toMatchObject({
    id: 'hd-1',
    start: '2026-03-08',
    end: '2026-03-08',
    kind: 'communication',
    task_group: 'II.3',
    women: 36,
    men: 2,
    parents: 120,
    staff: 38,
    // The template starts with the indicators the plan ties to the day (issue 20).
    indicators: ['4a-ph', '4a-cb'],
  });
  expect(doc.activities[0].action).toMatch(/^II\.3\./);
  // No figure was typed: the 6-month and annual reviews of 2026 count the activity's parents.
  await app.open('#/figures/2026-H1');
  await expect(app.resultRow('4a-ph')).toContainText('120 phụ huynh');
  // A typed figure stands instead.
  await app.enterFigure('parents_reached', 'total', '150');
  await expect(app.resultRow('4a-ph')).toContainText('150 phụ huynh');
  await app.open('#/figures/2026-Y');
  await expect(app.resultRow('4a-ph')).toContainText('120 phụ huynh');
});

test('an activity is checked before it is saved, and edited and removed', async ({ app, page }) => {
  await app.open('#/activities');
  await page.locator('#add-activity').click();
  await expect(box(page, 'start')).toBeFocused();
  await expect(box(page, 'start')).toHaveValue('2026-11-29');
  await page.locator('#save-activity').click();
  await expect(page.locator('#act-title-error')).toHaveText('Hãy nhập tên hoạt động.');
  await box(page, 'title').fill('Tập huấn kỹ năng truyền thông');
  await box(page, 'women').fill('abc');
  await page.locator('#save-activity').click();
  await expect(page.locator('#act-women-error')).toContainText('Hãy nhập một số');
  await expect(box(page, 'women')).toHaveValue('abc');
  await box(page, 'women').fill('6');
  await box(page, 'end').fill('2026-11-20');
  await page.locator('#save-activity').click();
  await expect(page.locator('#act-end-error')).toHaveText('Ngày kết thúc không được trước ngày bắt đầu.');
  expect(await app.storedDocument()).toBeNull();
  await box(page, 'end').fill('2026-11-30');
  await box(page, 'kind').selectOption('training');
  await page.locator('#save-activity').click();
  await expect(page.locator('#activity-list li')).toContainText('29/11/2026 – 30/11/2026 · Tập huấn kỹ năng truyền thông');

  await logWomensDay(page);
  await expect(page.locator('#activities-count')).toHaveText('2 hoạt động');
  // Newest first, filtered by period and task group.
  await expect(page.locator('#activity-list li').first()).toContainText('Tập huấn');
  await page.locator('#filter-period').selectOption('2026-H1');
  await expect(page.locator('#activity-list li')).toHaveCount(1);
  await expect(page.locator('#activity-list li')).toContainText('Ngày Quốc tế phụ nữ');
  await page.locator('#filter-period').selectOption('');
  await page.locator('#filter-group').selectOption('II.3');
  await expect(page.locator('#activities-count')).toHaveText('1 hoạt động');
  await page.locator('#filter-group').selectOption('');

  const training = page.locator('#activity-list li', { hasText: 'Tập huấn' });
  await training.getByRole('button', { name: 'Sửa' }).click();
  await expect(box(page, 'start')).toBeFocused();
  await expect(box(page, 'women')).toHaveValue('6');
  await box(page, 'title').fill('Tập huấn kỹ năng truyền thông về giới');
  await page.locator('#save-activity').click();
  await expect(training).toContainText('truyền thông về giới');
  expect(JSON.parse(await app.storedDocument()).activities).toHaveLength(2);
  page.once('dialog', (d) => d.accept());
  await training.getByRole('button', { name: 'Xóa' }).click();
  await expect(page.locator('#activity-list li')).toHaveCount(1);
  expect(JSON.parse(await app.storedDocument()).activities.map((a) => a.title)).toEqual([
    'Tọa đàm kỷ niệm Ngày Quốc tế phụ nữ 8/3',
  ]);
});

test('a document of the previous version loads and is upgraded, the old one kept', async ({ app, page }) => {
  const v1 = readFileSync('tests/fixtures/document-v1.json', 'utf8');
  await app.startEmpty();
  await page.evaluate((text) => localStorage.setItem('bdg-tracker.document', text), v1);
  await page.goto('./');
  await app.open('#/');
  await expect(page.locator('.notice')).toHaveCount(0);
  // The upgrade is written once the code that writes has arrived, a moment after the view.
  await expect.poll(async () => JSON.parse(await app.storedDocument()).version).toBe(4);
  const doc = JSON.parse(await app.storedDocument());
  const old = JSON.parse(v1);
  expect(doc.figures).toEqual(old.figures);
  expect(doc.plan).toEqual(old.plan);
  expect(doc.revision).toBe(old.revision);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.endsWith('.upgrade'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([v1]);
  await app.open('#/data');
  await expect(page.locator('#snapshots li').first()).toContainText('Trước khi nâng cấp định dạng dữ liệu');
  // A version 1 file imports too, as version 2.
  await page.locator('#import-file').setInputFiles({ name: 'v1.json', mimeType: 'application/json', buffer: Buffer.from(v1) });
  await page.locator('#import-replace').click();
  expect(JSON.parse(await app.storedDocument()).version).toBe(4);
});
