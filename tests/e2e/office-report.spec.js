// Issue 17, point 5: the office's own report to the level above, in the administrative format
// of a school's report and drawn from its roll-up. Its head, number, parts IV and V and signer
// are typed once and survive a reload; it prints alone on portrait A4 (read back with
// pdftotext) while the summary's print never carries it; its Word file is read back by
// python-docx; a dismissed redraft keeps what was written.
import { execFileSync } from 'node:child_process';
import { test, expect } from './app.js';
import { schoolFile, openDistrict, receiveFiles, download } from './district-files.js';

const OFFICE = 'UBND phường Văn Miếu - Quốc Tử Giám';
const SEN = 'TRƯỜNG MẦM NON HOA SEN';
const CUC = 'TRƯỜNG MẦM NON HOA CÚC';
const LAN = 'Trường Mầm non Hoa Lan';

// 3.b: 3/4 + 2/5 = 5/9, 55,6%. Crèche access (2.a): 50/100 and 20/100, both short of 2025's 65%.
// Staff: 40 + 20 = 60, of them women 38 + 20 = 58 (96,7%). Hoa Sen sent on 5 June, Hoa Cúc on
// the 15th (the deadline was the 10th), Hoa Lan never.
const FILES = [
  schoolFile('hoa-sen.json', SEN, '2026-06-05T02:00:00.000Z', {
    key_leaders: { total: 4, female: 3 },
    staff: { total: 40, female: 38 },
    creche_population: { total: 100 },
    creche_enrolled: { total: 50 },
  }),
  schoolFile('hoa-cuc.json', CUC, '2026-06-15T03:00:00.000Z', {
    key_leaders: { total: 5, female: 2 },
    staff: { total: 20, female: 20 },
    creche_population: { total: 100 },
    creche_enrolled: { total: 20 },
  }),
];

const OWN_LIMITATIONS = 'Hai trường còn thiếu cán bộ quản lý nữ; một trường chưa gửi báo cáo.';

async function type(page, id, text) {
  await page.locator(`#${id}`).fill(text);
  await page.locator(`#${id}`).blur();
}

/** Prints the page as Chromium does to a PDF, and gives its text as pdftotext lays it out. */
async function printed(page, name) {
  const file = test.info().outputPath(`${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const size = execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Page size:\s+([\d.]+) x ([\d.]+)/);
  return { text, lines: text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean), portrait: Number(size[1]) < Number(size[2]) };
}

test("the office's own report: drawn from the roll-up, typed once, printed alone, as Word", async ({ app, page }) => {
  await openDistrict(page);
  await type(page, 'district-office', OFFICE);
  await receiveFiles(page, FILES);
  await page.locator('#district-expected').fill(LAN);
  await page.locator('#district-expected-save').click();

  const paper = page.locator('#office-report-card .report');
  await expect(paper).toBeVisible();
  // Before the office types anything: its name as the issuer, the plan's place, no addressee.
  await expect(paper.locator('.issuer')).toHaveText('UBND PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM');
  await expect(paper.locator('.place-date')).toHaveText('Đống Đa, ngày 29 tháng 11 năm 2026');
  await expect(paper.locator('.addressee')).toHaveCount(0);

  await type(page, 'office-report-parent', 'UBND THÀNH PHỐ HÀ NỘI');
  await type(page, 'office-report-place', 'Hà Nội');
  await type(page, 'office-report-recipient', 'Sở Giáo dục và Đào tạo Hà Nội');
  await type(page, 'office-report-number', '12/BC-UBND');
  await type(page, 'office-report-signer-title', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
  await type(page, 'office-report-signer-name', 'Lê Văn An');

  // Parts I to III from the roll-up, worked out by hand.
  await expect(paper.locator('.number')).toHaveText('Số: 12/BC-UBND');
  await expect(paper.locator('.addressee')).toHaveText('Kính gửi: Sở Giáo dục và Đào tạo Hà Nội.');
  await expect(paper).toContainText('Số trường gửi số liệu sơ kết 6 tháng đầu năm 2026: 2/3, trong đó đúng hạn (hạn 10/06/2026): 1, muộn: 1.');
  await expect(paper).toContainText(`Quá hạn chưa gửi: 1 trường (${LAN}).`);
  await expect(paper).toContainText('- Tổng số cán bộ, giáo viên, nhân viên (CBGVNV): 60, trong đó nữ: 58 (96,7%).');
  const leaders = paper.locator('tr[data-code="3.b"] td');
  await expect(leaders.nth(3)).toHaveText('55,6%');
  await expect(paper.locator('h3').nth(2)).toHaveText('III. TÌNH HÌNH THỰC HIỆN Ở CÁC TRƯỜNG');
  const creche = paper.locator('h4', { hasText: 'Chỉ tiêu 2.a (nhà trẻ)' });
  await expect(creche).toContainText('2 trường chưa đạt mức cần đạt');
  await expect(paper.locator('li', { hasText: `${CUC}: 20% (chệch hướng)` })).toHaveCount(1);
  await expect(paper.locator('li', { hasText: `${SEN}: 50% (chệch hướng)` })).toHaveCount(1);

  // Parts IV and V start as drafts; the office's own text replaces IV's, and is kept.
  await expect(page.locator('#office-report-limitations')).toHaveValue(new RegExp(`Còn 1 trường quá hạn chưa gửi số liệu: ${LAN}`));
  await expect(page.locator('#office-report-next-steps')).toHaveValue(new RegExp(`^- Đôn đốc các trường gửi số liệu sơ kết 6 tháng đầu năm 2026: ${LAN}\\.`));
  await type(page, 'office-report-limitations', OWN_LIMITATIONS);
  await expect(paper).toContainText(OWN_LIMITATIONS);
  await page.reload();
  await expect(page.locator('#office-report-limitations')).toHaveValue(OWN_LIMITATIONS);
  await expect(page.locator('#office-report-number')).toHaveValue('12/BC-UBND');
  await expect(page.locator('#office-report-signer-title')).toHaveValue('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('bdg-tracker.district')));
  expect(stored.version).toBe(2);
  expect(stored.head).toEqual({
    parent: 'UBND THÀNH PHỐ HÀ NỘI',
    place: 'Hà Nội',
    recipient: 'Sở Giáo dục và Đào tạo Hà Nội',
    signer: { title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Lê Văn An' },
  });
  expect(stored.reports).toEqual([{ period: '2026-H1', number: '12/BC-UBND', limitations: OWN_LIMITATIONS }]);

  // The summary's print does not carry the report.
  const summary = await printed(page, 'summary');
  expect(summary.text).toContain('Kết quả chung của các trường');
  expect(summary.text).not.toContain('TÌNH HÌNH THỰC HIỆN Ở CÁC TRƯỜNG');
  expect(summary.portrait).toBe(false);

  // The report's print: the report alone, on portrait A4. The browser's dialog is not driven
  // here: its call is noted, and Chromium prints the page as the button left it.
  await page.evaluate(() => {
    window.print = () => {
      window.printCalls = (window.printCalls || 0) + 1;
    };
  });
  await page.locator('#office-report-print').click();
  expect(await page.evaluate(() => window.printCalls)).toBe(1);
  const report = await printed(page, 'office-report');
  expect(report.portrait).toBe(true);
  const line = (text) => report.lines.find((l) => l.includes(text));
  expect(report.lines[0]).toContain('UBND THÀNH PHỐ HÀ NỘI');
  expect(report.lines[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(report.text).toMatch(/UBND PHƯỜNG VĂN MIẾU -\s+(\S.*\s+)?QUỐC TỬ GIÁM|UBND PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM/);
  for (const heading of ['Số: 12/BC-UBND', 'Hà Nội, ngày 29 tháng 11 năm 2026', 'BÁO CÁO', 'Kính gửi: Sở Giáo dục và Đào tạo Hà Nội.', 'I. TÌNH HÌNH CHUNG', 'II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU',
    'III. TÌNH HÌNH THỰC HIỆN Ở CÁC TRƯỜNG', 'IV. HẠN CHẾ VÀ NGUYÊN NHÂN', 'V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI VÀ ĐỀ XUẤT', 'Lê Văn An']) {
    expect(line(heading), heading).toBeTruthy();
  }
  expect(line('3.b')).toContain('55,6%');
  expect(report.text).toContain(`${CUC}: 20% (chệch hướng)`);
  expect(report.text.replace(/\s+/g, ' ')).toContain(OWN_LIMITATIONS);
  // Nothing of the page around it.
  for (const other of ['Kết quả chung của các trường', 'Nhận tệp của các trường', 'Tình hình gửi báo cáo', 'Số báo cáo (ví dụ']) {
    expect(report.text, other).not.toContain(other);
  }

  // The same report as a Word file.
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#office-report-docx').click()]);
  expect(file.suggestedFilename()).toBe('bdg-bao-cao-don-vi-2026-11-29.docx');
  const saved = test.info().outputPath('office-report.docx');
  await file.saveAs(saved);
  const word = JSON.parse(
    execFileSync('python3', ['-c', `
import json, sys, docx
d = docx.Document(sys.argv[1])
s = d.sections[0]
def texts(t):
    return [[c.text for c in r.cells] for r in t.rows]
print(json.dumps({
  'page': [round(s.page_width.mm), round(s.page_height.mm)],
  'paragraphs': [p.text for p in d.paragraphs],
  'tables': [texts(t) for t in d.tables],
  'cells': [p.text for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs],
}))
`, saved], { encoding: 'utf8' }),
  );
  expect(word.page).toEqual([210, 297]);
  expect(word.cells).toContain('UBND PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM');
  expect(word.cells).toContain('Số: 12/BC-UBND');
  expect(word.paragraphs).toContain('Kính gửi: Sở Giáo dục và Đào tạo Hà Nội.');
  expect(word.paragraphs).toContain('III. TÌNH HÌNH THỰC HIỆN Ở CÁC TRƯỜNG');
  expect(word.paragraphs).toContain(OWN_LIMITATIONS);
  const results = word.tables.find((t) => t[0][0] === 'Nội dung');
  expect(results.find((r) => r[0].startsWith('3.b'))[3]).toBe('55,6%');

  // Redrawing IV and V asks first: dismissed, the office's text stays; accepted, the drafts.
  page.once('dialog', (d) => d.dismiss());
  await page.locator('#office-report-redraft').click();
  await expect(page.locator('#office-report-limitations')).toHaveValue(OWN_LIMITATIONS);
  page.once('dialog', (d) => d.accept());
  await page.locator('#office-report-redraft').click();
  await expect(page.locator('#office-report-limitations')).toHaveValue(new RegExp(`Còn 1 trường quá hạn chưa gửi số liệu: ${LAN}`));
  const after = JSON.parse(await page.evaluate(() => localStorage.getItem('bdg-tracker.district')));
  expect(after.reports).toEqual([{ period: '2026-H1', number: '12/BC-UBND' }]);
});
