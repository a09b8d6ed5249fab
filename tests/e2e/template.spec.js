// Issue 17, the office's template: the office saves its plan with its own targets as a template
// file; a school whose plan measured 3.b otherwise takes it in its plan editor through the real
// file input, keeps its figures, and the next file it sends rolls up with the others exactly.
// A file that is not a template is refused where a template is due, and a template where a
// school's data is due, each with what stored left as it was.
import { test, expect } from './app.js';
import { PLAN, schoolFile, openDistrict, receiveFiles, download } from './district-files.js';

const OFFICE = 'UBND phường Văn Miếu - Quốc Tử Giám';
const SEN = 'TRƯỜNG MẦM NON HOA SEN';
const DAO = 'TRƯỜNG MẦM NON HOA ĐÀO';
const DOC = 'bdg-tracker.document';

const sen = schoolFile('hoa-sen.json', SEN, '2026-06-05T02:00:00.000Z', {
  key_leaders: { total: 4, female: 3 },
  staff: { total: 40, female: 38 },
});

// Hoa Đào counts women among all its staff under 3.b's code: not the office's measure.
function daoPlan() {
  const plan = structuredClone(PLAN);
  const ind = plan.objectives.flatMap((o) => o.indicators).find((i) => i.id === '3b');
  ind.measure = { ratio: { numerator: { field: { id: 'staff', part: 'female' } }, denominator: { field: { id: 'staff', part: 'total' } } } };
  ind.baseline = { year: 2021, value: 40 };
  return plan;
}
const dao = schoolFile('hoa-dao.json', DAO, '2026-06-08T02:00:00.000Z', {
  key_leaders: { total: 5, female: 2 },
  staff: { total: 20, female: 10 },
}, daoPlan());

const asFile = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const row = (page, id) => page.locator(`#district-table tr[data-indicator="${id}"]`);

test('a school takes the office template and its next file rolls up exactly', async ({ app, page }) => {
  // The office: its name, Hoa Đào's first file (3.b measured otherwise, so not summed), its
  // target for 3.b, then the template.
  await openDistrict(page);
  await page.locator('#district-office').fill(OFFICE);
  await page.locator('#district-office').press('Tab');
  await receiveFiles(page, [sen, dao]);
  await expect(row(page, '3b').locator('.value')).toHaveText('75% (3/4)');
  await expect(row(page, '3b').locator('.departures')).toContainText(`đo theo cách khác nên không cộng: ${DAO}`);
  await page.locator('#district-indicator').selectOption('3b');
  await page.locator('#district-target-2025').fill('60');
  await page.locator('#district-target-2025').press('Tab');
  const saved = await download(page, '#district-template');
  expect(saved.name).toBe('bdg-mau-ke-hoach-2026-11-29.json');
  const template = JSON.parse(saved.text);
  expect(template).toMatchObject({ format: 'bdg-tracker-template', version: 1, office: OFFICE, made_on: '2026-11-29' });
  const target3b = template.plan.objectives.flatMap((o) => o.indicators).find((i) => i.id === '3b');
  expect(target3b.milestones).toContainEqual({ year: 2025, value: 60 });

  // A template is not a school's data: the office's page says so and keeps what it holds.
  const district = await page.evaluate(() => localStorage.getItem('bdg-tracker.district'));
  await page.locator('#district-files').setInputFiles([asFile(saved.name, saved.text)]);
  await expect(page.locator('#district-problems li')).toContainText('đây là tệp mẫu kế hoạch của cấp trên');
  expect(await page.evaluate(() => localStorage.getItem('bdg-tracker.district'))).toBe(district);

  // Hoa Đào's tablet: its data, imported through the data page.
  await app.open('#/data');
  await page.locator('#import-file').setInputFiles(dao);
  await page.locator('#import-replace').click();
  await expect(page.locator('#import-message')).toContainText('hoa-dao.json');
  // Where data is due, a template is refused.
  const before = await app.storedDocument();
  await page.locator('#import-file').setInputFiles(asFile(saved.name, saved.text));
  await expect(page.locator('#import-message')).toContainText('đây là tệp mẫu kế hoạch của cấp trên');
  expect(await app.storedDocument()).toBe(before);

  await app.open('#/plan');
  const message = page.locator('#template-message');
  // Where a template is due: a school's data file, a broken template, a newer one.
  await page.locator('#template-file').setInputFiles(dao);
  await expect(message).toHaveText(/^Không lấy được mẫu từ tệp “hoa-dao\.json”: đây là tệp dữ liệu của một trường/);
  const broken = saved.text.replace('"made_on": "2026-11-29"', '"made_on": "hôm qua"');
  await page.locator('#template-file').setInputFiles(asFile('mau-hong.json', broken));
  await expect(message).toContainText('made_on');
  const newer = saved.text.replace('"version": 1', '"version": 9');
  await page.locator('#template-file').setInputFiles(asFile('mau-moi.json', newer));
  await expect(message).toContainText('phiên bản 9');
  await expect(message).toHaveClass('error');
  // Said no to: nothing changes.
  page.once('dialog', (d) => d.dismiss());
  await page.locator('#template-file').setInputFiles(asFile(saved.name, saved.text));
  await expect(message).toBeEmpty();
  expect(await app.storedDocument()).toBe(before);

  // Taken: the office's indicators and targets; the school's own header, figures, baseline.
  let question = '';
  page.once('dialog', (d) => {
    question = d.message();
    d.accept();
  });
  await page.locator('#template-file').setInputFiles(asFile(saved.name, saved.text));
  await expect(message).toHaveText(new RegExp(`^Đã lấy mẫu kế hoạch của ${OFFICE}: \\d+ chỉ tiêu\\.`));
  expect(question).toContain(`Lấy mẫu kế hoạch của ${OFFICE} (lập ngày 29/11/2026`);
  const taken = JSON.parse(await app.storedDocument());
  const old = JSON.parse(before);
  expect(taken.plan.document).toEqual(old.plan.document);
  expect(taken.figures).toEqual(old.figures);
  const ind = taken.plan.objectives.flatMap((o) => o.indicators).find((i) => i.id === '3b');
  expect(ind.measure).toEqual(target3b.measure);
  expect(ind.milestones).toContainEqual({ year: 2025, value: 60 });
  // Its baseline was of another measure: not carried onto the office's.
  expect(ind.baseline).toBeUndefined();
  // The copy from before is on the data page.
  await app.open('#/data');
  await expect(page.locator('#snapshots li').first()).toContainText('Trước khi nhập tệp');
  await page.reload();
  await app.open('#/indicator/3b');
  await expect(page.locator('main')).toContainText('60%');

  // Its next file, at the office: 3.b summed with Hoa Sen's, no school departing.
  await app.open('#/data');
  const next = await download(page, '#export-json');
  await openDistrict(page);
  await receiveFiles(page, [asFile('hoa-dao-moi.json', next.text)]);
  // 3/4 + 2/5 = 5/9.
  await expect(row(page, '3b').locator('.value')).toHaveText('55,6% (5/9)');
  await expect(row(page, '3b').locator('.departures')).toHaveCount(0);
  await expect(row(page, '3b').locator('td.num')).toHaveText('2/2');
});

test('the office rolls up by the plan of a school’s file, then by the app’s again', async ({ app, page }) => {
  await openDistrict(page);
  await receiveFiles(page, [sen, dao]);
  await expect(page.locator('#district-plan')).toContainText('kế hoạch mẫu của ứng dụng');
  const stored = () => page.evaluate(() => localStorage.getItem('bdg-tracker.district'));
  const before = await stored();
  const message = page.locator('#district-plan-message');

  // A broken file and a file of no plan: named, nothing changes.
  await page.locator('#district-plan-file').setInputFiles(asFile('hong.json', '{"format": "bdg-tracker", "version": 2, "plan": 5}'));
  await expect(message).toHaveText(/^Không lấy được kế hoạch từ tệp “hong\.json”: .*Dữ liệu của đơn vị không thay đổi\.$/);
  await page.locator('#district-plan-file').setInputFiles(asFile('ghi-chu.json', '{"ghi_chu": 1}'));
  await expect(message).toContainText('đây không phải tệp dữ liệu của ứng dụng này');
  expect(await stored()).toBe(before);

  // An own target set against the app's plan goes with it when another plan is taken.
  await page.locator('#district-indicator').selectOption('3b');
  await page.locator('#district-target-2025').fill('60');
  await page.locator('#district-target-2025').press('Tab');
  await expect(row(page, '3b')).toContainText('ít nhất 60%');

  // Hoa Đào's plan: 3.b is women among all staff, so Hoa Đào is summed and Hoa Sen departs.
  let question = '';
  page.once('dialog', (d) => {
    question = d.message();
    d.accept();
  });
  await page.locator('#district-plan-file').setInputFiles(dao);
  await expect(message).toHaveText(/^Đã lấy kế hoạch từ tệp “hoa-dao\.json”: \d+ chỉ tiêu\.$/);
  expect(question).toContain(`theo kế hoạch trong tệp của ${DAO}`);
  await expect(page.locator('#district-plan')).toContainText(`kế hoạch lấy từ tệp của ${DAO}`);
  await expect(row(page, '3b')).not.toContainText('ít nhất 60%');
  await expect(row(page, '3b').locator('.value')).toHaveText('50% (10/20)');
  await expect(row(page, '3b').locator('.departures')).toContainText(`đo theo cách khác nên không cộng: ${SEN}`);
  // Kept, and the template carries it.
  await page.reload();
  await expect(row(page, '3b').locator('.value')).toHaveText('50% (10/20)');
  const template = JSON.parse((await download(page, '#district-template')).text);
  const ind = template.plan.objectives.flatMap((o) => o.indicators).find((i) => i.id === '3b');
  expect(ind.measure.ratio.numerator).toEqual({ field: { id: 'staff', part: 'female' } });
  // Hoa Đào's own baseline is not the office's, nor any other school's.
  expect(ind.baseline).toBeUndefined();
  expect(ind.milestones).not.toContainEqual({ year: 2025, value: 60 });
  // Kept as a template of its own, beside the district's data, whose format the plan does not
  // change.
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('bdg-tracker.district.plan')));
  expect(kept).toMatchObject({ format: 'bdg-tracker-template', version: 1 });
  expect(kept).toMatchObject({ office: DAO });
  expect(JSON.parse(await stored()).plan).toBeUndefined();

  await page.locator('#district-plan-reset').click();
  await expect(message).toHaveText(/^Đang tổng hợp lại theo kế hoạch mẫu của ứng dụng/);
  await expect(row(page, '3b').locator('.value')).toHaveText('75% (3/4)');
  await expect(page.locator('#district-plan')).toContainText('kế hoạch mẫu của ứng dụng');

  // A stored plan the import would refuse (years no loop should run through) is not used.
  await page.evaluate((t) => localStorage.setItem('bdg-tracker.district.plan', t),
    JSON.stringify({ ...kept, plan: { ...kept.plan, end_year: 1000000 } }));
  await page.reload();
  await expect(message).toHaveText(/^Kế hoạch đã lấy trước đây trên máy này không đọc được/);
  await expect(row(page, '3b').locator('.value')).toHaveText('75% (3/4)');
});
