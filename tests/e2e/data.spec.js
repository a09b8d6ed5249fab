// The data page: export and import through the real download and the real file input, every
// kind of bad file refused with the saved data unchanged byte for byte, merging by period,
// snapshots restored, the CSV for Excel, and what the browser says about keeping the data.
import { readFileSync } from 'node:fs';
import { test, expect } from './app.js';

const KEY = 'bdg-tracker.document';
const fixture = readFileSync('tests/fixtures/document-v1.json', 'utf8');

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Chooses a file in the page's real file input. */
async function choose(page, name, text) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The app's document after some figures of the 2025 six-month review. */
async function withFigures(app) {
  await app.open('#/figures/2025-H1');
  await app.enterFigures([
    ['staff', 'total', '40'],
    ['staff', 'female', '38'],
    ['masters', 'total', '3'],
    ['masters', 'female', '2'],
  ]);
  return app.storedDocument();
}

test('export, wipe, import and export again gives the same document', async ({ app, page }) => {
  await withFigures(app);
  await app.open('#/data');
  const first = await download(page, '#export-json');
  expect(first.name).toBe('bdg-MNHM-2026-11-29.json');
  expect(first.text).toBe(await app.storedDocument());

  await page.evaluate(() => localStorage.clear());
  await app.open('#/data');
  await page.reload();
  await choose(page, first.name, first.text);
  const preview = page.locator('#import-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('TRƯỜNG MẦM NON HOA MAI');
  await expect(preview).toContainText('06/KH-MNHM');
  await expect(preview).toContainText('6T/2025');
  await expect(preview).toContainText('15 chỉ tiêu, 4 số liệu');
  await page.locator('#import-replace').click();
  await expect(page.locator('#import-message')).toContainText('Đã thay toàn bộ dữ liệu bằng tệp “bdg-MNHM-2026-11-29.json”');
  // The buttons used are gone with the preview: the outcome has the keyboard focus.
  await expect(page.locator('#import-message')).toBeFocused();
  await expect(preview).toBeHidden();

  const again = await download(page, '#export-json');
  expect(again.text).toBe(first.text);
  await app.open('#/figures/2025-H1');
  await expect(app.figure('masters', 'female')).toHaveValue('2');
});

const good = JSON.parse(fixture);
const edit = (change) => {
  const doc = structuredClone(good);
  change(doc);
  return JSON.stringify(doc, null, 2);
};
const firstPeriod = Object.keys(good.figures)[0];

const badFiles = [
  ['not JSON', '{ "format": "bdg-tracker",\n  "version": 1,\n  "plan": [', 'tệp không phải JSON hợp lệ (lỗi ở dòng 3, cột'],
  ['a picture', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'tệp không phải JSON hợp lệ (lỗi ở dòng 1, cột 1)'],
  ['another JSON file', '{"name": "danh sách lớp", "rows": []}', 'đây không phải tệp dữ liệu của ứng dụng này'],
  ['a newer version', edit((d) => (d.version = 7)), 'định dạng phiên bản 7; phiên bản này đọc đến 4'],
  ['a missing field', edit((d) => delete d.plan.document.issuer), 'thiếu trường “plan.document.issuer”'],
  ['a wrong type', edit((d) => (d.plan.start_year = '2021')), 'trường “plan.start_year” có kiểu hoặc giá trị sai (dòng'],
  ['a negative figure', edit((d) => (d.figures[firstPeriod].staff.total = -4)), `trường “figures.${firstPeriod}.staff.total” có kiểu hoặc giá trị sai`],
  ['a figure too large', edit((d) => (d.figures[firstPeriod].staff.total = 5000000)), `số liệu “figures.${firstPeriod}.staff.total”: Số quá lớn`],
  [
    'women above the total',
    edit((d) => (d.figures[firstPeriod].staff = { total: 10, female: 12 })),
    `số liệu “figures.${firstPeriod}.staff.female”`,
  ],
  [
    'a numerator above its denominator',
    edit((d) => (d.figures[firstPeriod] = { staff: { total: 10, female: 9 }, communicators: { total: 12, female: 9 } })),
    `số liệu “figures.${firstPeriod}.communicators`,
  ],
  [
    'a duplicated identifier',
    edit((d) => d.plan.fields.push({ ...d.plan.fields[0] })),
    'mã “staff” bị dùng hai lần (“plan.fields[2].id”)',
  ],
  ['a period outside the plan', edit((d) => (d.figures['2035-Y'] = {})), 'số liệu “figures.2035-Y”'],
  // Issue 19: files the import used to accept, which then froze or stopped the app.
  [
    'plan years over the whole integer range',
    edit((d) => Object.assign(d.plan, { start_year: -2147483648, end_year: 2147483647 })),
    'các năm của kế hoạch (-2147483648–2147483647) không dùng được: phải nằm trong 2000–2100',
  ],
  [
    'plan years reversed',
    edit((d) => Object.assign(d.plan, { start_year: 2030, end_year: 2021 })),
    'các năm của kế hoạch (2030–2021) không dùng được',
  ],
  [
    'a huge milestone',
    edit((d) => (d.plan.objectives[0].indicators[0].milestones[0].value = 1.7e308)),
    'giá trị “plan.objectives[0].indicators[0].milestones[0].value”: Giá trị không hợp lệ.',
  ],
  [
    'a baseline year far outside the plan',
    edit((d) => (d.plan.objectives[0].indicators[0].baseline = { year: -2147483648, value: 10 })),
    'giá trị “plan.objectives[0].indicators[0].baseline.year”: Năm phải trong giai đoạn của kế hoạch.',
  ],
  [
    'a megabyte title',
    edit((d) => (d.plan.document.title = 'x'.repeat(1_000_000))),
    'trường “plan.document.title” dài 1.000.000 ký tự, quá mức 20.000 ký tự. Dữ liệu đang lưu không thay đổi.',
  ],
  [
    'an activity ending before it starts',
    edit((d) => (d.activities = [{ id: 'hd-1', start: '2026-03-08', end: '2026-03-01', title: 'x', kind: 'other' }])),
    'hoạt động “activities[0]”: Ngày kết thúc không được trước ngày bắt đầu.',
  ],
];

test('every kind of bad file is refused with its reason and nothing changes', async ({ app, page }) => {
  const saved = await withFigures(app);
  await app.open('#/data');
  const message = page.locator('#import-message');
  for (const [what, text, reason] of badFiles) {
    await choose(page, `${what}.json`, text);
    await expect(message, what).toContainText(`Không nhập được tệp “${what}.json”`);
    await expect(message, what).toContainText(reason);
    await expect(message, what).toContainText('Dữ liệu đang lưu không thay đổi.');
    await expect(page.locator('#import-preview'), what).toBeHidden();
    expect(await app.storedDocument(), what).toBe(saved);
  }
  // After all of them every view still opens.
  for (const view of ['#/', '#/figures', '#/activities', '#/report', '#/plan', '#/indicator/4b']) {
    await app.open(view);
    await expect(page.locator('main#main h1, main#main h2').first(), view).toBeVisible();
  }
  await app.open('#/data');
  // A file over 10 MB is refused before it is read.
  await choose(page, 'big.json', ' '.repeat(12_000_000));
  await expect(message).toContainText('tệp quá lớn (12 MB); giới hạn là 10 MB');
  expect(await app.storedDocument()).toBe(saved);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('snapshot.')).length)).toBe(1);
});

test('text from a file is shown as text, never as markup', async ({ app, page }) => {
  await app.open('#/data');
  const hostile = edit((d) => (d.plan.document.issuer = '<img src=x onerror="window.hacked=1">Trường <b>X</b>'));
  await choose(page, '<i>tệp</i>.json', hostile);
  const preview = page.locator('#import-preview');
  await expect(preview).toContainText('<img src=x onerror="window.hacked=1">Trường <b>X</b>');
  await expect(preview).toContainText('Tệp “<i>tệp</i>.json” chứa:');
  await expect(page.locator('#import-preview img, #import-preview b, #import-preview i')).toHaveCount(0);
  expect(await page.evaluate(() => window.hacked)).toBeUndefined();
});

test('merging by period keeps the plan and the other periods, after a snapshot', async ({ app, page }) => {
  const before = JSON.parse(await withFigures(app));
  const theirs = edit((d) => {
    d.plan.document.issuer = 'TRƯỜNG KHÁC';
    d.figures = {
      '2025-H1': { staff: { total: 41, female: 39 } },
      '2026-Y': { staff: { total: 44, female: 40 }, unknown_field: { total: 1 } },
    };
    d.plan.fields.push({ id: 'unknown_field', label: 'Khác', group: 'staff', by_sex: false });
    d.activities = [{ id: 'hd-7', start: '2026-03-08', end: '2026-03-08', title: 'Tọa đàm 8/3', kind: 'communication', parents: 90 }];
  });
  await app.open('#/data');
  await choose(page, 'khac.json', theirs);
  await page.locator('#import-merge').click();
  await expect(page.locator('#import-message')).toContainText(
    'Đã gộp tệp “khac.json”: cập nhật 1 số liệu trong 1 kỳ, thêm 1 kỳ; thêm 1 hoạt động, sửa số người của 0 hoạt động; thêm 0 báo cáo.',
  );
  await expect(page.locator('#import-message')).toContainText('Bỏ qua số liệu không có trong kế hoạch: unknown_field.');
  const doc = JSON.parse(await app.storedDocument());
  expect(doc.plan.document.issuer).toBe('TRƯỜNG MẦM NON HOA MAI');
  // Figure by figure: the masters the file does not have stay.
  expect(doc.figures['2025-H1']).toEqual({ staff: { total: 41, female: 39 }, masters: { total: 3, female: 2 } });
  expect(doc.figures['2026-Y']).toEqual({ staff: { total: 44, female: 40 } });
  expect(doc.activities).toMatchObject([{ id: 'hd-1', title: 'Tọa đàm 8/3', parents: 90 }]);
  expect(doc.revision).toBe(before.revision + 1);

  // The state before the import is listed and comes back in one step.
  const list = page.locator('#snapshots li');
  await expect(list.first()).toContainText('Trước khi nhập tệp');
  await expect(list.first()).toContainText(`TRƯỜNG MẦM NON HOA MAI, 1 kỳ có số liệu, lần lưu thứ ${before.revision}`);
  page.once('dialog', (d) => d.accept());
  await list.first().getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.locator('#snapshots-title ~ p[role="status"]')).toContainText('Đã khôi phục bản sao lúc 29/11/2026');
  const restored = JSON.parse(await app.storedDocument());
  expect(restored.figures).toEqual(before.figures);
  expect(restored.revision).toBe(before.revision + 2);
  await expect(list.first()).toContainText('Trước khi khôi phục');
});

test('a file dropped on the page is read like a chosen one', async ({ app, page }) => {
  await app.open('#/data');
  const zone = page.locator('.drop-zone');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'keo-tha.json', { type: 'application/json' }));
    return transfer;
  }, fixture);
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('#import-preview')).toContainText('Tệp “keo-tha.json” chứa:');
  // Dropped anywhere else, a file does not take the browser away from the app (its default
  // action is prevented); dragged text keeps its default action.
  const prevented = await page.evaluate(() => {
    const drop = (transfer) => {
      const event = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
      document.querySelector('h1').dispatchEvent(event);
      return event.defaultPrevented;
    };
    const file = new DataTransfer();
    file.items.add(new File(['{}'], 'x.json'));
    const text = new DataTransfer();
    text.setData('text/plain', 'chữ');
    return [drop(file), drop(text)];
  });
  expect(prevented).toEqual([true, false]);
});

test('the CSV opens in Excel with its diacritics', async ({ app, page }) => {
  await withFigures(app);
  await app.open('#/data');
  const csv = await download(page, '#export-csv');
  expect(csv.name).toBe('bdg-MNHM-2026-11-29.csv');
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.text.slice(1).split('\r\n');
  expect(lines[0]).toBe('Mã,Chỉ tiêu,Kỳ,Tên kỳ,Giá trị,Đơn vị,Nữ,Nam,Tử số,Mẫu số,Mục tiêu của kỳ,Tình trạng');
  const masters = lines.find((l) => l.startsWith('3.d'));
  expect(masters).toContain(',2025-H1,Sơ kết 6 tháng đầu năm 2025,66.7,%,,,2,3,');
});

test('the browser is asked to keep the data, and a week without export is flagged', async ({ app, page }) => {
  await withFigures(app);
  await app.open('#/data');
  // The browser's own answer, as the page shows it.
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(page.locator('#persisted')).toHaveText(
    persisted
      ? 'Trình duyệt đã đồng ý giữ dữ liệu lâu dài, không tự xoá khi máy thiếu chỗ.'
      : 'Trình duyệt chưa đồng ý giữ dữ liệu lâu dài: có thể xoá khi máy thiếu chỗ. Hãy tải tệp dữ liệu thường xuyên. ' +
          'Ở chế độ duyệt riêng tư (ẩn danh), mọi dữ liệu mất khi đóng trang: hãy tải bản sao lưu trước khi đóng.',
  );
  const used = await page.evaluate(() =>
    Object.keys(localStorage).reduce((n, k) => n + 2 * (k.length + localStorage.getItem(k).length), 0),
  );
  expect(used).toBeGreaterThan(50_000);
  await expect(page.locator('#storage-use')).toContainText(
    `Dữ liệu của ứng dụng chiếm ${Math.round(used / 1000)} kB trong bộ nhớ của trình duyệt`,
  );
  const reminder = page.locator('#last-export');
  await expect(reminder).toHaveClass('reminder');
  await expect(reminder).toContainText('Chưa tải tệp dữ liệu lần nào trên máy này. Dữ liệu chỉ nằm trong trình duyệt này');
  await download(page, '#export-json');
  await expect(reminder).toHaveClass('muted');
  await expect(reminder).toContainText('Lần tải tệp dữ liệu gần nhất trên máy này: 29/11/2026');
  // Eight days later, the dashboard reminds the user.
  await page.evaluate(() => localStorage.setItem('bdg-tracker.exported-at', '2026-11-21T01:00:00.000Z'));
  await app.open('#/');
  await page.reload();
  await expect(page.locator('#last-export')).toHaveClass('reminder');
  await expect(page.locator('#last-export')).toContainText('21/11/2026');
  // Not on a Chromium tablet: no Home Screen advice.
  await expect(page.getByText('Màn hình chính')).toBeHidden();
});

test.describe('on an iPad', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  });
  test('Safari users are told to add the app to the Home Screen', async ({ app, page }) => {
    await app.open('#/data');
    await expect(page.getByText('thêm ứng dụng vào Màn hình chính', { exact: false })).toBeVisible();
  });
});
