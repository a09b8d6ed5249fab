// Prints the raw, gzip and brotli sizes of the built app (dist/) by kind, and the total.
//   node scripts/size-report.mjs [--dir dist] [--budget-kib 250]
// With --budget-kib it exits non-zero when the gzip total passes the budget.
import { formatTable, kib, listFiles, measure } from './sizes.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = opt('dir', 'dist');
const budget = opt('budget-kib');

const sizes = measure(listFiles(dir));
const total = sizes.total;
console.log(formatTable(sizes));

if (budget !== undefined) {
  const limit = Number(budget) * 1024;
  if (total.gzip > limit) {
    console.error(`FAIL: gzip total ${kib(total.gzip).trim()} KiB is over the ${budget} KiB budget`);
    process.exit(1);
  }
  console.log(`size budget: gzip total ${kib(total.gzip).trim()} KiB within ${budget} KiB`);
}
