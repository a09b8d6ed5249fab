// The report as an official reads it (issue 15): the ND30 page printed by Chromium with only
// Debian's Liberation 2 fonts (Times New Roman's widths; Liberation 1 has no Vietnamese
// letters), then with only Noto (what Android tablets have), read back with pdftotext -layout, and looked at with pdftoppm; today's
// governing body, addressee and signer instead of the 2022 plan's.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import config from '../../playwright.config.js';
import { test, expect, AppPage, TODAY } from './app.js';

const FONT_SETS = {
  liberation: { dir: '/usr/share/fonts/truetype/liberation2', face: 'LiberationSerif' },
  noto: { dir: '/usr/share/fonts/truetype/noto', face: 'NotoSerif' },
};

/** A Chromium that sees one font folder only, as a machine with only that set installed. */
async function browserWithFonts(set, testInfo) {
  const dir = testInfo.outputPath(`fonts-${set}`);
  mkdirSync(dir, { recursive: true });
  const conf = `${dir}/fonts.conf`;
  writeFileSync(
    conf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<dir>${FONT_SETS[set].dir}</dir><cachedir>${dir}/cache</cachedir></fontconfig>`,
  );
  return chromium.launch({ ...config.use.launchOptions, env: { ...process.env, FONTCONFIG_FILE: conf } });
}

/** Prints the page to a PDF and gives its path. */
async function print(page, testInfo, name) {
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return file;
}

/** One page of a PDF as pdftotext -layout lays it out, lines trimmed, blank lines dropped. */
function pageLines(file, n) {
  const text = execFileSync('pdftotext', ['-layout', '-f', `${n}`, '-l', `${n}`, file, '-'], { encoding: 'utf8' });
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function pageCount(file) {
  return Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
}

/** The first page's header as an official checks it: each line whole, the governing body of
 *  today, no page number; and page 2's number at its top. */
function checkFirstPages(file) {
  const first = pageLines(file, 1);
  const line = (text) => first.find((l) => l.includes(text));
  expect(line('CỘNG HÒA'), 'the national title on one line').toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(line('TRƯỜNG MẦM NON'), "the school's name on one line").toContain('TRƯỜNG MẦM NON HOA MAI');
  // Today's governing body (a long one may take two lines in its column).
  expect(first.slice(0, 3).join(' ')).toMatch(/UBND PHƯỜNG VĂN MIẾU -.*QUỐC.*TỬ GIÁM/);
  expect(line('Độc lập'), 'the motto').toContain('Độc lập - Tự do - Hạnh phúc');
  expect(line('ngày 29'), 'the place and date on one line').toMatch(/Đống Đa, ngày 29 tháng 11 năm 2026/);
  expect(first.join('\n')).not.toContain('ĐỐNG ĐA');
  expect(line('Kính gửi')).toContain('Kính gửi: UBND phường Văn Miếu - Quốc Tử Giám.');
  expect(first[0]).not.toMatch(/^\d+$/);
  expect(pageCount(file)).toBeGreaterThan(1);
  expect(pageLines(file, 2)[0]).toBe('2');
}

async function setField(page, id, value) {
  await page.locator(`#${id}`).fill(value);
  await page.locator(`#${id}`).press('Tab');
}

for (const set of Object.keys(FONT_SETS)) {
  test(`the printed report keeps the ND30 page with ${set} fonts`, async ({ baseURL }, testInfo) => {
    const browser = await browserWithFonts(set, testInfo);
    const { launchOptions, ...use } = config.use;
    const context = await browser.newContext({ ...use, baseURL });
    const page = await context.newPage();
    await page.clock.setFixedTime(TODAY);
    const app = new AppPage(page);
    try {
      for (const period of ['2026-H1', '2026-Y']) {
        await app.open(`#/figures/${period}`);
        await app.enterFigures([
          ['staff', 'total', '40'],
          ['staff', 'female', '38'],
          ['creche_population', 'total', '100'],
          ['creche_enrolled', 'total', '40'],
          ['committee', 'total', '10'],
          ['committee_trained', 'total', '2'],
          // Met: its chart is not in the report until chosen.
          ['parents_reached', 'total', '400'],
        ]);
      }
      // Today's offices, kept beside the plan as issued.
      await app.open('#/plan');
      await expect(page.locator('#addressing-help')).toContainText('1/7/2025');
      await expect(page.locator('#addr-governing-body')).toHaveValue('UBND QUẬN ĐỐNG ĐA');
      await setField(page, 'addr-governing-body', 'UBND PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM');
      await setField(page, 'addr-recipient', 'UBND phường Văn Miếu - Quốc Tử Giám');
      // An address a mail link cannot carry is refused, and the one kept stays.
      await setField(page, 'addr-email', 'vanxa hanoi.gov.vn');
      await expect(page.locator('#addr-email-error')).toHaveText('Địa chỉ email không hợp lệ (ví dụ: vanphong@hanoi.gov.vn).');
      await setField(page, 'addr-email', 'vanxa@hanoi.gov.vn');
      await expect(page.locator('#addr-email-error')).toBeEmpty();
      await expect(page.locator('#doc-issuer-parent')).toHaveValue('UBND QUẬN ĐỐNG ĐA');

      await app.open('#/report/2026-Y');
      await expect(page.locator('#send-title')).toContainText('UBND phường Văn Miếu - Quốc Tử Giám');
      await expect(page.locator('#calendar-title')).toHaveText('Lịch báo cáo gửi UBND phường Văn Miếu - Quốc Tử Giám');
      expect(await page.locator('#mail-report').getAttribute('href')).toMatch(/^mailto:vanxa@hanoi\.gov\.vn\?/);
      await setField(page, 'report-signer-name', 'Nguyễn Thị Lan');
      // The charts chosen by default: the indicators behind or off track, and those named.
      const charts = page.locator('#report .chart-figure');
      await expect(page.locator('#chart-choice summary')).toContainText('Biểu đồ đưa vào báo cáo:');
      const chosen = await page.locator('#chart-choice input:checked').count();
      expect(chosen).toBeGreaterThan(0);
      await expect(charts).toHaveCount(chosen);
      await expect(page.locator('#chart-2a-nt')).toBeChecked();
      const unchosen = page.locator('#chart-4a-ph');
      await expect(unchosen).not.toBeChecked();
      await page.locator('#chart-choice summary').click();
      await unchosen.check();
      await expect(charts).toHaveCount(chosen + 1);
      await unchosen.uncheck();
      await expect(charts).toHaveCount(chosen);

      const file = await print(page, testInfo, `report-${set}`);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, testInfo.outputPath(`report-${set}`)]);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      expect(fonts, 'the font the page was set in').toContain(FONT_SETS[set].face);

      checkFirstPages(file);

      // The rest read in writing order, cells whole, whitespace made single.
      const whole = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
      const flat = whole.replace(/\s+/g, ' ');
      for (const head of ['Nội dung', 'Chỉ tiêu 2025', 'Chỉ tiêu 2030', 'Kết quả kỳ này', 'So với kỳ trước', 'Tình trạng']) {
        expect(flat, `column ${head}`).toContain(head);
      }
      expect(flat).not.toContain('Mục tiêu 2025');
      expect(flat).toContain('Mục tiêu không có chỉ tiêu định lượng');
      // Part III numbers its own items and names the groups without activity once.
      expect(whole).not.toMatch(/^II\.\d/m);
      expect(flat.match(/chưa ghi nhận hoạt động/gi)).toHaveLength(1);
      // The signature block and Nơi nhận.
      expect(whole).toContain('HIỆU TRƯỞNG');
      expect(whole).toContain('Nguyễn Thị Lan');
      expect(whole).not.toContain('(Ký, ghi rõ họ tên và đóng dấu)');
      expect(whole).toContain('- Như trên;');
      expect(whole).toContain('- Lưu: VT.');

      // The 6-month report: the same page.
      await app.open('#/report/2026-H1');
      await expect(page.locator('#report')).toContainText('Sơ kết 6 tháng đầu năm 2026');
      checkFirstPages(await print(page, testInfo, `report-h1-${set}`));

      // Kept: the next report offers the same signer, and a reload shows today's offices.
      await app.open('#/report/2027-H1');
      await expect(page.locator('#report-signer-name')).toHaveValue('Nguyễn Thị Lan');
      await expect(page.locator('#report')).toContainText('UBND PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM');
      const doc = JSON.parse(await app.storedDocument());
      expect(doc.addressing).toMatchObject({ recipient: 'UBND phường Văn Miếu - Quốc Tử Giám', signer: { name: 'Nguyễn Thị Lan' } });
      expect(doc.plan.document.issuer_parent).toBe('UBND QUẬN ĐỐNG ĐA');

      // The office's summary of this school's file, printed with the same fonts: landscape,
      // the school-by-indicator table whole, today's governing body named.
      await page.goto('./district.html');
      await page.locator('#district-files').setInputFiles({
        name: 'hoa-mai.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(doc)),
      });
      await expect(page.locator('#district-progress')).toContainText('Đã đọc 1 tệp');
      await page.locator('#district-period').selectOption('2026-Y');
      const summary = await print(page, testInfo, `summary-${set}`);
      execFileSync('pdftoppm', ['-png', '-r', '50', summary, testInfo.outputPath(`summary-${set}`)]);
      expect(execFileSync('pdfinfo', [summary], { encoding: 'utf8' })).toMatch(/Page size:\s+84[12]\.\d+ x 59[45]\.\d+/);
      const text = execFileSync('pdftotext', ['-raw', summary, '-'], { encoding: 'utf8' });
      const matrix = text
        .slice(text.indexOf('Tình trạng các chỉ tiêu của từng trường'), text.indexOf('Tình hình gửi báo cáo'))
        .replace(/\s+/g, ' ');
      // A status word for each of the 15 indicators (the icons need a symbol font this set lacks).
      const statuses = /Đã đạt|Đúng tiến độ|Chưa đánh giá được tiến độ|Chậm tiến độ|Chệch hướng|Chưa có số liệu|Không áp dụng/g;
      expect(matrix.match(statuses)).toHaveLength(15);
    } finally {
      await browser.close();
    }
  });
}

/** What python-docx reads in a Word file: its paragraphs, tables, pictures and page setup. */
function readDocx(file) {
  const script = `
import json, sys, docx
d = docx.Document(sys.argv[1])
s = d.sections[0]
print(json.dumps({
  "paragraphs": [p.text for p in d.paragraphs],
  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
  "pictures": len(d.inline_shapes),
  "page": [round(s.page_width.mm), round(s.page_height.mm)],
  "margins": [round(m.mm) for m in (s.top_margin, s.right_margin, s.bottom_margin, s.left_margin)],
  "first_page_header": s.different_first_page_header_footer,
  "font": d.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii"),
  "size": d.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val"),
}))`;
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
}

test('the report as a Word file, read back by python-docx: every part, row and figure', async ({ app, page }) => {
  await app.open('#/figures/2026-H1');
  await app.enterFigures([
    ['staff', 'total', '40'],
    ['staff', 'female', '38'],
    ['creche_population', 'total', '100'],
    ['creche_enrolled', 'total', '40'],
  ]);
  await app.open('#/activities');
  await page.getByRole('button', { name: 'Mẫu: Ngày Quốc tế phụ nữ' }).click();
  await expect(page.locator('#act-start')).toBeFocused();
  await page.locator('#act-women').fill('36');
  await page.locator('#save-activity').click();
  await app.open('#/report/2026-H1');
  await setField(page, 'report-signer-name', 'Nguyễn Thị Lan');
  const rows = await page.locator('#report tr[data-code]').evaluateAll((trs) =>
    trs.map((tr) => [...tr.cells].map((c) => c.textContent)),
  );
  const charts = await page.locator('#report .chart-figure').count();
  expect(charts).toBeGreaterThan(0);
  // The Word writer is a piece of its own: fetched when the file is asked for, not before.
  const docxPiece = [];
  page.on('request', (r) => {
    if (/\/bdg-tracker-[0-9a-f]+\/.+\.wasm$/.test(r.url())) docxPiece.push(r.url());
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-docx').click()]);
  expect(download.suggestedFilename()).toBe('bdg-MNHM-bao-cao-2026-H1.docx');
  await expect(page.locator('#docx-status')).toBeEmpty();
  expect(docxPiece.length).toBeGreaterThan(0);
  const file = test.info().outputPath('report.docx');
  await download.saveAs(file);
  const word = readDocx(file);
  expect(word.page).toEqual([210, 297]);
  expect(word.margins).toEqual([20, 15, 20, 30]);
  expect(word.first_page_header).toBe(true);
  // Times New Roman 13 pt (26 half-points) for the whole document.
  expect(word.font).toEqual(['Times New Roman']);
  expect(word.size).toEqual(['26']);
  expect(word.pictures).toBe(charts);
  const text = word.paragraphs.join('\n');
  for (const part of [
    'BÁO CÁO',
    'Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch hành động vì sự tiến bộ phụ nữ',
    'Kính gửi: Phòng GDĐT quận Đống Đa.',
    'I. TÌNH HÌNH CHUNG',
    'Tổng số cán bộ, giáo viên, nhân viên (CBGVNV): 40, trong đó nữ: 38 (95%).',
    'II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU',
    'III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP',
    '- 08/03/2026: Ngày Quốc tế phụ nữ 2026',
    'IV. HẠN CHẾ VÀ NGUYÊN NHÂN',
    'V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI VÀ ĐỀ XUẤT',
  ]) {
    expect(text, part).toContain(part);
  }
  const [head, results, foot] = word.tables;
  expect(head.flat().join('\n')).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(head.flat().join('\n')).toContain('TRƯỜNG MẦM NON HOA MAI');
  expect(head.flat().join('\n')).toContain('Đống Đa, ngày 29 tháng 11 năm 2026');
  // Every indicator row with its figures, as on the screen.
  expect(results[0]).toEqual(['Nội dung', 'Chỉ tiêu 2025', 'Chỉ tiêu 2030', 'Kết quả kỳ này', 'So với kỳ trước', 'Tình trạng']);
  for (const row of rows) expect(results, row[0]).toContainEqual(row);
  expect(foot.flat().join('\n')).toContain('Nơi nhận:');
  expect(foot.flat().join('\n')).toContain('Nguyễn Thị Lan');
});
