// Issue 20: what a committee member trips on, on a 768x1024 tablet (and landscape where it
// matters).
import { execFileSync } from 'node:child_process';
import { test, expect } from './app.js';

test('a key day template starts with the task group, action and indicators the plan ties to it', async ({ app, page }) => {
  await app.open('#/activities');
  await page.getByRole('button', { name: 'Mẫu: Tháng hành động vì bình đẳng giới' }).click();
  await expect(page.locator('#act-start')).toBeFocused();
  await expect(page.locator('#act-group')).toHaveValue('II.3');
  await expect(page.locator('#act-action')).toHaveValue('II.3.2');
  const form = page.locator('#activity-form');
  await expect(form.getByLabel('4.a (phụ huynh)')).toBeChecked();
  await expect(form.getByLabel('4.a (CBGVNV)')).toBeChecked();
  await expect(form.getByLabel('3.b', { exact: false }).first()).not.toBeChecked();
  await page.locator('#save-activity').click();
  const saved = JSON.parse(await app.storedDocument()).activities[0];
  expect(saved).toMatchObject({ task_group: 'II.3', action: 'II.3.2', indicators: ['4a-ph', '4a-cb'] });

  // Women's day: the plan's communication on the year's holidays.
  await page.getByRole('button', { name: 'Mẫu: Ngày Quốc tế phụ nữ' }).click();
  await expect(page.locator('#act-start')).toBeFocused();
  await expect(page.locator('#act-action')).toHaveValue('II.3.9');
});

test('a finished report shows its text as text, with one way to change it', async ({ app, page }) => {
  await app.open('#/report/2026-H1');
  await page.locator('#report-next-steps').fill('Tiếp tục truyền thông.\nTập huấn Ban.');
  await page.locator('#report-next-steps').press('Tab');
  await page.locator('#finish-report').click();
  await expect(page.locator('#report-status')).toContainText('Đã hoàn thành lúc');
  // No box, disabled or not, in the finished report's card; the text keeps its lines.
  const card = page.locator('section[aria-labelledby="report-title"]');
  await expect(card.locator('input:not([readonly]), textarea')).toHaveCount(0);
  await expect(page.locator('#report-next-steps-text')).toHaveText('Tiếp tục truyền thông.\nTập huấn Ban.');
  await expect(page.locator('#report-number-text')).toHaveText('(không ghi)');
  await expect(page.locator('#reopen-report')).toBeVisible();
  await expect(page.locator('#finish-report')).toBeHidden();
});

test('one way to send: the period file, the prepared e-mail naming it, the backup said to be a backup', async ({ app, page }) => {
  await app.open('#/');
  const send = page.locator('#send-report-link');
  await expect(send).toHaveText('Chuẩn bị và gửi báo cáo kỳ này');
  await expect(page.locator('.deadline')).toContainText('Bản sao lưu');
  await send.click();
  await expect(page).toHaveURL(/#\/report\/2026-Y$/);
  await expect(page.locator('#send-title')).toHaveText('Gửi báo cáo cho Phòng GDĐT quận Đống Đa');
  const file = 'bdg-MNHM-2026-Y.json';
  await expect(page.locator('#send-help')).toContainText(file);
  await expect(page.locator('#send-help')).toContainText('pgd-dongda@hanoiedu.vn');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-period').click()]);
  expect(download.suggestedFilename()).toBe(file);
  const mail = decodeURIComponent(await page.locator('#mail-report').getAttribute('href'));
  expect(mail).toMatch(/^mailto:pgd-dongda@hanoiedu\.vn\?/);
  expect(mail).toContain(file);
  // The steps are numbered, in order.
  await expect(page.locator('.send-steps ol > li')).toHaveText(['In báo cáo Tải báo cáo (Word)', 'Tải tệp số liệu của kỳ (JSON)', 'Mở thư đã soạn sẵn']);
});

for (const [width, height] of [[768, 1024], [1024, 768]]) {
  test(`the header is compact at ${width}x${height}, its menu whole and its targets 44 px`, async ({ app, page }) => {
    await page.setViewportSize({ width, height });
    await app.open('#/');
    const header = await page.locator('header.app-header').boundingBox();
    expect(header.height).toBeLessThanOrEqual(120);
    const links = page.locator('header nav a');
    for (let i = 0; i < (await links.count()); i++) {
      const box = await links.nth(i).boundingBox();
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    for (const button of ['#copy-link', '.lang-switch']) {
      expect((await page.locator(button).boundingBox()).height).toBeGreaterThanOrEqual(44);
    }
    // The last entry is reachable (the menu scrolls sideways when the screen is narrow).
    await links.last().scrollIntoViewIfNeeded();
    await expect(links.last()).toBeInViewport();
  });
}

test('messages appear without moving any control', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('#/');
  const lang = page.locator('.lang-switch');
  const before = await lang.boundingBox();
  await page.locator('#copy-link').click();
  await expect(page.locator('.copied')).toHaveText('Đã sao chép liên kết.');
  expect(await lang.boundingBox()).toEqual(before);

  // The share link says it was copied, in a line that was already there.
  await app.open('#/report/2026-H1');
  const status = page.locator('#share-status');
  const line = await status.boundingBox();
  await page.locator('#share-report').click();
  await expect(status).toHaveText('Đã sao chép liên kết.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#share-link').inputValue());
  expect((await status.boundingBox()).height).toBe(line.height);
});

test('an expander shows its arrow, and English counts take the right word', async ({ app, page }) => {
  await app.open('#/');
  const summary = page.locator('details > summary').first();
  const arrow = () => summary.evaluate((s) => getComputedStyle(s, '::before').content);
  expect(await arrow()).toBe('"▸"');
  const turned = () => summary.evaluate((s) => getComputedStyle(s, '::before').transform);
  expect(await turned()).toBe('none');
  await summary.click();
  await expect.poll(turned).not.toBe('none');

  await app.open('#/activities');
  await page.locator('.lang-switch').click();
  await page.getByRole('button', { name: 'Template: Ngày Quốc tế phụ nữ' }).click();
  await expect(page.locator('#act-start')).toBeFocused();
  await page.locator('#save-activity').click();
  await expect(page.locator('main')).toContainText('1 activity');
  await expect(page.locator('main')).not.toContainText('1 activities');
});

test('the indicator values as an Excel workbook, its code fetched only when asked', async ({ app, page }) => {
  await app.open('#/figures/2026-H1');
  await app.enterFigures([
    ['creche_population', 'total', '90'],
    ['creche_enrolled', 'total', '61'],
  ]);
  const pieces = [];
  page.on('request', (r) => /split_xlsx/.test(r.url()) && pieces.push(r.url()));
  await app.open('#/data');
  expect(pieces).toEqual([]);
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#export-xlsx').click()]);
  expect(file.suggestedFilename()).toBe('bdg-MNHM-2026-11-29.xlsx');
  // openpyxl reads a file by its extension.
  const saved = test.info().outputPath('values.xlsx');
  await file.saveAs(saved);
  const read = JSON.parse(
    execFileSync('python3', ['-c', `
import json, sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).active
rows = [[c.value for c in row] for row in sheet.iter_rows()]
value = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == '2.a (nhà trẻ)')
print(json.dumps({'title': sheet.title, 'freeze': sheet.freeze_panes, 'header': rows[0], 'bold': sheet['A1'].font.b,
                  'value': value[4].value, 'format': value[4].number_format, 'numerator': value[8].value, 'period': value[3].value}))
`, saved], { encoding: 'utf8' }),
  );
  expect(read).toMatchObject({ title: 'Chỉ tiêu', freeze: 'A2', bold: true, numerator: 61, format: '0.0' });
  expect(read.period).toContain('2026');
  expect(read.value).toBeCloseTo(67.8, 1);
  expect(read.header).toEqual(['Mã', 'Chỉ tiêu', 'Kỳ', 'Tên kỳ', 'Giá trị', 'Đơn vị', 'Nữ', 'Nam', 'Tử số', 'Mẫu số', 'Mục tiêu của kỳ', 'Tình trạng']);
  expect(pieces.length).toBe(1);
});
