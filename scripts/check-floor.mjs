// Checks the build against the browser floor README states (iPadOS/Safari 15, Chrome 96 on
// Android, Firefox ESR 91 and later): every wasm of dist/ may use only the WebAssembly features
// those all have, and every script only the syntax they all read (ES2021).
//   node scripts/check-floor.mjs [--dir dist]
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { parse } from 'acorn';
import wabtInit from 'wabt';
import { listFiles } from './sizes.mjs';

const dir = process.argv.includes('--dir') ? process.argv[process.argv.indexOf('--dir') + 1] : 'dist';
// Safari 15 is the last to arrive: bulk memory, non-trapping float-to-int and reference types
// came with it; sign extension, mutable globals and multi-value were there before.
const FLOOR = ['mutable_globals', 'sat_float_to_int', 'sign_extension', 'multi_value', 'bulk_memory', 'reference_types'];
const ALL = [...FLOOR, 'exceptions', 'simd', 'threads', 'function_references', 'tail_call', 'annotations', 'code_metadata', 'gc', 'memory64', 'extended_const', 'relaxed_simd'];
const ES_FLOOR = 2021;

/** The module without its custom sections (names, producers, target features): what is
 *  checked is the code, and the splitter's pieces carry custom sections the reader refuses. */
function codeOnly(bytes) {
  const out = [bytes.subarray(0, 8)];
  let i = 8;
  while (i < bytes.length) {
    const start = i++;
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[i++];
      size |= (b & 0x7f) << shift;
      if (b < 0x80) break;
    }
    if (bytes[start] !== 0) out.push(bytes.subarray(start, i + size));
    i += size;
  }
  // A copy with its own buffer: the reader takes the whole ArrayBuffer, and a small Buffer is a
  // view into a shared pool.
  return new Uint8Array(Buffer.concat(out));
}

const wabt = await wabtInit();
const refusal = (bytes, allowed) => {
  try {
    const features = Object.fromEntries(ALL.map((f) => [f, allowed.includes(f)]));
    wabt.readWasm(codeOnly(bytes), { readDebugNames: false, ...features }).validate();
    return null;
  } catch (e) {
    return e.message.split('\n').filter(Boolean).slice(1, 2).join(' ') || e.message;
  }
};

const problems = [];
const files = listFiles(dir);
const wasm = files.filter((f) => f.endsWith('.wasm'));
for (const file of wasm) {
  const why = refusal(readFileSync(file), FLOOR);
  if (why) problems.push(`${relative(dir, file)}: uses a WebAssembly feature beyond the floor: ${why}`);
}
// The check must be able to refuse: without reference types, the app's main module is refused.
const main = wasm.find((f) => basename(f) === 'main_bg.wasm');
if (!main || refusal(readFileSync(main), FLOOR.filter((f) => f !== 'reference_types')) === null) {
  problems.push('the feature check refuses nothing: it cannot be trusted');
}

const scripts = files.filter((f) => f.endsWith('.js'));
for (const file of scripts) {
  // The pages' code is loaded as modules; the worker, its registration and the crash screen
  // as classic scripts.
  const sourceType = /^(sw|sw-register|crash)\.js$/.test(basename(file)) ? 'script' : 'module';
  try {
    parse(readFileSync(file, 'utf8'), { ecmaVersion: ES_FLOOR, sourceType });
  } catch (e) {
    problems.push(`${relative(dir, file)}: syntax beyond ES${ES_FLOOR}: ${e.message}`);
  }
}

if (problems.length) {
  console.error(`FAIL: the build does not keep to the browser floor:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`browser floor: ${wasm.length} wasm files within Safari 15's WebAssembly features, ${scripts.length} scripts within ES${ES_FLOOR}`);
