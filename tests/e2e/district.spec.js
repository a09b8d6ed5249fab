// The district's page: several schools' files and broken ones through the real multi-file
// input, every good school shown, each broken file named with its fault, the roll-up equal to
// sums worked out by hand, the newest file of a repeated period kept, the submission tracker,
// the CSV and JSON files and the printed summary; the school's own data never touched.
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './app.js';
import { PLAN, schoolFile, openDistrict, receiveFiles, download } from './district-files.js';

const SEN = 'TRƯỜNG MẦM NON HOA SEN';
const HONG = 'TRƯỜNG MẦM NON HOA HỒNG';
const CUC = 'TRƯỜNG MẦM NON HOA CÚC';
const DAO = 'TRƯỜNG MẦM NON HOA ĐÀO';

// 3.b, women among the key leaders: 3/4 + 2/6 + 5/5 + 0/5 = 10/20, 50%.
// 4.b, communicators among the staff: 6/40 + 3/30 = 9/70, 12.9% (Hoa Cúc and Hoa Đào have no
// communicators, so neither their numerator nor their denominator counts).
const FILES = [
  schoolFile('hoa-sen.json', SEN, '2026-06-05T02:00:00.000Z', {
    key_leaders: { total: 4, female: 3 },
    staff: { total: 40, female: 38 },
    communicators: { total: 6 },
  }),
  // Hoa Hồng sent the period twice: the newer file's figures count, the first day sent stands.
  schoolFile('hoa-hong-cu.json', HONG, '2026-06-01T02:00:00.000Z', {
    key_leaders: { total: 6, female: 1 },
    staff: { total: 29, female: 27 },
    communicators: { total: 1 },
  }),
  schoolFile('hoa-hong-moi.json', HONG, '2026-06-09T02:00:00.000Z', {
    key_leaders: { total: 6, female: 2 },
    staff: { total: 30, female: 27 },
    communicators: { total: 3 },
  }),
  schoolFile('hoa-cuc.json', CUC, '2026-06-10T09:00:00.000Z', {
    key_leaders: { total: 5, female: 5 },
    staff: { total: 20, female: 20 },
  }),
  // Saved on 15/6 in Hà Nội: five days after the 10/6 deadline.
  schoolFile('hoa-dao.json', DAO, '2026-06-15T03:00:00.000Z', { key_leaders: { total: 5, female: 0 } }),
  { name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "bdg-tracker",') },
  { name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]) },
];

const receive = (page, files = FILES) => receiveFiles(page, files);

test('the schools roll up to the sums worked out by hand, broken files named', async ({ app, page }) => {
  // The school's own data on this device, which the district's page must never change.
  await app.open('#/figures/2025-H1');
  await app.enterFigures([['staff', 'total', '40'], ['staff', 'female', '38']]);
  const schoolData = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k !== 'bdg-tracker.lang')));

  // The school app's menu leads to the district's page.
  await page.getByRole('link', { name: 'Dành cho cấp trên: tổng hợp các trường' }).click();
  await expect(page.locator('#district-files')).toBeVisible();
  await receive(page);

  await expect(page.locator('#district-progress')).toHaveText('Đã đọc 7 tệp: 5 tệp có số liệu được nhận, 2 tệp không nhận được.');
  const problems = page.locator('#district-problems li');
  await expect(problems.filter({ hasText: 'hong.json' })).toHaveText(/^Không nhận được tệp “hong\.json”: tệp không phải JSON hợp lệ \(lỗi ở dòng 1, cột \d+\)/);
  await expect(problems.filter({ hasText: 'anh.png' })).toHaveText(/^Không nhận được tệp “anh\.png”: tệp không phải JSON hợp lệ/);
  await expect(problems.filter({ hasText: 'hoa-hong-moi' })).toHaveText(
    `${HONG} gửi 6T/2026 hơn một lần: giữ số liệu của tệp mới hơn “hoa-hong-moi.json”, bỏ “hoa-hong-cu.json”.`,
  );
  await expect(page.locator('#district-summary')).toHaveAttribute('data-schools', '4');
  await expect(page.locator('#district-period')).toHaveValue('2026-H1');

  // The district: ratios from summed numerators and denominators.
  const row = (id) => page.locator(`#district-table tr[data-indicator="${id}"]`);
  await expect(row('3b').locator('.value')).toHaveText('50% (10/20)');
  await expect(row('3b')).toContainText('4/4');
  await expect(row('4b').locator('.value')).toHaveText('12,9% (9/70)');
  await expect(row('4b')).toContainText('2/4');
  // 3.b's target is 100% by 2025: the district, at 50%, is off track; said in words and icon.
  await expect(row('3b').locator('.status')).toHaveText('✖ Chệch hướng');

  // Every good school, by indicator, with its status in words.
  const matrix = page.locator('#district-matrix tbody tr');
  await expect(matrix).toHaveCount(4);
  await expect(matrix.locator('th')).toHaveText([CUC, DAO, HONG, SEN]);
  await expect(matrix.filter({ hasText: CUC }).locator('td').nth(4)).toContainText('Đã đạt');

  // One indicator compared: each school's value, and the chart.
  await page.locator('#district-indicator').selectOption('3b');
  const schools = page.locator('#district-schools tbody tr');
  await expect(schools.filter({ hasText: HONG }).locator('.value')).toHaveText('33,3% (2/6)');
  await expect(schools.filter({ hasText: SEN }).locator('.value')).toHaveText('75% (3/4)');
  await expect(page.locator('img.chart')).toHaveAttribute('alt', /so sánh 4 trường theo chỉ tiêu 3\.b/);

  // The school's own data is exactly as it was.
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('bdg-tracker.') && k !== 'bdg-tracker.lang' && !k.startsWith('bdg-tracker.district'))))).toBe(schoolData);

  // Kept on this device: the roll-up is there after a reload.
  await page.reload();
  await expect(page.locator('#district-summary')).toHaveAttribute('data-schools', '4');
  await expect(row('3b').locator('.value')).toHaveText('50% (10/20)');
});

test('the submission tracker: on time, late, not sent, against 10/6', async ({ app, page }) => {
  await openDistrict(page);
  await page.locator('#district-expected').fill(`Trường Mầm non Hoa Sen\nTrường Mầm non Hoa Lan\n`);
  await page.locator('#district-expected-save').click();
  await expect(page.getByText('Đã lưu danh sách.')).toBeVisible();
  await receive(page);
  const school = (name) => page.locator(`#district-tracker tr[data-school="${name}"]`);
  // The expected school is listed once, under the name the district wrote.
  await expect(page.locator('#district-tracker tbody tr')).toHaveCount(5);
  await expect(school('Trường Mầm non Hoa Sen')).toContainText('Đúng hạn');
  await expect(school('Trường Mầm non Hoa Sen')).toContainText('05/06/2026');
  await expect(school('Trường Mầm non Hoa Lan')).toContainText('Chưa gửi (quá hạn)');
  await expect(school(DAO)).toContainText('Muộn 5 ngày');
  // Hoa Hồng's newer file (of 9/6) is the one listed.
  await expect(school(HONG)).toContainText('Đúng hạn');
  await expect(school(HONG)).toContainText('hoa-hong-moi.json');
  await expect(page.locator('#tracker-counts')).toHaveText(
    'Sơ kết 6 tháng đầu năm 2026 (hạn 10/06/2026): 3 trường gửi đúng hạn, 1 gửi muộn, 1 chưa gửi (quá hạn), 0 chưa đến hạn.',
  );
  // The annual review of 2026 is due on 20/12: nobody is late yet.
  await page.locator('#district-period').selectOption('2026-Y');
  await expect(school('Trường Mầm non Hoa Lan')).toContainText('Chưa đến hạn');

  // The list is kept.
  await page.reload();
  await expect(page.locator('#district-expected')).toHaveValue('Trường Mầm non Hoa Sen\nTrường Mầm non Hoa Lan');
});

test('district targets, CSV with diacritics, JSON and the printed summary', async ({ app, page }) => {
  await openDistrict(page);
  await receive(page);
  const row3b = page.locator('#district-table tr[data-indicator="3b"]');

  // The district's own targets: 3.b at 45% makes the district's 50% met.
  await page.locator('#district-indicator').selectOption('3b');
  for (const year of ['2030', '2025']) {
    await page.locator(`#district-target-${year}`).fill('45');
    await page.locator(`#district-target-${year}`).press('Tab');
  }
  await expect(row3b.locator('.status')).toHaveText('✔ Đã đạt');
  await expect(row3b).toContainText('ít nhất 45%');
  // A wrong target is refused with a message; the saved one stays.
  await page.locator('#district-target-2030').fill('abc');
  await page.locator('#district-target-2030').press('Tab');
  await expect(page.locator('#district-target-2030-error')).toHaveText('Giá trị không hợp lệ.');
  await expect(row3b.locator('.status')).toHaveText('✔ Đã đạt');
  await page.reload();
  await expect(row3b.locator('.status')).toHaveText('✔ Đã đạt');
  await page.locator('#district-indicator').selectOption('3b');
  await page.locator('#district-target-reset').click();
  await expect(row3b.locator('.status')).toHaveText('✖ Chệch hướng');

  const csv = await download(page, '#district-csv');
  expect(csv.name).toBe('bdg-tong-hop-2026-11-29.csv');
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.text.slice(1).split('\r\n');
  expect(lines[0]).toBe('Trường,Mã,Chỉ tiêu,Kỳ,Tên kỳ,Giá trị,Đơn vị,Nữ,Nam,Tử số,Mẫu số,Mục tiêu của kỳ,Tình trạng');
  expect(lines).toContain(
    'Tất cả các trường,4.b,"Cán bộ, giáo viên được tập huấn thành đội ngũ truyền thông về giới",2026-H1,Sơ kết 6 tháng đầu năm 2026,12.9,%,,,9,70,15,Chệch hướng',
  );
  expect(lines.filter((l) => l.startsWith(`${CUC},3.b,`))).toHaveLength(1);

  const json = JSON.parse((await download(page, '#district-json')).text);
  expect(json.format).toBe('bdg-tracker-district-rollup');
  expect(json.schools).toEqual([CUC, DAO, HONG, SEN]);
  const district3b = json.values.find((v) => v.school === undefined && v.code === '3.b' && v.period === '2026-H1');
  expect(district3b).toMatchObject({ numerator: 10, denominator: 20, value: 50, status: 'off_track', schools: 4 });

  // The printed summary: the tables, without the page's controls.
  const file = test.info().outputPath('district.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Tổng hợp kết quả thực hiện Kế hoạch bình đẳng giới: Sơ kết 6 tháng đầu năm 2026');
  expect(text).toContain('Tất cả các trường — Sơ kết 6 tháng đầu năm 2026');
  expect(text).toMatch(/50%\s*\(10\/20\)/);
  expect(text).toContain('Tình hình gửi báo cáo');
  // Landscape pages, and the school-by-indicator matrix whole (issue 15: it lost ten of its
  // fifteen columns): every school has a status, with its icon, for each indicator.
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+84[12]\.\d+ x 59[45]\.\d+/);
  const matrix = text.slice(text.indexOf('Tình trạng các chỉ tiêu của từng trường'), text.indexOf('Tình hình gửi báo cáo'));
  expect(matrix.match(/[✔↗?⚠✖…⊘]/gu)).toHaveLength(4 * 15);
  expect(text).not.toContain('Nhận tệp của các trường');
  expect(text).not.toContain('Tải bảng tổng hợp');
});

test('the district page is accessible and speaks English', async ({ app, page }) => {
  await openDistrict(page);
  await receive(page);
  for (const lang of ['vi', 'en']) {
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.passes.length).toBeGreaterThan(10);
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(serious, `axe (${lang})`).toEqual([]);
  }
  await expect(page.locator('h1')).toHaveText("The schools' gender equality plans, rolled up");
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#district-table tr[data-indicator="3b"] .status')).toHaveText('✖ Off track');
});

test('files dropped on the page are read like chosen ones', async ({ app, page }) => {
  await openDistrict(page);
  const files = [FILES[0], FILES[4]].map((f) => ({ name: f.name, text: f.buffer.toString('utf8') }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return transfer;
  }, files);
  await page.locator('.drop-zone:has(#district-files)').dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('#district-progress')).toHaveText('Đã đọc 2 tệp: 2 tệp có số liệu được nhận, 0 tệp không nhận được.');
  await expect(page.locator('#district-summary')).toHaveAttribute('data-schools', '2');
  await expect(page.locator('#district-tracker tbody th')).toHaveText([DAO, SEN]);
  // A file naming no school is refused with the reason; the schools read before stay.
  const unnamed = schoolFile('khong-ten.json', '  ', '2026-06-05T02:00:00.000Z', { staff: { total: 9 } });
  await page.locator('#district-files').setInputFiles([unnamed]);
  await expect(page.locator('#district-problems li')).toHaveText(/^Không nhận được tệp “khong-ten\.json”: tệp không ghi tên trường/);
  await expect(page.locator('#district-summary')).toHaveAttribute('data-schools', '2');
});

test('a crafted school file in a batch is named, and the rest of the batch is received', async ({ page }) => {
  // Issue 19: plan years over the whole integer range froze the page at "Đang đọc tệp 0/2".
  const crafted = schoolFile('crafted.json', HONG, '2026-06-05T02:00:00.000Z', { staff: { total: 9 } });
  const doc = JSON.parse(crafted.buffer.toString());
  Object.assign(doc.plan, { start_year: -2147483648, end_year: 2147483647 });
  crafted.buffer = Buffer.from(JSON.stringify(doc));
  await openDistrict(page);
  await receive(page, [crafted, FILES[0]]);
  await expect(page.locator('#district-progress')).toHaveText('Đã đọc 2 tệp: 1 tệp có số liệu được nhận, 1 tệp không nhận được.');
  await expect(page.locator('#district-problems li').filter({ hasText: 'crafted.json' })).toContainText(
    'các năm của kế hoạch (-2147483648–2147483647) không dùng được',
  );
  await expect(page.locator('#district-summary')).toHaveAttribute('data-schools', '1');
});

test('the roll-up as an Excel workbook, read back by openpyxl: numbers as numbers, header frozen', async ({ app, page }) => {
  await openDistrict(page);
  await receive(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#district-xlsx').click()]);
  expect(file.suggestedFilename()).toMatch(/^bdg-tong-hop-\d{4}-\d{2}-\d{2}\.xlsx$/);
  // openpyxl reads a file by its extension.
  const saved = test.info().outputPath('roll-up.xlsx');
  await file.saveAs(saved);
  const read = JSON.parse(
    execFileSync('python3', ['-c', `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book.active
rows = [[c.value for c in row] for row in sheet.iter_rows()]
cells = {r[0].value + '|' + r[1].value + '|' + r[3].value: (r[5].value, r[5].number_format) for r in sheet.iter_rows(min_row=2)}
print(json.dumps({'title': sheet.title, 'freeze': sheet.freeze_panes, 'header': rows[0], 'rows': len(rows), 'district3b': cells.get('Tất cả các trường|3.b|2026-H1')}))
`, saved], { encoding: 'utf8' }),
  );
  expect(read.title).toBe('Tổng hợp');
  expect(read.freeze).toBe('A2');
  expect(read.header.slice(0, 3)).toEqual(['Trường', 'Mã', 'Chỉ tiêu']);
  // 10 of 20 women among the key leaders: 50, a number with one decimal, not the text "50".
  expect(read.district3b).toEqual([50, '0.0']);
  // The same rows as the CSV.
  const csv = await download(page, '#district-csv');
  expect(read.rows).toBe(csv.text.trim().split('\r\n').length);
});

test('the summary as a Word file, read back by python-docx: landscape, every indicator and school', async ({ app, page }) => {
  await openDistrict(page);
  await receive(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#district-docx').click()]);
  expect(file.suggestedFilename()).toMatch(/^bdg-tong-hop-\d{4}-\d{2}-\d{2}\.docx$/);
  const saved = test.info().outputPath('summary.docx');
  await file.saveAs(saved);
  const word = JSON.parse(
    execFileSync('python3', ['-c', `
import json, sys, docx
d = docx.Document(sys.argv[1])
s = d.sections[0]
print(json.dumps({
  'page': [round(s.page_width.mm), round(s.page_height.mm)],
  'paragraphs': [p.text for p in d.paragraphs],
  'tables': [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
}))
`, saved], { encoding: 'utf8' }),
  );
  expect(word.page).toEqual([297, 210]);
  expect(word.paragraphs[0]).toContain('Tổng hợp kết quả thực hiện Kế hoạch bình đẳng giới: Sơ kết 6 tháng đầu năm 2026');
  const [all, matrix, tracker] = word.tables;
  // Every indicator, with the sums worked out by hand: 3.b is 10 of 20, 4.b 9 of 70.
  expect(all).toHaveLength(1 + PLAN.objectives.flatMap((o) => o.indicators).length);
  expect(all.find((r) => r[0].startsWith('3.b'))[3]).toMatch(/^50% \(10\/20\)/);
  expect(all.find((r) => r[0].startsWith('4.b'))[3]).toMatch(/^12,9% \(9\/70\)/);
  // Each school's row has a status for every indicator; the tracker names every school.
  expect(matrix).toHaveLength(5);
  for (const row of matrix) expect(row).toHaveLength(16);
  expect(matrix.map((r) => r[0]).slice(1).sort()).toEqual([CUC, DAO, HONG, SEN].sort());
  expect(tracker.map((r) => r[0]).slice(1).sort()).toEqual([CUC, DAO, HONG, SEN].sort());
});

test('the office is named as it names itself, not as a district: page, print and files', async ({ app, page }) => {
  await openDistrict(page);
  // By default, the recipient the plan names.
  await expect(page.locator('#district-office')).toHaveValue('Phòng GDĐT quận Đống Đa');
  await receive(page);
  const office = 'UBND phường Văn Miếu - Quốc Tử Giám';
  await page.locator('#district-office').fill(office);
  await page.locator('#district-office').press('Tab');
  await expect(page.locator('header .school-name')).toHaveText(`Tổng hợp của ${office}`);
  await expect(page.locator('#district-print-heading')).toContainText(office);
  // No text of the page names a level that no longer exists, or the old office.
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/huyện|quận|Phòng GD/i);
  const json = JSON.parse((await download(page, '#district-json')).text);
  expect(json.office).toBe(office);
  const csv = await download(page, '#district-csv');
  expect(csv.text).toContain('Tất cả các trường,3.b,');
  // Kept on this device.
  await page.reload();
  await expect(page.locator('#district-office')).toHaveValue(office);
  expect(JSON.parse(await page.evaluate(() => localStorage.getItem('bdg-tracker.district'))).office).toBe(office);
});
