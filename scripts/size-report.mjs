// Prints the raw, gzip and brotli sizes of a built page by kind, and the total: the page's HTML
// and the wasm, js and css it loads (what a visitor downloads), or with no --page every file of
// the build.
//   node scripts/size-report.mjs [--dir dist] [--page index.html] [--budget-kib 350]
// With --budget-kib it exits non-zero when the gzip total passes the budget.
import { join } from 'node:path';
import { formatTable, kib, listFiles, measure, pageFiles } from './sizes.mjs';

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
console.log(page ? `${page} and what it loads:` : `every file of ${dir}:`);
console.log(formatTable(sizes));

if (budget !== undefined) {
  const limit = Number(budget) * 1024;
  if (total.gzip > limit) {
    console.error(`FAIL: gzip total ${kib(total.gzip).trim()} KiB is over the ${budget} KiB budget`);
    process.exit(1);
  }
  console.log(`size budget: gzip total ${kib(total.gzip).trim()} KiB within ${budget} KiB`);
}
