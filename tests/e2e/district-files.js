// What the district's tests share: schools' data files made from the app's default plan, and
// the page's steps of opening, receiving and downloading.
import { readFileSync } from 'node:fs';
import { expect } from './app.js';

export const PLAN = JSON.parse(readFileSync('src/defaults/hoa-mai.json', 'utf8'));

/** A school's data file: `plan` (the app's default plan unless given) under the school's name,
 * with its figures of 2026's first half. */
export function schoolFile(name, issuer, savedAt, figures, plan = structuredClone(PLAN)) {
  plan.document.issuer = issuer;
  const doc = { format: 'bdg-tracker', version: 2, saved_at: savedAt, revision: 3, plan, figures: { '2026-H1': figures } };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc, null, 2)) };
}

export async function openDistrict(page) {
  await page.goto('./district.html');
  await expect(page.locator('#district-files')).toBeVisible();
}

export async function receiveFiles(page, files) {
  await page.locator('#district-files').setInputFiles(files);
  await expect(page.locator('#district-progress')).toContainText(`Đã đọc ${files.length} tệp`);
}

export async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}
