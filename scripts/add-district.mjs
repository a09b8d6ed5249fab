// Trunk post-build hook of the app's build, before sw-precache.mjs: copies the district page's
// build (district.html with its own wasm and JS, made first by `make build` into
// target/district-dist) into this build, so that dist/ holds both pages and the service worker
// keeps both. Its stylesheets and icons are the app's own and are already there.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

if (basename(process.env.TRUNK_HTML_FILE ?? 'index.html') !== 'index.html') process.exit(0);
const from = 'target/district-dist';
const to = process.env.TRUNK_STAGING_DIR ?? 'dist';
if (!existsSync(join(from, 'district.html'))) {
  // A plain `trunk build` or `trunk serve` of the app alone still works, without the page.
  console.warn(`add-district: no ${from}/district.html, so no district page (make build makes it)`);
  process.exit(0);
}
const files = readdirSync(from).filter((name) => name.startsWith('district'));
for (const name of files) copyFileSync(join(from, name), join(to, name));
console.log(`add-district: ${files.join(', ')}`);
