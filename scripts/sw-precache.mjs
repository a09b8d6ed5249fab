// Trunk post-build hook, last: writes every file of the school's app (hashed names included) and a version made from their contents into the service worker, so that it keeps
// exactly this build and a new build is a new worker.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

// The district page's build (district.html) has no worker of its own: the app's build keeps it.
if (basename(process.env.TRUNK_HTML_FILE ?? 'index.html') !== 'index.html') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const worker = join(dir, 'sw.js');
const walk = (d) =>
  readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
// The district's page (district.html and its own wasm and JS) is left out: a school's tablet
// never downloads it; the worker keeps it once the district opens it.
const files = walk(dir)
  .filter((path) => path !== worker && !basename(path).startsWith('district'))
  .map((path) => relative(dir, path).split('\\').join('/'))
  .sort();
const hash = createHash('sha256');
for (const file of files) hash.update(file).update(readFileSync(join(dir, file)));
const version = hash.digest('hex').slice(0, 16);

const source = readFileSync(worker, 'utf8');
const filled = source
  .replace("const VERSION = 'development';", `const VERSION = '${version}';`)
  .replace('const FILES = [];', `const FILES = ${JSON.stringify(files.map((f) => `./${f}`))};`);
if (filled === source) {
  console.error(`sw-precache: no placeholders in ${worker}`);
  process.exit(1);
}
writeFileSync(worker, filled);
console.log(`sw-precache: ${files.length} files, version ${version}`);
