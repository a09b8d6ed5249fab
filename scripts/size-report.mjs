// Prints the raw, gzip and brotli sizes of the built app (dist/) by kind, and the total.
//   node scripts/size-report.mjs [--dir dist] [--budget-kib 250]
// With --budget-kib it exits non-zero when the gzip total passes the budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = opt('dir', 'dist');
const budget = opt('budget-kib');

const kinds = { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' };
const rows = {};
const walk = (d) =>
  readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
for (const path of walk(dir)) {
  const kind = kinds[extname(path)];
  if (!kind) continue;
  const body = readFileSync(path);
  const row = (rows[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
  row.raw += body.length;
  row.gzip += gzipSync(body, { level: 9 }).length;
  row.brotli += brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
}

const kib = (n) => (n / 1024).toFixed(1).padStart(8);
const total = { raw: 0, gzip: 0, brotli: 0 };
console.log(`${'kind'.padEnd(6)} ${'raw KiB'.padStart(8)} ${'gzip KiB'.padStart(8)} ${'br KiB'.padStart(8)}`);
for (const kind of ['wasm', 'js', 'css', 'html']) {
  const r = rows[kind] ?? { raw: 0, gzip: 0, brotli: 0 };
  for (const k of Object.keys(total)) total[k] += r[k];
  console.log(`${kind.padEnd(6)} ${kib(r.raw)} ${kib(r.gzip)} ${kib(r.brotli)}`);
}
console.log(`${'total'.padEnd(6)} ${kib(total.raw)} ${kib(total.gzip)} ${kib(total.brotli)}`);

if (budget !== undefined) {
  const limit = Number(budget) * 1024;
  if (total.gzip > limit) {
    console.error(`FAIL: gzip total ${kib(total.gzip).trim()} KiB is over the ${budget} KiB budget`);
    process.exit(1);
  }
  console.log(`size budget: gzip total ${kib(total.gzip).trim()} KiB within ${budget} KiB`);
}
