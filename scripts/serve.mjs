// A small static file server for the built app: no dependencies, loopback only.
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--base /some/sub/path/] [--compress [gzip]]
// The app is served under --base (default "/") to prove dist/ works under any sub-path.
// With --compress, text and wasm files are sent brotli- or gzip-compressed, as the browser's
// Accept-Encoding allows (brotli first), each compressed once and kept in memory: what a real
// server would send, for transfer and speed figures (make bench). Without it, files go as they are.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// "--name value" pairs; a flag with no value ("--compress") is true.
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) {
      const next = all[i + 1];
      pairs.push([arg.slice(2), next === undefined || next.startsWith('--') ? true : next]);
    }
    return pairs;
  }, []),
);
const root = resolve(args.dir ?? 'dist');
const port = Number(args.port ?? 8080);
const base = ('/' + (args.base ?? '/').replace(/^\/+|\/+$/g, '') + '/').replace('//', '/');
// --compress: brotli or gzip; --compress gzip: gzip only (a server without brotli).
const encodings = args.compress === true ? ['br', 'gzip'] : args.compress ? [args.compress] : [];
const compress = encodings.length > 0;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

// Compressed bodies by file, encoding, size and modification time: each is made once.
const compressed = new Map();
function encode(file, info, body, acceptEncoding) {
  if (!compress || !compressible.has(extname(file))) return null;
  const accepted = (acceptEncoding ?? '').split(',').map((e) => e.split(';')[0].trim().toLowerCase());
  const encoding = encodings.find((e) => accepted.includes(e)) ?? null;
  if (!encoding) return null;
  const key = `${encoding} ${info.size} ${info.mtimeMs} ${file}`;
  let out = compressed.get(key);
  if (!out) {
    out =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 });
    compressed.set(key, out);
  }
  return { encoding, body: out };
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404).end('not found');
    return;
  }
  let path = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    let info = await stat(file);
    const target = info.isDirectory() ? join(file, 'index.html') : file;
    if (target !== file) info = await stat(target);
    const body = await readFile(target);
    const headers = {
      'content-type': types[extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    const encoded = encode(target, info, body, req.headers['accept-encoding']);
    if (encoded) {
      headers['content-encoding'] = encoded.encoding;
      headers.vary = 'accept-encoding';
    } else if (compress) {
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers);
    res.end(encoded ? encoded.body : body);
  } catch {
    res.writeHead(404).end('not found');
  }
});

server.on('error', (err) => {
  console.error(
    err.code === 'EADDRINUSE'
      ? `Port ${port} is already in use: stop the other server, or choose another port (make serve PORT=8081).`
      : String(err),
  );
  process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
