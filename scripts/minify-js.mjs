// Trunk post-build hook, first: minifies the wasm-bindgen glue the built page loads (trunk's
// own minifier gives up on its `export default` and leaves it as it is), then writes the
// file's new Subresource Integrity hash into the page, where trunk put the old one.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const page = join(dir, basename(process.env.TRUNK_HTML_FILE ?? 'index.html'));
let html = readFileSync(page, 'utf8');
const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const scripts = [...new Set([...html.matchAll(/\.\/([\w.-]+\.js)\b/g)].map((m) => m[1]))];
for (const name of scripts) {
  const file = join(dir, name);
  const source = readFileSync(file, 'utf8');
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  writeFileSync(file, code);
  html = html.replaceAll(sri(source), sri(code));
  console.log(`minify-js: ${name} ${source.length} -> ${code.length} bytes`);
}
writeFileSync(page, html);
