// Raw, gzip (-9) and brotli (quality 11) sizes of built files by kind (wasm, js, css, html),
// shared by scripts/size-report.mjs (make size) and scripts/bench.mjs (make bench).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const KINDS = { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' };
const ORDER = ['wasm', 'js', 'css', 'html'];

/** Every file under `dir`, recursively. */
export function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** A piece of a split build: the code of a view (split_*.wasm) or code pieces share
 *  (chunk_*.wasm), fetched when a view is first opened, not with the page. */
export const isPiece = (path) => /^(split|chunk)_[^/]*\.wasm$/.test(basename(path));

/** The files a page loads before its first view: the HTML itself and the wasm, js and css it
 *  references (through src and href attributes), following the static and dynamic imports of
 *  its scripts, but not the pieces its split loader fetches later (`pieceFiles`). Only files
 *  that exist next to it are counted. */
export function pageFiles(htmlPath) {
  const found = new Set([resolve(htmlPath)]);
  const queue = [resolve(htmlPath)];
  while (queue.length) {
    const file = queue.shift();
    const text = readFileSync(file, 'utf8');
    const refs = [];
    if (extname(file) === '.html') {
      for (const m of text.matchAll(/\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
        refs.push(m[1] ?? m[2] ?? m[3]);
      }
      // An inline loader: import init from './x.js'; init({ module_or_path: './x_bg.wasm' })
      for (const m of text.matchAll(/['"]((?:\.{0,2}\/)?[^'"\s<>]+\.(?:js|mjs|wasm|css))['"]/g)) refs.push(m[1]);
    } else if (extname(file) === '.js' || extname(file) === '.mjs') {
      for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) refs.push(m[1]);
      for (const m of text.matchAll(/new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url/g)) refs.push(m[1]);
    }
    for (const ref of refs) {
      if (!ref || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref) || ref.startsWith('#')) continue;
      const clean = decodeURIComponent(ref.split(/[?#]/)[0]);
      const path = resolve(dirname(file), clean);
      if (!KINDS[extname(path)] || isPiece(path) || found.has(path) || !existsSync(path) || !statSync(path).isFile()) continue;
      found.add(path);
      queue.push(path);
    }
  }
  return [...found];
}

/** Sizes of `paths` by kind and in total: { wasm: { raw, gzip, brotli }, js, css, html, total }.
 *  Files of other kinds are left out. */
export function measure(paths) {
  const rows = Object.fromEntries(ORDER.map((k) => [k, { raw: 0, gzip: 0, brotli: 0 }]));
  for (const path of paths) {
    const kind = KINDS[extname(path)];
    if (!kind) continue;
    const body = readFileSync(path);
    const row = rows[kind];
    row.raw += body.length;
    row.gzip += gzipSync(body, { level: 9 }).length;
    row.brotli += brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const kind of ORDER) for (const k of Object.keys(total)) total[k] += rows[kind][k];
  return { ...rows, total };
}

export const kib = (n) => (n / 1024).toFixed(1).padStart(8);

/** The table make size prints: one line per kind and the total, in KiB. `indent` prefixes
 *  every line. */
export function formatTable(sizes, indent = '') {
  const lines = [`${'kind'.padEnd(6)} ${'raw KiB'.padStart(8)} ${'gzip KiB'.padStart(8)} ${'br KiB'.padStart(8)}`];
  for (const kind of [...ORDER, 'total']) {
    const r = sizes[kind];
    lines.push(`${kind.padEnd(6)} ${kib(r.raw)} ${kib(r.gzip)} ${kib(r.brotli)}`);
  }
  return lines.map((l) => indent + l).join('\n');
}

/** The pieces of a page's split build, fetched as views are opened: every split_*.wasm and
 *  chunk_*.wasm in the folders of the page's code. */
export function pieceFiles(htmlPath) {
  const dirs = new Set(pageFiles(htmlPath).map((path) => dirname(path)));
  return [...dirs].flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)).filter(isPiece)).sort();
}
