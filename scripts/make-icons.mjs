// Renders icons/icon.svg to the PNG sizes the web manifest names (192 and 512 px), with
// Debian's Chromium. Run by hand when the icon changes; the PNGs are committed.
//   node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: `icons/icon-${size}.png`, omitBackground: false });
  await page.close();
}
await browser.close();
console.log('icons/icon-192.png, icons/icon-512.png');
