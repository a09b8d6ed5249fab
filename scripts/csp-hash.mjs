// Trunk post-build hook: writes the hashes of the built page's inline scripts (trunk's wasm
// loader) into its Content-Security-Policy, in place of the 'inline-script-hashes' placeholder,
// so the policy allows exactly those scripts and never 'unsafe-inline'. The page is index.html,
// or district.html in the district page's build.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const page = basename(process.env.TRUNK_HTML_FILE ?? 'index.html');
const file = join(process.env.TRUNK_STAGING_DIR ?? 'dist', page);
const html = readFileSync(file, 'utf8');
const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .filter(([tag, body]) => body.trim() !== '' && !/\bsrc=/.test(tag.slice(0, tag.indexOf('>'))))
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (!html.includes("'inline-script-hashes'")) {
  console.error(`csp-hash: no 'inline-script-hashes' placeholder in ${file}`);
  process.exit(1);
}
writeFileSync(file, html.replace("'inline-script-hashes'", hashes.join(' ')));
console.log(`csp-hash: ${hashes.length} inline script(s) allowed by hash`);
