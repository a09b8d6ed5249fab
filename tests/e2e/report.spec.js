// The reports sent to the district: built from the figures and the activity log, printed on A4
// by Chromium and read back with poppler's pdftotext; finishing one freezes it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './app.js';

/** The report as printed: Chromium's PDF of the page with the print stylesheet, as text. */
async function printed(page, testInfo, name) {
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  // -raw: the text in the order it was written, so side-by-side blocks are not interleaved.
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
}

async function logActivity(page, template, fill) {
  await page.getByRole('button', { name: `Mẫu: ${template}` }).click();
  // The form moves the focus to its first box in the next frame: typing waits for it, or it
  // could land in the box the focus leaves.
  await expect(page.locator('#act-start')).toBeFocused();
  for (const [name, value] of Object.entries(fill)) await page.locator(`#act-${name}`).fill(value);
  await page.locator('#act-group').selectOption('II.3');
  await page.locator('#save-activity').click();
  await expect(page.locator('#activity-form')).toBeHidden();
}

test('the 6-month and annual reports hold the motto, the school, every indicator and the activities', async (
  { app, page },
  testInfo,
) => {
  await app.open('#/figures/2026-H1');
  await app.enterFigures([
    ['staff', 'total', '40'],
    ['staff', 'female', '38'],
    ['creche_population', 'total', '100'],
    ['creche_population', 'female', '50'],
    ['creche_enrolled', 'total', '70'],
    ['creche_enrolled', 'female', '36'],
    ['committee', 'total', '10'],
    ['committee_trained', 'total', '2'],
  ]);
  await app.open('#/activities');
  await logActivity(page, 'Ngày Quốc tế phụ nữ', { women: '36', men: '2', parents: '120', staff: '38' });
  await logActivity(page, 'Tháng hành động', { women: '30', parents: '250' });

  for (const [period, title, activities] of [
    ['2026-H1', 'Sơ kết 6 tháng đầu năm 2026', ['08/03/2026: Ngày Quốc tế phụ nữ 2026']],
    ['2026-Y', 'Tổng kết năm 2026', ['08/03/2026: Ngày Quốc tế phụ nữ 2026', '15/11/2026 – 15/12/2026: Tháng hành động']],
  ]) {
    await app.open(`#/report/${period}`);
    const report = page.locator('#report');
    await expect(report).toContainText(title);
    const rows = await report.locator('tr[data-code]').evaluateAll((trs) =>
      trs.map((tr) => [...tr.cells].map((c) => c.textContent)),
    );
    expect(rows).toHaveLength(15);
    // The values are the ones computed: 70% of crèche-age children in the first half, 120 + 250
    // parents reached in the year.
    const value = (code) => rows.find((r) => r[0].startsWith(code))[3];
    if (period === '2026-H1') expect(value('2.a (nhà trẻ)')).toBe('70%');
    expect(value('4.a (phụ huynh)')).toBe(period === '2026-H1' ? '120 phụ huynh' : '370 phụ huynh');
    const text = await printed(page, testInfo, period);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(flat).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(flat).toContain('TRƯỜNG MẦM NON HOA MAI');
    expect(flat).toContain('BÁO CÁO');
    expect(flat).toContain(`${title} thực hiện Kế hoạch hành động vì sự tiến bộ phụ nữ`);
    expect(flat).toContain('Đống Đa, ngày 29 tháng 11 năm 2026');
    for (const [indicator, , , value, , status] of rows) {
      const code = indicator.split(' ')[0];
      expect(flat, `row ${indicator}`).toContain(code);
      expect(flat, `value of ${indicator}`).toContain(value);
      expect(flat, `status of ${indicator}`).toContain(status);
    }
    for (const line of activities) expect(flat).toContain(line);
    // The first half's report holds none of the second half's activities.
    if (period === '2026-H1') expect(flat).not.toContain('15/11/2026 – 15/12/2026: Tháng hành động');
    expect(flat).toContain('Nơi nhận:');
    expect(flat).toContain('HIỆU TRƯỞNG');
    // No app chrome on paper.
    expect(flat).not.toContain('Nhập số liệu');
    expect(flat).not.toContain('In báo cáo');
  }
});

test('a finished report keeps its figures after the data change; a new version follows them', async ({ app, page }) => {
  await app.open('#/figures/2026-H1');
  await app.enterFigures([
    ['committee', 'total', '10'],
    ['committee_trained', 'total', '8'],
  ]);
  await app.open('#/report/2026-H1');
  const row = page.locator('#report tr[data-code="5"]');
  await expect(row).toContainText('80%');
  await page.locator('#report-number').fill('15/BC-MNHM');
  await page.locator('#report-number').press('Tab');
  // Finished straight from the box being typed in: the text is stored first.
  await page.locator('#report-limitations').fill('Kinh phí cho hoạt động truyền thông còn hạn chế.');
  await expect(page.locator('#report')).toContainText('Số: 15/BC-MNHM');
  await page.locator('#finish-report').click();
  await expect(page.locator('#report-status')).toContainText('Đã hoàn thành lúc 29/11/2026');
  await expect(page.locator('#report')).toContainText('Kinh phí cho hoạt động truyền thông còn hạn chế.');
  await expect(page.locator('#reopen-report')).toBeFocused();
  // Finished text is shown as text, not as boxes that look editable (issue 20).
  await expect(page.locator('#report-limitations, #report-number, #report-next-steps')).toHaveCount(0);
  await expect(page.locator('#report-limitations-text')).toHaveText('Kinh phí cho hoạt động truyền thông còn hạn chế.');
  await expect(page.locator('#report-number-text')).toHaveText('15/BC-MNHM');
  await expect(page.locator('#report-next-steps-text')).not.toBeEmpty();

  await app.open('#/figures/2026-H1');
  await app.enterFigure('committee_trained', 'total', '5');
  await app.open('#/report/2026-H1');
  await expect(row).toContainText('80%');
  await expect(page.locator('#report-calendar li[data-period="2026-H1"]')).toContainText('Đã hoàn thành');

  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('#reopen-report').click();
  await expect(row).toContainText('50%');
  await expect(page.locator('#report')).toContainText('Kinh phí cho hoạt động truyền thông còn hạn chế.');
  await page.locator('#finish-report').click();
  await expect(page.locator('#report-status')).toContainText('phiên bản 2');
  const doc = JSON.parse(await app.storedDocument());
  const saved = doc.reports.find((r) => r.period === '2026-H1');
  expect(saved.versions.map((v) => v.report.objectives.at(-1).rows[0].value)).toEqual(['80%', '50%']);
});

test('a double tap on "finish" leaves the report finished', async ({ app, page }) => {
  // Issue 19: the second tap landed on "make a new version", which appears in the same place.
  await app.open('#/figures/2026-H1');
  await app.enterFigure('staff', 'total', '40');
  await app.open('#/report/2026-H1');
  const asked = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    dialog.dismiss();
  });
  await page.locator('#finish-report').dblclick();
  await expect(page.locator('#report-status')).toContainText('Đã hoàn thành lúc 29/11/2026');
  await expect(page.locator('#report-limitations')).toHaveCount(0);
  await expect(page.locator('#report-limitations-text')).toBeVisible();
  expect(asked).toEqual([expect.stringContaining('Làm phiên bản mới của báo cáo?')]);
  const saved = JSON.parse(await app.storedDocument()).reports.find((r) => r.period === '2026-H1');
  expect(saved.versions).toHaveLength(1);
  expect(saved.reopened).toBe(false);
});

test('the period file, the email and the calendar', async ({ app, page }) => {
  await app.open('#/figures/2026-H1');
  await app.enterFigure('committee', 'total', '10');
  await app.open('#/figures/2025-Y');
  await app.enterFigure('committee', 'total', '9');
  await app.open('#/report');
  // The next report due on 29/11/2026 is the 2026 annual review, due 20/12.
  await expect(page.locator('#report-period')).toHaveValue('2026-Y');
  const next = page.locator('#report-calendar li[data-period="2026-Y"]');
  await expect(next).toContainText('hạn 20/12/2026');
  await expect(next).toContainText('còn 21 ngày');
  await expect(page.locator('#report-calendar li[data-period="2026-H1"]')).toContainText('Quá hạn, chưa hoàn thành');

  await app.open('#/report/2026-H1');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-period').click()]);
  expect(download.suggestedFilename()).toBe('bdg-MNHM-2026-H1.json');
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(Object.keys(file.figures)).toEqual(['2026-H1']);
  const mail = new URL(await page.locator('#mail-report').getAttribute('href'));
  expect(mail.protocol).toBe('mailto:');
  const email = JSON.parse(await app.storedDocument()).plan.reporting.email;
  expect(mail.pathname).toBe(email);
  expect(mail.searchParams.get('subject')).toBe('Báo cáo sơ kết 6 tháng đầu năm 2026 - TRƯỜNG MẦM NON HOA MAI');
  expect(mail.searchParams.get('body')).toContain('bdg-MNHM-2026-H1.json');
});

test('a read-only link carries the report to a fresh browser, which keeps no data of it', async ({
  app,
  page,
  browser,
}) => {
  await app.open('#/figures/2026-H1');
  await app.enterFigures([
    ['committee', 'total', '10'],
    ['committee_trained', 'total', '8'],
  ]);
  await app.open('#/report/2026-H1');
  await page.locator('#share-report').click();
  const link = await page.locator('#share-link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/shared\/[A-Za-z0-9+\-$]+$/);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    // The recipient has data of their own, of the previous format version.
    const theirs = readFileSync('tests/fixtures/document-v1.json', 'utf8');
    await other.goto(new URL('./#/nowhere', link).href);
    // Started, from empty storage (a start still on its way would read what is stored next).
    await expect(other.locator('main#main')).not.toBeEmpty();
    await other.evaluate((text) => localStorage.setItem('bdg-tracker.document', text), theirs);
    await other.goto(link);
    await other.reload();
    await expect(other.locator('#shared-title')).toHaveText('Báo cáo được chia sẻ (chỉ đọc)');
    const report = other.locator('#report');
    await expect(report).toContainText('TRƯỜNG MẦM NON HOA MAI');
    await expect(report.locator('tr[data-code="5"]')).toContainText('80%');
    await expect(other.locator('#report-number, #finish-report, #report-limitations')).toHaveCount(0);
    // Opening it wrote nothing into the recipient's storage: not even the upgrade of their data.
    expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bdg-tracker.')))).toEqual([
      'bdg-tracker.document',
    ]);
    expect(await other.evaluate(() => localStorage.getItem('bdg-tracker.document'))).toBe(theirs);
    // A damaged link says so.
    await other.goto(link.slice(0, -30));
    await other.reload();
    await expect(other.locator('main')).toContainText('Liên kết bị hỏng');
    await expect(other.locator('#report')).toHaveCount(0);
  } finally {
    await fresh.close();
  }
});

test('the link to the view on screen is copied', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('#/indicator/2a-nt');
  await page.locator('#copy-link').click();
  await expect(page.locator('.copied')).toHaveText('Đã sao chép liên kết.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  // The message belongs to the view it was given on.
  await app.open('#/plan');
  await expect(page.locator('.copied')).toHaveText('');
});
