// Issue 3: a committee member enters a semester's figures, sees statuses and the chart change,
// reloads and finds everything there; every invalid entry gets a clear message and the saved
// data stays exactly as it was.
import { test, expect } from './app.js';

// The 2025 six-month review of a small kindergarten.
const SEMESTER = [
  ['staff', 'total', '40'],
  ['staff', 'female', '38'],
  ['literate', 'female', '38'],
  ['committee', 'total', '10'],
  ['committee_trained', 'total', '1'],
  ['creche_population', 'total', '100'],
  ['creche_population', 'female', '50'],
  ['creche_enrolled', 'total', '70'],
  ['creche_enrolled', 'female', '36'],
  ['parents_reached', 'total', '170'],
];

test('entering a semester changes statuses, chart and dashboard, and survives a reload', async ({ app, page }) => {
  await app.open('#/figures/2025-H1');
  await expect(page.locator('#period-select')).toHaveValue('2025-H1');
  await expect(app.resultRow('5')).toContainText('Chưa có số liệu');
  await app.enterFigures(SEMESTER);

  // Computed as typed: 1 of 10 committee members trained is 10%, the 2025 target.
  await expect(app.resultRow('5').locator('.value')).toHaveText('10%');
  await expect(app.resultRow('5')).toContainText('Đã đạt');
  await expect(app.resultRow('2b').locator('.value')).toHaveText('100%');
  await expect(app.resultRow('2b')).toContainText('Đã đạt');
  // Crèche: 70% in total, girls 72% but boys 68%; the 65% target is met by both.
  await expect(app.resultRow('2a-nt').locator('.value')).toHaveText('70%');
  await expect(app.resultRow('2a-nt')).toContainText('Đã đạt');
  await expect(page.locator('fieldset[aria-labelledby="legend-creche_enrolled"] .derived-value')).toHaveText('34');
  // 170 parents from January to June against half of the year's 350: behind, not off track.
  await expect(app.resultRow('4a-ph').locator('.value')).toHaveText('170 phụ huynh');
  await expect(app.resultRow('4a-ph')).toContainText('Chậm tiến độ');

  // The indicator page shows the value, its chart and the table.
  await page.goto('./#/indicator/2a-nt');
  await expect(page.locator('.indicator-status .latest')).toContainText('70% (6T/2025) · Trẻ gái 72% · Trẻ trai 68% · chênh lệch 4 điểm %');
  const chart = page.locator('img.chart');
  await expect(chart).toHaveAttribute('alt', /6T\/2025: 70%/);
  const firstChart = await chart.getAttribute('src');
  expect(firstChart.startsWith('data:image/svg+xml')).toBe(true);
  await expect(page.locator('tr[data-period="2025-H1"]')).toContainText('Đã đạt');

  // The annual review: fewer boys enrolled, the boys' rate falls under the path.
  await app.open('#/figures/2025-Y');
  await app.enterFigures([
    ['creche_population', 'total', '100'],
    ['creche_population', 'female', '50'],
    ['creche_enrolled', 'total', '66'],
    ['creche_enrolled', 'female', '36'],
  ]);
  await expect(app.resultRow('2a-nt').locator('.value')).toHaveText('66%');
  await expect(app.resultRow('2a-nt')).toContainText('Chậm tiến độ');
  await page.goto('./#/indicator/2a-nt');
  await expect(chart).toHaveAttribute('alt', /Năm 2025: 66%/);
  expect(await chart.getAttribute('src')).not.toEqual(firstChart);
  // 70% (mid-2024.5) then 66% (2025): -8 points a year, about 26% in 2030 against 75%.
  await expect(page.locator('.forecast')).toHaveText(
    'Dự báo: Theo xu hướng hiện nay, năm 2030 đạt khoảng 26%: chưa đạt chỉ tiêu 75%.',
  );

  // The dashboard lists it under "needs attention".
  await page.goto('./#/');
  await expect(app.dashboardRow('2a-nt')).toContainText('Chậm tiến độ');
  await expect(page.locator('.attention-list')).toContainText('2.a (nhà trẻ)');

  // Everything is still there after a reload.
  const saved = await app.storedDocument();
  await page.reload();
  await expect(app.dashboardRow('2a-nt').locator('.latest')).toContainText('66% (Năm 2025)');
  await app.open('#/figures/2025-H1');
  await expect(app.figure('staff', 'female')).toHaveValue('38');
  await expect(app.figure('parents_reached')).toHaveValue('170');
  expect(await app.storedDocument()).toEqual(saved);
});

test('each invalid entry gets its message and the saved data is unchanged', async ({ app, page }) => {
  await app.open('#/figures/2024-Y');
  await app.enterFigures([
    ['staff', 'total', '40'],
    ['staff', 'female', '38'],
    ['committee', 'total', '10'],
  ]);
  const before = await app.storedDocument();
  const cases = [
    ['committee', 'total', 'mười', 'Hãy nhập một số nguyên, ví dụ 25.'],
    ['committee', 'total', '-3', 'Số liệu không được âm.'],
    ['committee', 'total', '3,5', 'Hãy nhập số nguyên (không có phần thập phân).'],
    ['committee', 'total', '99999999', 'Số quá lớn (tối đa 1.000.000).'],
    ['staff', 'female', '41', 'Số nữ (41) không được lớn hơn tổng số (40).'],
    ['staff', 'total', '30', 'Số nữ (38) không được lớn hơn tổng số (30).'],
    ['committee_trained', 'total', '12', 'Chỉ tiêu 5: “Thành viên Ban được tập huấn nghiệp vụ, kỹ năng về bình đẳng giới” (12) không được lớn hơn “Thành viên Ban Vì sự tiến bộ phụ nữ” (10).'],
    ['website_quarters', 'total', '5', 'Chỉ tiêu 4.c'],
  ];
  for (const [field, part, value, message] of cases) {
    await app.enterFigure(field, part, value);
    await expect(app.figureError(field, part)).toContainText(message);
    await expect(app.figure(field, part)).toHaveAttribute('aria-invalid', 'true');
    // What the user typed stays in the box to be fixed; nothing was saved.
    await expect(app.figure(field, part)).toHaveValue(value);
    expect(await app.storedDocument()).toEqual(before);
  }
  // Fixing one box saves it and clears its message; the others keep their text.
  await app.enterFigure('committee', 'total', '12');
  await expect(app.figureError('committee', 'total')).toBeEmpty();
  await expect(app.figure('staff', 'female')).toHaveValue('41');
  const after = JSON.parse(await app.storedDocument());
  expect(after.figures['2024-Y'].committee).toEqual({ total: 12 });
  expect(after.figures['2024-Y'].staff).toEqual({ total: 40, female: 38 });
});

test('a period outside the plan is refused with a message', async ({ app, page }) => {
  await app.open('#/figures/2031-Y');
  await expect(page.locator('main [role="alert"]')).toHaveText(
    'Kỳ báo cáo phải nằm trong giai đoạn của kế hoạch (2021–2030).',
  );
  await expect(page.locator('.figure-row')).toHaveCount(0);
});

test("a period's figures can be cleared after confirming", async ({ app, page }) => {
  await app.open('#/figures/2023-Y');
  await app.enterFigure('committee', 'total', '8');
  page.once('dialog', (d) => d.dismiss());
  await page.getByRole('button', { name: 'Xóa số liệu kỳ này' }).click();
  await expect(app.figure('committee')).toHaveValue('8');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Xóa số liệu kỳ này' }).click();
  await expect(app.figure('committee')).toHaveValue('');
  const doc = JSON.parse(await app.storedDocument());
  expect(doc.figures['2023-Y']).toBeUndefined();
});

test('picking another period opens its figures', async ({ app, page }) => {
  await app.open('#/figures');
  // Today is 29/11/2026: the annual review of 2026 is the one being filled in.
  await expect(page.locator('#period-select')).toHaveValue('2026-Y');
  await page.locator('#period-select').selectOption('2022-H1');
  await expect(page).toHaveURL(/#\/figures\/2022-H1$/);
  await expect(page.locator('#period-results-title')).toContainText('Sơ kết 6 tháng đầu năm 2022');
});
