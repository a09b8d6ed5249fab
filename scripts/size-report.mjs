// Prints the raw, gzip and brotli sizes of a built page by kind, and the total: the page's HTML
// and the wasm, js and css it loads before its first view (what every visitor downloads), then
// each piece fetched later, when a view is first opened; or with no --page every file of the
// build.
//   node scripts/size-report.mjs [--dir dist] [--page index.html] [--budget-kib 150]
// With --budget-kib it exits non-zero when the first load's gzip total passes the budget.
import { basename, join } from 'node:path';
import { formatTable, kib, listFiles, measure, pageFiles, pieceFiles } from './sizes.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = opt('dir', 'dist');
const page = opt('page');
const budget = opt('budget-kib');

const sizes = measure(page ? pageFiles(join(dir, page)) : listFiles(dir));
const total = sizes.total;
console.log(page ? `${page} and what it loads before its first view:` : `every file of ${dir}:`);
console.log(formatTable(sizes));
if (page) {
  const pieces = pieceFiles(join(dir, page));
  if (pieces.length) {
    console.log(`pieces, each fetched when a view that needs it is first opened (KiB gzip):`);
    const views = pieces.filter((p) => basename(p).startsWith('split_'));
    for (const path of views) console.log(`  ${basename(path).padEnd(34)} ${kib(measure([path]).total.gzip)}`);
    const shared = pieces.filter((p) => !views.includes(p));
    console.log(`  ${`${shared.length} chunks shared by views`.padEnd(34)} ${kib(measure(shared).total.gzip)}`);
    console.log(`  ${'every piece'.padEnd(34)} ${kib(measure(pieces).total.gzip)}`);
  }
}

if (budget !== undefined) {
  const limit = Number(budget) * 1024;
  if (total.gzip > limit) {
    console.error(`FAIL: gzip total ${kib(total.gzip).trim()} KiB is over the ${budget} KiB budget`);
    process.exit(1);
  }
  console.log(`size budget: gzip total ${kib(total.gzip).trim()} KiB within ${budget} KiB`);
}
