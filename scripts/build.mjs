// The release build: both pages (index.html, the school's app; district.html, the office's),
// each view's code split into pieces fetched when the view is first opened.
//   node scripts/build.mjs [--no-split] [--keep-names] [--out dist]
//
// 1. cargo builds both wasm binaries with the `split` feature, linked with --emit-relocs so
//    that the splitter can move code (in target/split: the flags differ from other builds);
// 2. wasm-split-cli cuts each into main.wasm, its loader __wasm_split.js and the pieces;
// 3. wasm-bindgen writes the JS glue of the main module (main.js: the loader imports it by that
//    name), keeping the exports the pieces link against;
// 4. wasm-opt -Oz shrinks every wasm, terser every script (csso the stylesheets; the pages lose
//    their comments), and the names linking the main wasm to its glue become one or two
//    letters (short-names.mjs);
// 5. each page's code goes into a folder named by its content's hash, so two builds' pieces
//    never mix (the splitter's own names are not content hashes), with start.js, which starts
//    it (and on the school's first visit fetches the shipped plan's piece beside the main
//    wasm); stylesheets get hashed names; the pages, the service worker (with this build's
//    files) and the rest are written.
// --no-split builds one wasm per page (for comparing sizes); --keep-names keeps function names
// in the wasm (for twiggy).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { minify as minifyCss } from 'csso';
import { minify } from 'terser';
import { shortenNames } from './short-names.mjs';
import { listFiles } from './sizes.mjs';

const args = process.argv.slice(2);
const split = !args.includes('--no-split');
const keepNames = args.includes('--keep-names');
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'dist';

const PAGES = [
  { page: 'index.html', bin: 'bdg-tracker' },
  { page: 'district.html', bin: 'district' },
];
const STYLES = ['style/main.css', 'style/print.css'];
const COPIED = ['sw-register.js', 'crash.js', 'manifest.webmanifest', 'icons'];

/** Where the school's app keeps its document, read from `browser/storage.rs`. */
const DOCUMENT_KEY = readFileSync('src/browser/storage.rs', 'utf8').match(/const DOCUMENT_KEY: &str = "([^"]+)";/)[1];

/** The files of the piece `name` (its own and the chunks it needs), as the splitter's loader
 *  fetches them; none if the page has no such piece. A loader this cannot read stops the
 *  build rather than leave the piece unpreloaded. */
const filesOfPiece = (loader, name) => {
  const text = readFileSync(loader, 'utf8');
  const start = text.indexOf(`export const __wasm_split_load_${name} =`);
  if (start < 0) return [];
  const next = text.indexOf('export const', start + 1);
  const entry = text.slice(start, next < 0 ? undefined : next);
  const fetched = (code) => code.match(/fetch\(new URL\("\.\/([\w.]+\.wasm)"/)?.[1];
  const own = fetched(entry);
  const needs = entry.match(/\n, \[([^\]]*)\]\)\);\s*$/)?.[1];
  if (!own || needs === undefined) throw new Error(`build: cannot read piece ${name} in ${loader}`);
  const chunks = needs.split(',').map((v) => v.trim()).filter(Boolean).map((v) => {
    const from = text.indexOf(`const ${v} = makeLoad(`);
    const file = from < 0 ? undefined : fetched(text.slice(from, text.indexOf('});', from)));
    if (!file) throw new Error(`build: cannot read chunk ${v} of piece ${name} in ${loader}`);
    return file;
  });
  return [own, ...chunks];
};

const run = (cmd, cmdArgs, env = {}) =>
  execFileSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
const hashOf = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 12);
};

// 1. cargo. RUSTFLAGS replaces .cargo/config.toml's flags, so erase_components is repeated.
const targetDir = split ? 'target/split' : 'target';
const bins = PAGES.flatMap(({ bin }) => ['--bin', bin]);
run(
  'cargo',
  ['build', '--release', '--locked', '--target', 'wasm32-unknown-unknown', ...bins, ...(split ? ['--features', 'split'] : [])],
  split ? { CARGO_TARGET_DIR: targetDir, RUSTFLAGS: '--cfg erase_components -Clink-args=--emit-relocs' } : {},
);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// 2-5, per page: its code in <bin>-<hash>/, started by start.js.
const code = {};
for (const { bin } of PAGES) {
  const stage = join('target/build', bin);
  rmSync(stage, { recursive: true, force: true });
  const raw = join(targetDir, 'wasm32-unknown-unknown/release', `${bin}.wasm`);
  const glue = join(stage, 'out');
  let main = raw;
  if (split) {
    run('wasm-split-cli', [raw, join(stage, 'split')]);
    main = join(stage, 'split/main.wasm');
  }
  run('wasm-bindgen', [
    main,
    '--target', 'web',
    '--no-typescript',
    '--out-dir', glue,
    '--out-name', 'main',
    ...(split ? ['--keep-lld-exports'] : []),
    ...(keepNames ? ['--keep-debug', '--no-demangle'] : []),
  ]);
  if (split) {
    for (const name of readdirSync(join(stage, 'split'))) {
      if (name !== 'main.wasm') cpSync(join(stage, 'split', name), join(glue, name));
    }
  }
  for (const name of readdirSync(glue)) {
    const file = join(glue, name);
    if (name.endsWith('.wasm')) {
      // The splitter writes a name subsection wasm-opt does not know and warns about, for
      // every piece: only other warnings are passed on.
      const opt = spawnSync('wasm-opt', ['-Oz', ...(keepNames ? ['--debuginfo'] : []), file, '--output', file], { encoding: 'utf8' });
      const said = opt.stderr.split('\n').filter((line) => line && !line.includes('unknown name subsection'));
      if (said.length) console.error(said.join('\n'));
      if (opt.status !== 0) throw new Error(`wasm-opt failed on ${file}`);
    } else if (name.endsWith('.js')) {
      const { code: small } = await minify(readFileSync(file, 'utf8'), { module: true, compress: true, mangle: true });
      writeFileSync(file, small);
    }
  }
  // Short names for the imports and exports between main_bg.wasm and main.js (see
  // short-names.mjs). The exports the splitter's loader takes keep their names, and so does the
  // memory, which make bench reads.
  const loader = join(glue, '__wasm_split.js');
  const shortened = shortenNames(readFileSync(join(glue, 'main_bg.wasm')), readFileSync(join(glue, 'main.js'), 'utf8'), {
    module: './main_bg.js',
    keep: ['memory', ...(existsSync(loader) ? [readFileSync(loader, 'utf8')] : [])],
  });
  writeFileSync(join(glue, 'main_bg.wasm'), shortened.wasm);
  writeFileSync(join(glue, 'main.js'), shortened.glue);
  // The started event hands over the wasm's exports, for make bench to read its memory. On a
  // first visit (nothing stored yet) the school's start needs the shipped plan's piece: it is
  // fetched beside the main wasm rather than after it has run, and as soon as start.js runs:
  // main.js is imported after, not by a static import, which would hold start.js back until
  // main.js and the splitter's loader had both arrived.
  const firstVisit = split ? filesOfPiece(join(stage, 'split/__wasm_split.js'), 'shipped') : [];
  for (const file of firstVisit) {
    if (!existsSync(join(glue, file))) throw new Error(`build: ${file}, to preload, is not in the build`);
  }
  const preload = firstVisit.length
    ? `try{if(!localStorage.getItem(${JSON.stringify(DOCUMENT_KEY)}))for(const f of ${JSON.stringify(firstVisit)})document.head.append(Object.assign(document.createElement('link'),{rel:'preload',as:'fetch',crossOrigin:'anonymous',href:new URL(f,import.meta.url).href}))}catch(e){}`
    : '';
  writeFileSync(
    join(glue, 'start.js'),
    `${preload}import('./main.js').then((glue)=>glue.default()).then((wasm)=>dispatchEvent(new CustomEvent('bdg-started',{detail:{wasm}})));\n`,
  );
  const files = readdirSync(glue).sort();
  const folder = `${bin}-${hashOf(...files.flatMap((name) => [name, readFileSync(join(glue, name))]))}`;
  cpSync(glue, join(out, folder), { recursive: true });
  code[bin] = folder;
}

// Stylesheets minified (csso, without restructuring, so that the rules stay in their order),
// under names that change with their content.
const styles = {};
for (const path of STYLES) {
  const { css } = minifyCss(readFileSync(path, 'utf8'), { restructure: false });
  const name = `${basename(path, '.css')}-${hashOf(css)}.css`;
  writeFileSync(join(out, name), css);
  styles[path] = name;
}

// The plain scripts minified too (classic scripts: their top-level names are left alone).
for (const path of COPIED) {
  if (path.endsWith('.js')) {
    const { code: small } = await minify(readFileSync(path, 'utf8'), { compress: true, mangle: true });
    writeFileSync(join(out, path), small);
  } else {
    cpSync(path, join(out, path), { recursive: true });
  }
}

// The pages: each names its stylesheets, and its code where the source says `<!-- app: <bin> -->`:
// the glue and the main wasm preloaded, start.js as the one script (no inline script, so the
// Content-Security-Policy allows scripts from 'self' only).
for (const { page, bin } of PAGES) {
  let html = readFileSync(page, 'utf8');
  for (const [path, name] of Object.entries(styles)) html = html.replaceAll(`href="${path}"`, `href="${name}"`);
  const placeholder = `<!-- app: ${bin} -->`;
  if (!html.includes(placeholder)) throw new Error(`${page} has no ${placeholder}`);
  const dir = code[bin];
  html = html.replace(
    placeholder,
    [
      `<link rel="modulepreload" href="${dir}/main.js">`,
      // Imported by main.js: named here, it is fetched beside it rather than after it.
      ...(split ? [`<link rel="modulepreload" href="${dir}/__wasm_split.js">`] : []),
      `<link rel="preload" href="${dir}/main_bg.wasm" as="fetch" type="application/wasm" crossorigin>`,
      `<script type="module" src="${dir}/start.js"></script>`,
    ].join('\n    '),
  );
  // The source's comments are for its readers, not for every visitor to download.
  writeFileSync(join(out, page), html.replace(/\s*<!--[\s\S]*?-->/g, ''));
}

// The service worker keeps every file of the school's app, and this build's version: a new
// build is a new worker. The district's page and code, which a school never needs, are left
// out; the worker keeps them once the office opens the page.
const files = listFiles(out)
  .map((path) => relative(out, path).split('\\').join('/'))
  .filter((path) => !path.startsWith('district'))
  .sort();
const version = hashOf(...files.flatMap((file) => [file, readFileSync(join(out, file))]));
const worker = readFileSync('sw.js', 'utf8');
const filled = worker
  .replace("const VERSION = 'development';", `const VERSION = '${version}';`)
  .replace('const FILES = [];', `const FILES = ${JSON.stringify(files.map((f) => `./${f}`))};`);
if (filled === worker) throw new Error('sw.js has lost its VERSION and FILES placeholders');
writeFileSync(join(out, 'sw.js'), filled);

console.log(`build: ${out}/ with ${Object.values(code).join(', ')}; service worker ${version} keeps ${files.length} files`);
