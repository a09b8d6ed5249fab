// Issue 3: the school marks what does not apply and edits the plan into its own; bad edits
// are refused with a message and change nothing.
import { test, expect } from './app.js';

test('an indicator marked not applicable leaves the roll-ups but stays visible', async ({ app, page }) => {
  await app.open('#/indicator/3d-ts');
  await page.locator('#na-check').check();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.locator('#na-error')).toHaveText('Hãy ghi lý do.');
  expect(await app.storedDocument()).toBeNull();

  await page.locator('#na-reason').fill('Trường mầm non không có giáo viên trình độ tiến sĩ');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.locator('.indicator-status')).toContainText('Không áp dụng');

  await page.goto('./#/');
  const row = app.dashboardRow('3d-ts');
  await expect(row).toContainText('Không áp dụng');
  await expect(row.locator('.na-reason')).toContainText('Trường mầm non không có giáo viên trình độ tiến sĩ');
  const objective3 = page.locator('article.objective').nth(2);
  await expect(objective3.locator('.status-legend')).toContainText('Không áp dụng: 1');
  await expect(objective3.locator('.status-legend')).toContainText('Chưa có số liệu: 5');

  // It can be made applicable again.
  await app.open('#/indicator/3d-ts');
  await expect(page.locator('#na-check')).toBeChecked();
  await page.locator('#na-check').uncheck();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.goto('./#/');
  await expect(app.dashboardRow('3d-ts')).toContainText('Chưa có số liệu');
});

test('the plan is edited into another school\'s plan, and the template restored', async ({ app, page }) => {
  await app.open('#/plan');
  await page.locator('#doc-issuer').fill('TRƯỜNG MẦM NON HOA SEN');
  await page.locator('#doc-issuer').press('Tab');
  await page.locator('#doc-number').fill('');
  await page.locator('#doc-number').press('Tab');
  await expect(page.locator('#doc-number-error')).toHaveText('Không được để trống.');

  const editor = page.locator('details.indicator-editor[data-indicator="2a-nt"]');
  await editor.locator('summary').click();
  await page.locator('#ind-2a-nt-m0-value').fill('70');
  await page.locator('#ind-2a-nt-m0-value').press('Tab');
  await page.locator('#ind-2a-nt-m1-value').fill('120');
  await page.locator('#ind-2a-nt-m1-value').press('Tab');
  await expect(page.locator('#ind-2a-nt-m1-value-error')).toHaveText('Giá trị không hợp lệ.');
  await page.locator('#ind-2a-nt-m1-year').fill('2035');
  await page.locator('#ind-2a-nt-m1-year').press('Tab');
  await expect(page.locator('#ind-2a-nt-m1-year-error')).toHaveText('Năm phải trong giai đoạn của kế hoạch.');
  await page.locator('#ind-2a-nt-sense').selectOption('maintain');
  // Saving other boxes leaves the refused entries and their messages where they are.
  await expect(page.locator('#ind-2a-nt-m1-value')).toHaveValue('120');
  await expect(page.locator('#ind-2a-nt-m1-value-error')).toHaveText('Giá trị không hợp lệ.');
  await expect(page.locator('#ind-2a-nt-m1-year')).toHaveValue('2035');

  await page.getByRole('button', { name: 'Thêm chỉ tiêu (Mục tiêu 1)' }).click();
  const added = page.locator('details.indicator-editor[data-indicator="new-1"]');
  await added.locator('summary').click();
  await page.locator('#ind-new-1-name').fill('Trẻ được học về bình đẳng giới');
  await page.locator('#ind-new-1-name').press('Tab');

  const saved = JSON.parse(await app.storedDocument());
  expect(saved.plan.document.issuer).toBe('TRƯỜNG MẦM NON HOA SEN');
  expect(saved.plan.document.number).toBe('06/KH-MNHM');
  const nt = saved.plan.objectives[1].indicators[0];
  expect(nt.milestones).toEqual([{ year: 2025, value: 70 }, { year: 2030, value: 75 }]);
  expect(nt.sense).toBe('maintain');

  await page.goto('./#/');
  await expect(page.locator('.app-header .school-name')).toHaveText('TRƯỜNG MẦM NON HOA SEN');
  await expect(app.dashboardRow('2a-nt').locator('.target-2025')).toHaveText('duy trì 70%');
  await expect(app.dashboardRow('new-1')).toContainText('Trẻ được học về bình đẳng giới');
  await expect(page.locator('article.objective').first()).not.toContainText('không có chỉ tiêu định lượng');

  // Remove the new indicator, then go back to the Hoa Mai template.
  await app.open('#/plan');
  await page.locator('details.indicator-editor[data-indicator="new-1"] summary').click();
  page.once('dialog', (d) => d.accept());
  await page.locator('details.indicator-editor[data-indicator="new-1"]').getByRole('button', { name: 'Xóa chỉ tiêu' }).click();
  await expect(page.locator('details.indicator-editor[data-indicator="new-1"]')).toHaveCount(0);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Dùng lại kế hoạch mẫu Trường MN Hoa Mai' }).click();
  await page.goto('./#/');
  await expect(page.locator('.app-header .school-name')).toHaveText('TRƯỜNG MẦM NON HOA MAI');
  await expect(app.dashboardRow('2a-nt').locator('.target-2025')).toHaveText('ít nhất 65%');
});

test('actions of a task group are added, edited and removed', async ({ app, page }) => {
  await app.open('#/plan');
  const group = page.locator('details.task-group-editor').nth(3);
  await group.locator('summary').click();
  await expect(group.locator('summary')).toContainText('4. Đầu tư trang thiết bị');
  await group.getByRole('button', { name: 'Thêm nội dung' }).click();
  await page.locator('#action-II\\.4\\.1').fill('Mua loa phục vụ tuyên truyền');
  await page.locator('#action-II\\.4\\.1').press('Tab');
  let saved = JSON.parse(await app.storedDocument());
  expect(saved.plan.task_groups[3].actions).toEqual([{ id: 'II.4.1', text: 'Mua loa phục vụ tuyên truyền' }]);
  page.once('dialog', (d) => d.dismiss());
  await group.getByRole('button', { name: 'Xóa II.4.1' }).click();
  saved = JSON.parse(await app.storedDocument());
  expect(saved.plan.task_groups[3].actions).toHaveLength(1);
  page.once('dialog', (d) => d.accept());
  await group.getByRole('button', { name: 'Xóa II.4.1' }).click();
  saved = JSON.parse(await app.storedDocument());
  expect(saved.plan.task_groups[3].actions).toEqual([]);
});
