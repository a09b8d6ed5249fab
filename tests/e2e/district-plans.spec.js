// Issue 17: schools on plans of their own. Each file carries its plan, and the office adds a
// school's figures to an indicator only where that plan measures it as the office's does: a
// school without the indicator, one marking it not applicable and one measuring it otherwise
// are named, counted neither in the sums nor as missing; the schools' levels filter the
// roll-up; one school's file is removed (and put back) while the others stay.
import { test, expect } from './app.js';
import { PLAN, schoolFile, openDistrict, receiveFiles, download } from './district-files.js';

const SEN = 'TRƯỜNG MẦM NON HOA SEN';
const HONG = 'TRƯỜNG MẦM NON HOA HỒNG';
const CUC = 'TRƯỜNG MẦM NON HOA CÚC';
const DAO = 'TRƯỜNG MẦM NON HOA ĐÀO';
const KIM_DONG = 'TRƯỜNG TIỂU HỌC KIM ĐỒNG';
const REASON = 'Trường chỉ có một cán bộ quản lý';

/** The default plan, changed by `change` (given the plan and its indicator 3.b). */
function planWith(change) {
  const plan = structuredClone(PLAN);
  change(plan, plan.objectives.flatMap((o) => o.indicators).find((i) => i.id === '3b'));
  return plan;
}

const withoutIndicator = planWith((plan) => {
  for (const o of plan.objectives) o.indicators = o.indicators.filter((i) => i.id !== '3b');
});
const notApplicable = planWith((_, ind) => {
  ind.not_applicable = REASON;
});
// Women among all staff, under 3.b's code: another numerator and denominator.
const measuredOtherwise = planWith((_, ind) => {
  ind.measure = { ratio: { numerator: { field: { id: 'staff', part: 'female' } }, denominator: { field: { id: 'staff', part: 'total' } } } };
});

// Worked out by hand. 3.b, women among the key leaders, only where it is measured as the
// office's: Hoa Sen 3/4 + Kim Đồng 2/2 = 5/6, 83,3%; of the kindergartens, 3/4.
// 4.b, communicators among the staff, in every plan: Hoa Sen 6/40 + Hoa Hồng 3/30 +
// Kim Đồng 5/25 = 14/95, 14,7% (Hoa Cúc and Hoa Đào have no communicators).
const FILES = [
  schoolFile('hoa-sen.json', SEN, '2026-06-05T02:00:00.000Z', {
    key_leaders: { total: 4, female: 3 },
    staff: { total: 40, female: 38 },
    communicators: { total: 6 },
  }),
  schoolFile('hoa-hong.json', HONG, '2026-06-06T02:00:00.000Z', {
    key_leaders: { total: 6, female: 2 },
    staff: { total: 30, female: 27 },
    communicators: { total: 3 },
  }, withoutIndicator),
  schoolFile('hoa-cuc.json', CUC, '2026-06-07T02:00:00.000Z', {
    key_leaders: { total: 5, female: 5 },
    staff: { total: 20, female: 20 },
  }, notApplicable),
  schoolFile('hoa-dao.json', DAO, '2026-06-08T02:00:00.000Z', {
    key_leaders: { total: 5, female: 0 },
    staff: { total: 20, female: 10 },
  }, measuredOtherwise),
  schoolFile('kim-dong.json', KIM_DONG, '2026-06-09T02:00:00.000Z', {
    key_leaders: { total: 2, female: 2 },
    staff: { total: 25, female: 20 },
    communicators: { total: 5 },
  }),
  { name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "bdg-tracker", "version": 2, "plan": 5}') },
];

const row = (page, id) => page.locator(`#district-table tr[data-indicator="${id}"]`);

test('schools on three plans: each special case named, the sums as worked out by hand', async ({ app, page }) => {
  await openDistrict(page);
  await receiveFiles(page, FILES);
  await expect(page.locator('#district-progress')).toHaveText('Đã đọc 6 tệp: 5 tệp có số liệu được nhận, 1 tệp không nhận được.');
  await expect(page.locator('#district-problems li').filter({ hasText: 'hong.json' })).toHaveText(/^Không nhận được tệp “hong\.json”/);

  await expect(row(page, '3b').locator('.value')).toHaveText('83,3% (5/6)');
  await expect(row(page, '3b').locator('td.num')).toHaveText('2/2');
  await expect(row(page, '3b').locator('.departures')).toHaveText(
    `2/5 trường theo dõi chỉ tiêu này; không áp dụng: ${CUC} (${REASON}); không có trong kế hoạch của trường: ${HONG}; đo theo cách khác nên không cộng: ${DAO}.`,
  );
  // A school that departs from one indicator still counts for the others.
  await expect(row(page, '4b').locator('.value')).toHaveText('14,7% (14/95)');
  await expect(row(page, '4b').locator('td.num')).toHaveText('3/5');
  await expect(row(page, '4b').locator('.departures')).toHaveCount(0);

  // Each school's standing on 3.b: the special cases in words, not as missing data.
  await page.locator('#district-indicator').selectOption('3b');
  const school = (name) => page.locator('#district-schools tbody tr').filter({ hasText: name });
  await expect(school(HONG)).toContainText('Không có trong kế hoạch');
  await expect(school(CUC)).toContainText('Không áp dụng');
  await expect(school(DAO)).toContainText('Đo theo cách khác');
  await expect(page.locator('#district-schools [data-departure="true"]')).toHaveCount(3);
  await expect(school(SEN).locator('.value')).toHaveText('75% (3/4)');
  await expect(school(HONG)).not.toContainText('Chưa có số liệu');

  // The JSON roll-up says how many schools each value adds up.
  const json = JSON.parse((await download(page, '#district-json')).text);
  const value = (code) => json.values.find((v) => v.school === undefined && v.code === code && v.period === '2026-H1');
  expect(value('3.b')).toMatchObject({ numerator: 5, denominator: 6, schools: 2 });
  expect(value('4.b')).toMatchObject({ numerator: 14, denominator: 95, schools: 3 });

  // Kindergartens and primary schools, filtered.
  const level = page.locator('#district-level');
  await level.selectOption({ label: 'Mầm non' });
  await expect(row(page, '3b').locator('.value')).toHaveText('75% (3/4)');
  await expect(row(page, '3b').locator('.departures')).toContainText('1/4 trường theo dõi chỉ tiêu này');
  await expect(row(page, '4b').locator('.value')).toHaveText('12,9% (9/70)');
  await expect(page.locator('#district-matrix tbody tr')).toHaveCount(4);
  await level.selectOption({ label: 'Tiểu học' });
  await expect(row(page, '3b').locator('.value')).toHaveText('100% (2/2)');
  await expect(page.locator('#district-matrix tbody th')).toHaveText([KIM_DONG]);
  await level.selectOption({ label: 'Mọi cấp học' });
  await expect(page.locator('#district-matrix tbody tr')).toHaveCount(5);
});

test('a plan that contradicts itself and a namesake under another commune are named, nothing mixed in', async ({ app, page }) => {
  await openDistrict(page);
  await receiveFiles(page, FILES.slice(0, 1));
  const stored = await page.evaluate(() => localStorage.getItem('bdg-tracker.district'));

  // A second school of the same name, under another commune, for the same period.
  const elsewhere = planWith((plan) => {
    plan.document.issuer_parent = 'UBND XÃ SÓC SƠN';
  });
  const namesake = schoolFile('sen-soc-son.json', SEN, '2026-06-09T02:00:00.000Z', { key_leaders: { total: 9, female: 1 } }, elsewhere);
  await receiveFiles(page, [namesake]);
  const problems = page.locator('#district-problems li');
  await expect(problems).toHaveText([
    new RegExp(`^Tệp “sen-soc-son\\.json”: ${SEN} thuộc “UBND XÃ SÓC SƠN” đã có số liệu 6T/2026 của một trường cùng tên thuộc “${PLAN.document.issuer_parent}”; không gộp số liệu này`),
  ]);
  await expect(row(page, '3b').locator('.value')).toHaveText('75% (3/4)');
  expect(await page.evaluate(() => localStorage.getItem('bdg-tracker.district'))).toBe(stored);

  // A plan giving 3.b's code to a second indicator that counts something else.
  const contradicting = planWith((plan, ind) => {
    const twin = structuredClone(ind);
    twin.id = '3b-bis';
    twin.measure = { count: { term: { field: { id: 'key_leaders', part: 'total' } }, unit: 'người' } };
    plan.objectives[0].indicators.push(twin);
  });
  const lan = schoolFile('hoa-lan.json', 'TRƯỜNG MẦM NON HOA LAN', '2026-06-09T02:00:00.000Z', { key_leaders: { total: 8, female: 8 } }, contradicting);
  await receiveFiles(page, [lan]);
  await expect(problems).toHaveText([
    'Tệp “hoa-lan.json”: kế hoạch của trường dùng cùng một mã cho các chỉ tiêu đo khác nhau (3.b); các chỉ tiêu này không được cộng vào tổng.',
  ]);
  await expect(row(page, '3b').locator('.value')).toHaveText('75% (3/4)');
  await expect(row(page, '3b').locator('.departures')).toContainText('đo theo cách khác nên không cộng: TRƯỜNG MẦM NON HOA LAN');
});

test("one school's file is removed after a confirmation, the others stay, and it can be undone", async ({ app, page }) => {
  // Kim Đồng sent two periods: 2026's first half and the 2025 annual review.
  const kimDong = JSON.parse(FILES[4].buffer.toString());
  kimDong.figures['2025-Y'] = { key_leaders: { total: 2, female: 1 } };
  const files = [...FILES.slice(0, 4), { ...FILES[4], buffer: Buffer.from(JSON.stringify(kimDong)) }];
  await openDistrict(page);
  await receiveFiles(page, files);
  const received = page.locator('#district-received tbody tr');
  await expect(received).toHaveCount(6);
  const hong = received.filter({ hasText: HONG });
  await expect(hong.locator('td')).toHaveText(['Sơ kết 6 tháng đầu năm 2026', 'hoa-hong.json', '06/06/2026', '29/11/2026', 'Gỡ kỳ này']);

  // Cancelled: nothing changes.
  page.once('dialog', (dialog) => dialog.dismiss());
  await hong.getByRole('button', { name: `Gỡ kỳ này: Sơ kết 6 tháng đầu năm 2026 của ${HONG}` }).click();
  await expect(received).toHaveCount(6);

  const before = await page.evaluate(() => localStorage.getItem('bdg-tracker.district'));
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    dialog.accept();
  });
  await hong.getByRole('button', { name: `Gỡ kỳ này: Sơ kết 6 tháng đầu năm 2026 của ${HONG}` }).click();
  await expect(page.locator('#district-removal')).toContainText(`Đã gỡ 1 lượt gửi: ${HONG}, Sơ kết 6 tháng đầu năm 2026.`);
  expect(asked).toContain(`(tệp “hoa-hong.json”)`);
  await expect(received).toHaveCount(5);
  await expect(received.filter({ hasText: HONG })).toHaveCount(0);
  // 4.b without Hoa Hồng: 6/40 + 5/25 = 11/65; the copy taken first is the data before.
  await expect(row(page, '4b').locator('.value')).toHaveText('16,9% (11/65)');
  expect(await page.evaluate(() => localStorage.getItem('bdg-tracker.district.before-removal'))).toBe(before);

  // Undone: Hoa Hồng is back, and kept so after a reload.
  await page.locator('#district-undo').click();
  await expect(page.locator('#district-removal')).toHaveText('Đã khôi phục dữ liệu như trước lần gỡ.');
  await expect(row(page, '4b').locator('.value')).toHaveText('14,7% (14/95)');
  await page.reload();
  await expect(received).toHaveCount(6);

  // The whole of one school, both its periods.
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: `Gỡ cả trường: mọi số liệu đã nhận của ${KIM_DONG}` }).click();
  await expect(page.locator('#district-removal')).toContainText(`Đã gỡ 2 lượt gửi: ${KIM_DONG}.`);
  await expect(received).toHaveCount(4);
  await expect(row(page, '3b').locator('.value')).toHaveText('75% (3/4)');
  await page.reload();
  await expect(received.filter({ hasText: KIM_DONG })).toHaveCount(0);
  await expect(received).toHaveCount(4);
});
