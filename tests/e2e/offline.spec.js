// Open it anywhere: after one visit the app works with no network; the build works unchanged
// under a deep sub-path; it can be installed; a new version is offered, never forced.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { test, expect } from './app.js';

/** The state of the page's service worker once it has taken its files (`ready` can come while
 * it is still activating). */
const workerReady = (page) =>
  page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker.state === 'activating') {
      await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
    }
    return worker.state;
  });

test('after one visit the app opens with no network, with its data', async ({ app, page, context }) => {
  // The district's page is not kept for a school (it never downloads it) until it is opened.
  const worker = await (await page.request.get('./sw.js')).text();
  const precached = JSON.parse(worker.match(/const FILES = (\[.*\]);/)[1]);
  expect(precached).toContain('./index.html');
  expect(precached.filter((f) => f.includes('district'))).toEqual([]);
  await app.open('#/figures/2025-Y');
  await app.enterFigures([
    ['creche_population', 'total', '100'],
    ['creche_enrolled', 'total', '70'],
  ]);
  expect(await workerReady(page)).toBe('activated');
  await page.goto('./district.html');
  await expect(page.locator('#district-files')).toBeVisible();
  await context.setOffline(true);
  await app.open('#/indicator/2a-nt');
  await expect(page.locator('img.chart')).toBeVisible();
  await expect(page.locator('main')).toContainText('70%');
  // Editing still works and is saved.
  await app.open('#/figures/2025-Y');
  await app.enterFigure('creche_enrolled', 'total', '80');
  expect(JSON.parse(await app.storedDocument()).figures['2025-Y'].creche_enrolled).toEqual({ total: 80 });
  // The district's page, opened once, is kept too (itself, not the app in its place).
  await page.goto('./district.html');
  await expect(page.locator('#district-files')).toBeVisible();
  await page.goBack();
  await context.setOffline(false);
});

test('it can be added to a home screen: a manifest with icons', async ({ app, page }) => {
  await app.open('#/');
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  expect(manifest).toMatchObject({ display: 'standalone', start_url: './', theme_color: '#8a1c4a', lang: 'vi' });
  expect(manifest.name).toContain('bình đẳng giới');
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}`);
    const real = await page.evaluate(async (src) => {
      const bitmap = await createImageBitmap(await (await fetch(src)).blob());
      return [bitmap.width, bitmap.height];
    }, icon.src);
    expect(real).toEqual([size, size]);
  }
});

test('the build works unchanged under a deep sub-path, deep links included', async ({ page, baseURL, context }) => {
  const root = new URL(baseURL);
  const sub = `http://${root.hostname}:${Number(root.port) + 1}/some/deep/path/`;
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${sub}#/indicator/2a-nt`);
  await expect(page.locator('h1')).toContainText('2.a');
  expect(requests.every((p) => p.startsWith('/some/deep/path/'))).toBe(true);
  // The server has nothing at its root: the app really is under the sub-path.
  expect((await page.request.get(`http://${root.hostname}:${Number(root.port) + 1}/`)).status()).toBe(404);
  // Offline there too: the worker's scope is the sub-path.
  expect(await workerReady(page)).toBe('activated');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(sub);
  await context.setOffline(true);
  await page.goto(`${sub}#/plan`);
  await page.reload();
  await expect(page.locator('h1')).toContainText('Chỉnh sửa kế hoạch');
  await context.setOffline(false);
});

test('a new version is offered and taken only when the user accepts', async ({ app, page }) => {
  // A copy of the build on its own server, so that it can be changed under the open app.
  const dir = mkdtempSync(join(tmpdir(), 'bdg-dist-'));
  cpSync('dist', dir, { recursive: true });
  const port = 4190 + test.info().parallelIndex;
  const server = spawn('node', ['scripts/serve.mjs', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  try {
    const url = `http://127.0.0.1:${port}/`;
    await expect(async () => expect((await page.request.get(url)).ok()).toBe(true)).toPass();
    await page.goto(`${url}#/figures/2025-Y`);
    await app.enterFigure('committee', 'total', '10');
    expect(await workerReady(page)).toBe('activated');
    await expect(page.locator('.notice')).toHaveCount(0);

    // A new build is published while the app is open.
    const worker = join(dir, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/const VERSION = '(\w+)'/, "const VERSION = '$1-next'"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const notice = page.locator('.notice');
    await expect(notice).toContainText('Đã có phiên bản mới của ứng dụng. Mọi thay đổi của bạn đã được lưu.');
    // Nothing changes until the user accepts: the new worker waits, the old one still serves.
    const before = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration.waiting?.state, active: registration.active.state };
    });
    expect(before).toEqual({ waiting: 'installed', active: 'activated' });
    await Promise.all([page.waitForEvent('load'), page.locator('#apply-update').click()]);
    await expect(page.locator('main#main')).not.toBeEmpty();
    expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/-next$/)]);
    await expect(app.figure('committee')).toHaveValue('10');
    await expect(page.locator('.notice')).toHaveCount(0);
  } finally {
    server.kill();
  }
});
