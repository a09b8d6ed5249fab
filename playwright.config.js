// End-to-end tests: Debian's Chromium (never a downloaded browser) driving the release build
// in dist/, served by a plain static server, at a tablet viewport with touch.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
export const SUB_PATH = '/some/deep/path/';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/e2e/output',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 768, height: 1024 },
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    // The same build under a deep sub-path, on a plain static server with no rewrite rules.
    {
      command: `node scripts/serve.mjs --dir dist --port ${port + 1} --base ${SUB_PATH}`,
      url: `http://127.0.0.1:${port + 1}${SUB_PATH}`,
      reuseExistingServer: false,
    },
  ],
});
