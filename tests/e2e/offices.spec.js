// Issue 17, point 6: one level up. Two offices roll their schools up on this page and export
// the roll-up JSON file; the province's department reads both files on the same page and
// adds the offices up as an office adds schools up: ratios from summed numerators and
// denominators, a count's target times the schools, the school that marked an indicator not
// applicable left out. A roll-up file of the old version or of a newer one is refused, and
// nothing stored changes.
import { test, expect } from './app.js';
import { PLAN, schoolFile, openDistrict, receiveFiles, download } from './district-files.js';

const OFFICE_A = 'UBND phường Văn Miếu - Quốc Tử Giám';
const OFFICE_B = 'UBND phường Láng';
const PROVINCE = 'Sở Giáo dục và Đào tạo Hà Nội';

const noCommunicators = structuredClone(PLAN);
noCommunicators.objectives.flatMap((o) => o.indicators).find((i) => i.id === '4b').not_applicable =
  'Trường không có tổ truyền thông';

// Worked out by hand, for the province.
// 3.b, women among the key leaders: 3/4 + 2/6 + 1/3 (office A) + 5/5 + 0/5 (office B) = 11/23,
// 47,8%; office A 6/13 (46,2%), office B 5/10 (50%).
// 4.b, communicators among the staff: Hoa Hồng marked it not applicable and Hoa Lan has none,
// so 6/40 + 3/30 + 2/20 = 11/90, 12,2%, of 3 schools out of the 4 that follow it.
// 4.a, parents reached: 200 + 150 = 350, against 350 a school times 5 schools: 1.750.
const OFFICES = [
  [
    OFFICE_A,
    [
      schoolFile('hoa-sen.json', 'TRƯỜNG MẦM NON HOA SEN', '2026-06-05T02:00:00.000Z', {
        key_leaders: { total: 4, female: 3 },
        staff: { total: 40, female: 38 },
        communicators: { total: 6 },
        parents_reached: { total: 200 },
      }),
      schoolFile('hoa-cuc.json', 'TRƯỜNG MẦM NON HOA CÚC', '2026-06-06T02:00:00.000Z', {
        key_leaders: { total: 6, female: 2 },
        staff: { total: 30, female: 30 },
        communicators: { total: 3 },
      }),
      schoolFile(
        'hoa-hong.json',
        'TRƯỜNG MẦM NON HOA HỒNG',
        '2026-06-07T02:00:00.000Z',
        { key_leaders: { total: 3, female: 1 }, staff: { total: 10, female: 9 }, communicators: { total: 1 } },
        noCommunicators,
      ),
    ],
  ],
  [
    OFFICE_B,
    [
      schoolFile('hoa-dao.json', 'TRƯỜNG MẦM NON HOA ĐÀO', '2026-06-05T02:00:00.000Z', {
        key_leaders: { total: 5, female: 5 },
        staff: { total: 20, female: 19 },
        communicators: { total: 2 },
        parents_reached: { total: 150 },
      }),
      schoolFile('hoa-lan.json', 'TRƯỜNG MẦM NON HOA LAN', '2026-06-08T02:00:00.000Z', {
        key_leaders: { total: 5, female: 0 },
        staff: { total: 25, female: 24 },
      }),
    ],
  ],
];

async function name(page, office) {
  await page.locator('#district-office').fill(office);
  await page.locator('#district-office').press('Tab');
  await expect(page.locator('header .school-name')).toHaveText(`Tổng hợp của ${office}`);
}

/** Each office's roll-up file, made by this page from its schools' files. */
async function officeFiles(page) {
  const files = [];
  for (const [office, schools] of OFFICES) {
    await page.evaluate(() => localStorage.clear());
    await openDistrict(page);
    await name(page, office);
    await receiveFiles(page, schools);
    await page.locator('#office-report-parent').fill('UBND THÀNH PHỐ HÀ NỘI');
    await page.locator('#office-report-parent').blur();
    const { name: file, text } = await download(page, '#district-json');
    expect(file).toMatch(/^bdg-tong-hop-.*\.json$/);
    files.push({ name: `${office}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
  await page.evaluate(() => localStorage.clear());
  return files;
}

test('the level above rolls two offices up to hand-computed totals', async ({ app, page }) => {
  await openDistrict(page);
  const files = await officeFiles(page);
  await openDistrict(page);
  await name(page, PROVINCE);
  await receiveFiles(page, files);
  await expect(page.locator('#district-progress')).toHaveText('Đã đọc 2 tệp: 2 tệp có số liệu được nhận, 0 tệp không nhận được.');
  await expect(page.locator('#district-problems li.error')).toHaveCount(0);
  await expect(page.locator('#district-summary')).toHaveAttribute('data-schools', '2');

  const row = (id) => page.locator(`#district-table tr[data-indicator="${id}"]`);
  await expect(row('3b').locator('.value')).toHaveText('47,8% (11/23)');
  await expect(row('3b').locator('td.num')).toHaveText('5/5');
  await expect(row('4b').locator('.value')).toHaveText('12,2% (11/90)');
  await expect(row('4b').locator('td.num')).toHaveText('3/4');
  await expect(row('4b').locator('.departures')).toContainText('4/5');
  await expect(row('4a-ph').locator('.value')).toHaveText('350 phụ huynh');
  await expect(row('4a-ph').locator('td').first()).toContainText('1.750');

  // Each office as a row of its own, from its own sums.
  await page.locator('#district-indicator').selectOption('3b');
  const units = page.locator('#district-schools tbody tr');
  await expect(units.filter({ hasText: OFFICE_A }).locator('.value')).toHaveText('46,2% (6/13)');
  await expect(units.filter({ hasText: OFFICE_B }).locator('.value')).toHaveText('50% (5/10)');
  // The same submission tracker: both offices sent the period, with the day each file was made.
  await expect(page.locator('#district-tracker tbody tr')).toHaveCount(2);
  await expect(page.locator(`#district-tracker tr[data-school="${OFFICE_A}"]`)).toContainText(OFFICE_A);

  // The province's own report opens with the schools' figures added up: 125 staff, 120 women.
  const report = page.locator('#office-report-card .report');
  await expect(report).toContainText(PROVINCE.toUpperCase());
  // It reports on offices: the offices that sent, and where they are behind.
  await expect(report).toContainText('Số đơn vị gửi số liệu sơ kết 6 tháng đầu năm 2026: 2/2');
  await expect(report).toContainText('III. TÌNH HÌNH THỰC HIỆN Ở CÁC ĐƠN VỊ');
  await expect(report).toContainText(`Chỉ tiêu 3.b (Nữ giữ vị trí lãnh đạo chủ chốt): 2 đơn vị chưa đạt mức cần đạt`);
  await expect(report).toContainText('Tổng số cán bộ, giáo viên, nhân viên (CBGVNV): 125, trong đó nữ: 120');
  await expect(report).toContainText('Giữ vị trí lãnh đạo chủ chốt: 23, trong đó nữ: 11 (47,8%)');

  // Kept: a reload shows the same roll-up.
  await page.reload();
  await expect(row('3b').locator('.value')).toHaveText('47,8% (11/23)');
});

test('a roll-up file of the old version or a newer one is refused, and nothing stored changes', async ({ app, page }) => {
  await openDistrict(page);
  const [a, b] = await officeFiles(page);
  await openDistrict(page);
  await receiveFiles(page, [a]);
  await expect(page.locator('#district-summary')).toHaveAttribute('data-schools', '1');
  const stored = await page.evaluate(() => localStorage.getItem('bdg-tracker.district'));

  const old = JSON.parse(b.buffer.toString());
  old.version = 1;
  delete old.measured;
  delete old.sent;
  const newer = { ...JSON.parse(b.buffer.toString()), version: 3 };
  const liar = JSON.parse(b.buffer.toString());
  liar.sent[0].sums.find((s) => s.code === '3.b').with_value = 9;
  const bad = [
    ['cu.json', old],
    ['moi.json', newer],
    ['sai.json', liar],
  ].map(([name, json]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) }));
  await receiveFiles(page, bad);
  await expect(page.locator('#district-progress')).toHaveText('Đã đọc 3 tệp: 0 tệp có số liệu được nhận, 3 tệp không nhận được.');
  const problems = page.locator('#district-problems li.error');
  await expect(problems.filter({ hasText: 'cu.json' })).toContainText('phiên bản cũ');
  await expect(problems.filter({ hasText: 'moi.json' })).toContainText('định dạng phiên bản 3; phiên bản này đọc đến 2');
  await expect(problems.filter({ hasText: 'sai.json' })).toContainText('9 trường');
  await expect(page.locator('#district-summary')).toHaveAttribute('data-schools', '1');
  expect(await page.evaluate(() => localStorage.getItem('bdg-tracker.district'))).toBe(stored);
});
