// The saved document — what an export writes and the district receives — follows the JSON
// Schema in docs/, after real use: figures by sex, a not-applicable mark, an edited plan.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { test, expect } from './app.js';

const schema = JSON.parse(readFileSync('docs/bdg-tracker.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const problems = (doc) => (validate(doc) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));

test('the version 2 fixture, with activities, follows the schema', () => {
  const fixture = JSON.parse(readFileSync('tests/fixtures/document-v2.json', 'utf8'));
  expect(problems(fixture)).toEqual([]);
  fixture.activities[0].kind = 'party';
  delete fixture.activities[1].title;
  expect(problems(fixture).length).toBeGreaterThanOrEqual(2);
});

test('the version 1 fixture follows the schema', () => {
  const fixture = JSON.parse(readFileSync('tests/fixtures/document-v1.json', 'utf8'));
  expect(problems(fixture)).toEqual([]);
  // And the schema can fail: a count above the maximum and an unknown period are refused.
  fixture.figures['2025-Q3'] = {};
  Object.values(fixture.figures)[0].staff = { total: 2000000 };
  expect(problems(fixture).length).toBeGreaterThanOrEqual(2);
});

test('the saved document follows the schema after real use', async ({ app, page }) => {
  await app.open('#/figures/2025-H1');
  await app.enterFigures([
    ['staff', 'total', '40'],
    ['staff', 'female', '38'],
    ['parents_reached', 'total', '120'],
    ['website_quarters', 'total', '2'],
  ]);
  await app.open('#/indicator/3d-ts');
  await page.locator('#na-check').check();
  await page.locator('#na-reason').fill('Không có tiến sĩ');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await app.open('#/plan');
  await page.getByRole('button', { name: 'Thêm chỉ tiêu (Mục tiêu 1)' }).click();
  await expect(page.locator('details.indicator-editor[data-indicator="new-1"]')).toHaveCount(1);
  await page.locator('#addr-recipient').fill('UBND phường Văn Miếu - Quốc Tử Giám');
  await page.locator('#addr-recipient').press('Tab');
  await app.open('#/activities');
  await page.getByRole('button', { name: 'Mẫu: Ngày Quốc tế phụ nữ' }).click();
  // Typing waits for the form's focus to land on its first box (the next frame).
  await expect(page.locator('#act-start')).toBeFocused();
  await page.locator('#act-parents').fill('120');
  await page.locator('#save-activity').click();
  await app.open('#/report/2025-H1');
  await page.locator('#report-number').fill('7/BC-MNHM');
  await page.locator('#report-number').press('Tab');
  await page.locator('#report-signer-name').fill('Nguyễn Thị Lan');
  await page.locator('#report-signer-name').press('Tab');
  await page.locator('#chart-choice summary').click();
  await page.locator('#chart-4a-ph').check();
  await page.locator('#finish-report').click();
  await expect(page.locator('#report-status')).toContainText('Đã hoàn thành');
  const doc = JSON.parse(await app.storedDocument());
  expect(doc.figures['2025-H1'].staff).toEqual({ total: 40, female: 38 });
  expect(doc.activities).toHaveLength(1);
  expect(doc.reports[0].versions).toHaveLength(1);
  const finished = doc.reports[0].versions[0].report;
  expect(finished.signer_name).toBe('Nguyễn Thị Lan');
  // The charts chosen, each of an indicator that has one.
  const checked = await page.locator('#chart-choice input:checked').evaluateAll((boxes) => boxes.map((b) => b.id.slice(6)));
  expect(finished.charts).toContain('4a-ph');
  expect(finished.charts.toSorted()).toEqual(checked.toSorted());
  expect(doc.addressing.recipient).toBe('UBND phường Văn Miếu - Quốc Tử Giám');
  expect(problems(doc)).toEqual([]);
});

test('the exported file is the saved document, named for the school and the day', async ({ app, page }) => {
  await app.open('#/figures/2026-Y');
  await app.enterFigures([
    ['committee', 'total', '10'],
    ['committee_trained', 'total', '2'],
  ]);
  await app.open('#/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải bản sao lưu toàn bộ dữ liệu (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('bdg-MNHM-2026-11-29.json');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toBe(await app.storedDocument());
  const doc = JSON.parse(text);
  expect(doc.figures['2026-Y'].committee_trained).toEqual({ total: 2 });
  expect(problems(doc)).toEqual([]);
});
