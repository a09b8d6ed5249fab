// Issue 2: the dashboard shows the whole Hoa Mai plan, the next deadline and key days, on a
// tablet, without errors and without any request leaving the page's origin.
import { test, expect } from './app.js';

// Every indicator of plan 06/KH-MNHM with its targets as the dashboard writes them.
const INDICATORS = [
  ['2a-nt', '2.a (nhà trẻ)', 'ít nhất 65%', 'ít nhất 75%'],
  ['2a-mg', '2.a (mẫu giáo)', 'ít nhất 97%', 'ít nhất 99%'],
  ['2b', '2.b', 'đạt 100%', 'đạt 100%'],
  ['3a', '3.a', 'đạt 100%', 'đạt 100%'],
  ['3b', '3.b', 'đạt 100%', 'đạt 100%'],
  ['3c', '3.c', 'ít nhất 85%', 'ít nhất 95%'],
  ['3d-ths', '3.d (thạc sĩ)', 'ít nhất 9,1% từ năm 2025 trở đi', 'ít nhất 9,1% từ năm 2025 trở đi'],
  ['3d-ts', '3.d (tiến sĩ)', 'ít nhất 3%', 'ít nhất 6%'],
  ['3dd', '3.đ', 'trên 9,1%', 'trên 18%'],
  ['4a-ph', '4.a (phụ huynh)', 'ít nhất 350 phụ huynh trong năm', 'ít nhất 350 phụ huynh trong năm'],
  ['4a-cb', '4.a (CBGVNV)', '— (mốc năm 2030)', 'đạt 100%'],
  ['4b', '4.b', 'ít nhất 15%', 'ít nhất 15%'],
  ['4c', '4.c', 'duy trì 100%', 'duy trì 100%'],
  ['4d', '4.d', '— (mốc năm 2026)', 'đạt 100% (từ năm 2026)'],
  ['5', '5', 'ít nhất 10%', 'ít nhất 20%'],
];

const OBJECTIVES = [
  'Bảo đảm các vấn đề về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong trường.',
  'Thu hẹp khoảng cách giữa trẻ em trai và gái trong tiếp cận giáo dục ở các vùng, miền',
  'Tăng tỷ lệ nữ tham gia các vị trí quản lý, lãnh đạo trong các cơ sở giáo dục',
  'Công tác thông tin, truyền thông',
  'Tăng cường năng lực bộ máy quản lý nhà nước về bình đẳng giới',
];

test('shows the plan header, every objective, indicator and target', async ({ app, page }) => {
  await app.open('#/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const header = page.locator('.plan-header');
  await expect(header).toContainText('UBND QUẬN ĐỐNG ĐA');
  await expect(header).toContainText('TRƯỜNG MẦM NON HOA MAI');
  await expect(header).toContainText('Số: 06/KH-MNHM');
  await expect(header).toContainText('Đống Đa, ngày 28 tháng 3 năm 2022');
  await expect(header).toContainText('Hành động vì sự tiến bộ phụ nữ và bình đẳng giới giai đoạn 2021-2030');

  const objectives = page.locator('article.objective');
  await expect(objectives).toHaveCount(5);
  for (const [i, title] of OBJECTIVES.entries()) {
    await expect(objectives.nth(i).locator('h3')).toContainText(`Mục tiêu ${i + 1}: ${title}`);
  }
  await expect(page.locator('li.indicator-row')).toHaveCount(INDICATORS.length);
  for (const [id, code, t2025, t2030] of INDICATORS) {
    const row = app.dashboardRow(id);
    await expect(row.locator('.code')).toHaveText(code);
    await expect(row.locator('.target-2025')).toHaveText(t2025);
    await expect(row.locator('.target-2030')).toHaveText(t2030);
    await expect(row).toContainText('Chưa có số liệu');
  }
  // The plan's exact wording is one tap away.
  const wording = app.dashboardRow('3dd').locator('details.wording');
  await wording.locator('summary').click();
  await expect(wording).toContainText(
    'Tỷ lệ nữ làm chủ nhiệm các nhiệm vụ khoa học và công nghệ đạt trên 9,1% vào năm 2025 và 18% vào năm 2030.',
  );
});

test('counts the days to the next report and shows the coming key days', async ({ app, page }) => {
  await app.open('#/');
  const deadline = page.locator('section.deadline');
  await expect(deadline).toContainText('Tổng kết năm 2026');
  await expect(deadline).toContainText('20/12/2026');
  await expect(deadline).toContainText('còn 21 ngày');
  await expect(deadline).toContainText('pgd-dongda@hanoiedu.vn');
  const days = page.locator('section.key-days li');
  await expect(days).toHaveCount(4);
  await expect(days.nth(0)).toContainText('Tháng hành động vì bình đẳng giới');
  await expect(days.nth(0)).toContainText('15/11/2026 – 15/12/2026');
  await expect(days.nth(0)).toContainText('đang diễn ra');
  await expect(days.nth(1)).toContainText('Ngày Quốc tế phụ nữ');
  await expect(days.nth(1)).toContainText('08/03/2027');
  await expect(days.nth(1)).toContainText('sau 99 ngày');
});

for (const viewport of [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
]) {
  test(`fits a ${viewport.width}x${viewport.height} tablet with large touch targets`, async ({ app, page }, testInfo) => {
    await page.setViewportSize(viewport);
    const views = ['#/', '#/figures/2025-Y', '#/indicator/2a-nt', '#/plan', '#/activities', '#/report/2025-Y', '#/data', '#/shared/damaged'];
    for (const hash of views) {
      await app.open(hash);
      // The activity form is checked open.
      if (hash === '#/activities') await page.locator('#add-activity').click();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow on ${hash}`).toBeLessThanOrEqual(0);
      const small = await page.evaluate(() => {
        const targets = document.querySelectorAll('a, button, input, select, textarea, summary');
        const out = [];
        for (const el of targets) {
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.height === 0 || el.closest('details:not([open])') && el.tagName !== 'SUMMARY') continue;
          // A checkbox is tapped through its label.
          const hit = el.type === 'checkbox' ? el.closest('label').getBoundingClientRect() : box;
          if (hit.height < 44 || hit.width < 44) out.push(`${el.tagName} ${el.id || el.textContent.trim().slice(0, 30)} ${Math.round(hit.width)}x${Math.round(hit.height)}`);
        }
        return out;
      });
      expect(small, `touch targets under 44 px on ${hash}`).toEqual([]);
      // Kept with the test's output, to look at.
      const name = hash.replace(/[#/]+/g, '-').replace(/^-|-$/g, '') || 'dashboard';
      await page.screenshot({ path: testInfo.outputPath(`${viewport.width}x${viewport.height}-${name}.png`), fullPage: true });
    }
  });
}
