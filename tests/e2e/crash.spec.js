// Issue 19: when the wasm stops (a panic aborts it, which the browser reports as a
// WebAssembly.RuntimeError), the user is told so, with the saved data safe, a reload and a
// download that works with the wasm dead. The trap is thrown by the test itself: the app has no
// panic left to trigger, and a trigger must not ship in the app.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { AppPage, TODAY } from './app.js';

/** Stops the page the way an aborted wasm does: an uncaught RuntimeError. (In a microtask:
 * the test's fake clock runs timers itself and would catch what they throw.) */
async function stopTheWasm(page) {
  await page.evaluate(() => queueMicrotask(() => {
    throw new WebAssembly.RuntimeError('unreachable');
  }));
}

for (const [name, path, key, file] of [
  ['the school app', './#/figures/2025-Y', 'bdg-tracker.document', 'bdg-du-lieu'],
  ['the office page', './district.html', 'bdg-tracker.district', 'bdg-tong-hop-du-lieu'],
]) {
  test(`${name}: a stopped app says so and still hands over the saved data`, async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
    const app = new AppPage(page);
    await page.goto(path);
    await expect(page.locator('main#main, main').first()).not.toBeEmpty();
    if (key === 'bdg-tracker.document') {
      await app.enterFigure('committee', 'total', '10');
    } else {
      await page.evaluate((k) => localStorage.setItem(k, '{"format":"bdg-tracker-district","version":1}'), key);
    }
    const stored = await page.evaluate((k) => localStorage.getItem(k), key);
    expect(stored).not.toBeNull();
    // An ordinary script error is not a stop: no screen.
    await page.evaluate(() => queueMicrotask(() => {
      throw new Error('something else');
    }));
    await expect(page.locator('#crash-screen')).toHaveCount(0);

    await stopTheWasm(page);
    const screen = page.getByRole('alertdialog', { name: 'Ứng dụng đã dừng do lỗi / The app has stopped' });
    await expect(screen).toBeVisible();
    await expect(screen).toContainText('Dữ liệu đã lưu trên máy này vẫn an toàn.');
    await expect(page.locator('#crash-reload')).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#crash-download').click()]);
    expect(download.suggestedFilename()).toBe(`${file}-2026-11-29.json`);
    expect(readFileSync(await download.path(), 'utf8')).toBe(stored);
    // The reload brings the app back with its data.
    await page.locator('#crash-reload').click();
    await expect(page.locator('#crash-screen')).toHaveCount(0);
    if (key === 'bdg-tracker.document') {
      await page.goto('./#/figures/2025-Y');
      await expect(app.figure('committee')).toHaveValue('10');
    }
  });
}
