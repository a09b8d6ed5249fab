// Short names for the links between the main wasm and its JS glue.
//
// wasm-bindgen names every import after the JS function and a hash of its signature
// (`__wbg_createElement_de4a31ed2fb252be`), and each name is written twice: in the wasm's import
// section and in the glue's table of imports. Hashes do not compress, so these names cost the
// school's first load about 5 KiB gzip. The build renames each to one or two letters in both
// files, and does the same for the exports that only the glue calls (`B.__wbindgen_malloc`).
//
//   shortenNames(wasm, glue, { module, keep }) -> { wasm, glue, renamed }
//   node scripts/short-names.mjs <wasm> <glue.js> <module>   (rewrites both files: make bench
//                                                             gives the floor the same)
//
// `module` is the glue's module name in the wasm (`./main_bg.js`). An export keeps its name when
// one of the texts of `keep` (such as the splitter's loader) names it, or when the glue uses it
// other than as `.name`. An import the glue does not name once, as a key of its table of
// imports, stops the build rather than ship a wasm whose links are broken.

import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The n-th short name: a … Z, aa … ZZ, … */
const shortName = (n) => {
  let name = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / LETTERS.length)) {
    name = LETTERS[(i - 1) % LETTERS.length] + name;
  }
  return name;
};

const readLeb = (bytes, at) => {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    if (at >= bytes.length) throw new Error('short-names: the wasm ends inside a number');
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
};

const leb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
};

const readName = (bytes, at) => {
  const [length, start] = readLeb(bytes, at);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
};

const nameBytes = (name) => {
  const text = Buffer.from(name, 'utf8');
  return Buffer.concat([leb(text.length), text]);
};

/** Where an import's description (after its two names) ends. */
const skipImportDescription = (bytes, at) => {
  const kind = bytes[at++];
  const limits = () => {
    const flags = bytes[at++];
    [, at] = readLeb(bytes, at);
    if (flags & 1) [, at] = readLeb(bytes, at);
  };
  if (kind === 0x00) [, at] = readLeb(bytes, at); // function: its type
  else if (kind === 0x01) { at += 1; limits(); } // table: element type, limits
  else if (kind === 0x02) limits(); // memory
  else if (kind === 0x03) at += 2; // global: value type, mutability
  else throw new Error(`short-names: an import of kind ${kind} is not known`);
  return at;
};

const escape = (text) => text.replace(/[$]/g, '\\$&');
// Names are whole identifiers: `…_hc2f1a32ae488ab66` must not match `…_hc2f1a32ae488ab66_13`.
const word = (name) => `(?<![\\w$])${escape(name)}(?![\\w$])`;

/** Whether an export is one of wasm-bindgen's own (its names have an underscore: a plain word
 *  such as `start` may also be a property of something else in the glue), used by the glue
 *  only as `.name`, and named by none of the `keep` texts. */
const calledByGlueOnly = (name, glue, keep) => {
  if (!name.includes('_') || keep.some((text) => text.includes(name))) return false;
  const uses = glue.match(new RegExp(word(name), 'g'))?.length ?? 0;
  const called = glue.match(new RegExp(`\\.${word(name)}`, 'g'))?.length ?? 0;
  return uses > 0 && called === uses;
};

export const shortenNames = (wasm, glue, { module, keep = [] }) => {
  const renamed = new Map();
  const rename = (name) => {
    if (!renamed.has(name)) renamed.set(name, shortName(renamed.size));
    return renamed.get(name);
  };
  const imported = [];
  const exported = [];
  const exportNames = new Set();

  const sections = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readLeb(wasm, at + 1);
    const end = body + size;
    if (id === 2 || id === 7) {
      let [count, p] = readLeb(wasm, body);
      const entries = [leb(count)];
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          let from;
          let name;
          [from, p] = readName(wasm, p);
          [name, p] = readName(wasm, p);
          const described = p;
          p = skipImportDescription(wasm, p);
          const ours = from === module;
          if (ours) imported.push(name);
          entries.push(nameBytes(from), nameBytes(ours ? rename(name) : name), wasm.subarray(described, p));
        } else {
          let name;
          [name, p] = readName(wasm, p);
          const described = p;
          [, p] = readLeb(wasm, p + 1);
          const glueOnly = calledByGlueOnly(name, glue, keep);
          if (glueOnly) exported.push(name);
          const kept = glueOnly ? rename(name) : name;
          if (exportNames.has(kept)) throw new Error(`short-names: two exports would be named ${kept}`);
          exportNames.add(kept);
          entries.push(nameBytes(kept), wasm.subarray(described, p));
        }
      }
      if (p !== end) throw new Error(`short-names: section ${id} is not as long as it says`);
      const payload = Buffer.concat(entries);
      sections.push(Buffer.from([id]), leb(payload.length), payload);
    } else {
      sections.push(wasm.subarray(at, end));
    }
    at = end;
  }

  for (const name of imported) {
    const uses = glue.match(new RegExp(word(name), 'g'))?.length ?? 0;
    const asKey = new RegExp(`${word(name)}:`);
    if (uses !== 1 || !asKey.test(glue)) {
      throw new Error(`short-names: the glue does not name the import ${name} once, as a key`);
    }
    glue = glue.replace(asKey, `${renamed.get(name)}:`);
  }
  for (const name of exported) glue = glue.replace(new RegExp(`\\.${word(name)}`, 'g'), `.${renamed.get(name)}`);
  return { wasm: Buffer.concat(sections), glue, renamed };
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [wasmPath, gluePath, module] = process.argv.slice(2);
  if (!module) throw new Error('usage: node scripts/short-names.mjs <wasm> <glue.js> <module>');
  const short = shortenNames(readFileSync(wasmPath), readFileSync(gluePath, 'utf8'), { module, keep: ['memory'] });
  writeFileSync(wasmPath, short.wasm);
  writeFileSync(gluePath, short.glue);
}
