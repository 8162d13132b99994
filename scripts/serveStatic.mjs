// The one static server for the end-to-end tests, the benchmark and Lighthouse: several folders under their own
// prefixes on one origin, compressed and cached the way a real static host serves a build, so tests and
// measurements see what visitors get.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/**
 * Serves each folder of `mounts` under its prefix, e.g. `{ '/app/': 'dist', '/data/': 'tmp' }`; `handlers` answer
 * their own paths themselves (`{ '/app/slow.json': (req, res) => … }`), as a test needs for a download that
 * trickles or stalls.
 * @example const server = await serveStatic({ '/app/': 'dist' }); await fetch(`${server.origin}/app/`);
 */
export async function serveStatic(mounts, handlers = {}) {
  // The longest prefix wins, so a folder can be mounted inside another one's address space.
  const roots = Object.entries(mounts)
    .map(([prefix, root]) => [prefix, resolve(root)])
    .sort((x, y) => y[0].length - x[0].length);
  // Compressed once per file, as hosts keep pre-compressed copies: compressing a large dataset on every request
  // would stall this process, which also drives the browser.
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (handlers[path]) return handlers[path](req, res);
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return void res.writeHead(404).end('not found');
    const [prefix, root] = mount;
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      // A file rewritten since (a test's new deployment) gets compressed again.
      const { mtimeMs, size } = await stat(file);
      const key = `${file}:${mtimeMs}:${size}`;
      let body = await readFile(file);
      const type = extname(file);
      const headers = {
        'content-type': TYPES[type] ?? 'application/octet-stream',
        // Hashed build assets never change; everything else is checked on each visit.
        'cache-control': /\/assets\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
        body = gzipped.get(key);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.byteLength;
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    // A download a test left stalled would otherwise hold the server open.
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
