// Issue 13: a school that opens the app mid-plan (November 2026) is told the truth: a 2025
// milestone that passed unmet is never "on track", a pace with no baseline is not guessed, the
// school states its baseline once, and the report's drafts follow the judgement.
import { test, expect } from './app.js';

const LATE_START = [
  ['staff', 'total', '40'],
  ['staff', 'female', '38'],
  ['staff_reached', 'total', '30'],
  ['creche_population', 'total', '100'],
  ['creche_enrolled', 'total', '40'],
  ['parents_reached', 'total', '100'],
];

test('a school starting in 2026 sees the missed 2025 milestones, states a baseline and gets honest drafts', async ({
  app,
  page,
}) => {
  await app.open('#/figures/2026-Y');
  await app.enterFigures(LATE_START);

  // 40% of crèche-age children against 65% due in 2025: off track, not "on track".
  await expect(app.resultRow('2a-nt').locator('.value')).toHaveText('40%');
  await expect(app.resultRow('2a-nt')).toContainText('Chệch hướng');
  // 100 parents in the year against 350.
  await expect(app.resultRow('4a-ph')).toContainText('Chệch hướng');
  // 4.a (staff) has its only target in 2030: without a baseline its pace is not judged.
  await expect(app.resultRow('4a-cb')).toContainText('Chưa đánh giá được tiến độ');
  await expect(page.locator('#needs-baseline')).toContainText('4.a (CBGVNV)');
  await expect(page.locator('#needs-baseline')).not.toContainText('2.a (nhà trẻ)');

  // The dashboard lists both kinds; nothing says the school is on track.
  await app.open('#/');
  const attention = page.locator('.attention-list');
  await expect(attention).toContainText('2.a (nhà trẻ)');
  await expect(attention).toContainText('4.a (phụ huynh)');
  await expect(attention).toContainText('4.a (CBGVNV)');
  await expect(app.dashboardRow('2a-nt')).not.toContainText('Đúng tiến độ');

  // The indicator page says what the status rests on.
  await app.open('#/indicator/2a-nt');
  await expect(page.locator('#standing')).toHaveText(
    'Chưa đạt chỉ tiêu 65% của năm 2025. Thấp hơn mức cần đạt ở kỳ này (67%).',
  );
  await expect(page.locator('#baseline-ask')).toHaveCount(0);

  // 4.a (staff): the page asks for the baseline; a wrong value is refused and nothing saved.
  await app.open('#/indicator/4a-cb');
  await expect(page.locator('#baseline-ask')).toBeVisible();
  await expect(page.locator('#standing')).toContainText('Còn cách chỉ tiêu 100% năm 2030: 25 điểm %.');
  const before = await app.storedDocument();
  await page.locator('#baseline-year').selectOption('2021');
  await page.locator('#baseline-value').fill('120');
  await page.locator('#baseline-save').click();
  await expect(page.locator('#baseline-value-error')).toHaveText('Giá trị không hợp lệ.');
  expect(await app.storedDocument()).toEqual(before);
  // 50% in 2021: the path reaches 50 + 50 x 5/9 = 77.8% in 2026; 75% is behind it.
  await page.locator('#baseline-value').fill('50');
  await page.locator('#baseline-save').click();
  await expect(page.locator('#baseline-saved')).toHaveText('Đã lưu mốc xuất phát.');
  await expect(page.locator('.indicator-status .status')).toContainText('Chậm tiến độ');
  await expect(page.locator('tr[data-period="2026-Y"]')).toContainText('77,8%');
  await expect(page.locator('#baseline-ask')).toHaveCount(0);
  const stored = JSON.parse(await app.storedDocument());
  const staff = stored.plan.objectives.flatMap((o) => o.indicators).find((i) => i.id === '4a-cb');
  expect(staff.baseline).toEqual({ year: 2021, value: 50 });
  await page.reload();
  await expect(page.locator('#baseline-stated')).toHaveText('Mốc xuất phát: 50% (2021)');
  await expect(page.locator('#baseline-value')).toHaveValue('50');

  // The report's drafts are written from these statuses.
  await app.open('#/report/2026-Y');
  const limitations = page.locator('#report-limitations');
  await expect(limitations).toHaveValue(/Chỉ tiêu 2\.a \(nhà trẻ\) .*: đạt 40%\. Chưa đạt chỉ tiêu 65% của năm 2025\./);
  await expect(limitations).toHaveValue(/Chỉ tiêu 4\.a \(phụ huynh\) .*: đạt 100 phụ huynh\./);
  await expect(limitations).not.toHaveValue(/đều đạt hoặc đúng tiến độ/);
  const next = page.locator('#report-next-steps');
  await expect(next).toHaveValue(/Tập trung thực hiện chỉ tiêu 2\.a \(nhà trẻ\) để đạt 75% vào năm 2030\./);
  // 29 November falls in the action month (15/11-15/12): it is under way, not "next".
  await expect(next).not.toHaveValue(/Tháng hành động/);
  await expect(next).toHaveValue(/Ngày Quốc tế phụ nữ \(08\/03\/2027\)/);
  // The report table says how the app reads 4.b, whose year the plan does not state.
  await expect(page.locator('#report tr.row-note').filter({ hasText: 'Kế hoạch không nêu năm' })).toHaveCount(1);
});

test('a six-month review counts half of a yearly target', async ({ app, page }) => {
  await app.open('#/figures/2024-Y');
  await app.enterFigure('parents_reached', 'total', '360');
  await expect(app.resultRow('4a-ph')).toContainText('Đã đạt');
  // 170 parents from January to June 2025: short of half the year's 350 (175), but above 90%
  // of it, so behind, not off track.
  await app.open('#/figures/2025-H1');
  await app.enterFigure('parents_reached', 'total', '170');
  await expect(app.resultRow('4a-ph')).toContainText('Chậm tiến độ');
  await app.open('#/indicator/4a-ph');
  await expect(page.locator('tr[data-period="2025-H1"]')).toContainText('175 phụ huynh');
  // Where the plan leaves the reading open, the page says how the app reads it.
  await expect(page.locator('#app-reading')).toContainText('trong mỗi năm');
});

test('a report due before the school used the app is not overdue and can be marked sent', async ({ app, page }) => {
  await app.open('#/figures/2026-Y');
  await app.enterFigure('staff', 'total', '40');
  await app.open('#/report/2026-Y');
  const h1 = page.locator('#report-calendar li[data-period="2026-H1"]');
  await expect(h1).toContainText('Trước khi nhà trường dùng ứng dụng');
  await expect(page.locator('#report-calendar')).not.toContainText('Quá hạn');
  await h1.getByRole('button', { name: 'Đánh dấu đã gửi ngoài ứng dụng: Sơ kết 6 tháng đầu năm 2026' }).click();
  await expect(h1.locator('.status')).toHaveText('Đã gửi ngoài ứng dụng');
  const stored = JSON.parse(await app.storedDocument());
  expect(stored.reports.find((r) => r.period === '2026-H1').sent_outside).toBe(true);
  await page.reload();
  await expect(page.locator('#report-calendar li[data-period="2026-H1"] .status')).toHaveText('Đã gửi ngoài ứng dụng');
});
