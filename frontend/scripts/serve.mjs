// Serves the production build (dist/) the way the nginx of docker-compose does: hashed assets cached
// for a year, index.html and config.js never; text compressed (brotli or gzip, as the browser
// accepts); unknown paths fall back to index.html (client-side routes). config.js is written from
// the environment, so one build serves every port and host.
//   node scripts/serve.mjs [--port 5173] [--host 127.0.0.1] [--dir dist]
//   ORIENTIR_SPA_API_URL, ORIENTIR_SPA_KEYCLOAK_URL: what config.js tells the SPA
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .join(' ')
    .split('--')
    .filter(Boolean)
    .map((a) => a.trim().split(/\s+/)),
);
const port = Number(args.port ?? 5173);
const host = args.host ?? '127.0.0.1';
const root = resolve(args.dir ?? join(import.meta.dirname, '..', 'dist'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

function configJs() {
  const config = {};
  if (process.env.ORIENTIR_SPA_API_URL) config.apiUrl = process.env.ORIENTIR_SPA_API_URL;
  if (process.env.ORIENTIR_SPA_KEYCLOAK_URL) config.keycloakUrl = process.env.ORIENTIR_SPA_KEYCLOAK_URL;
  return Buffer.from(`window.ORIENTIR_CONFIG = ${JSON.stringify(config)};\n`);
}

/**
 * Compressed bodies are computed once per file, version and encoding; a rebuild while served (a new
 * index.html) gives the file a new version, so no stale page is sent.
 */
const cache = new Map();

function encoded(path, version, body, encoding) {
  let entry = cache.get(path);
  if (entry?.version !== version) cache.set(path, (entry = { version, bodies: {} }));
  entry.bodies[encoding] ??=
    encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(body, { level: 9 });
  return entry.bodies[encoding];
}

async function file(urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root + sep) && path !== root) return null;
  try {
    const s = await stat(path);
    return s.isFile() ? { path, version: `${s.mtimeMs}|${s.size}` } : null;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let body;
    let ext;
    let cacheControl;
    let found;
    if (url.pathname === '/config.js') {
      body = configJs();
      ext = '.js';
      cacheControl = 'no-store';
    } else {
      const asset = url.pathname.startsWith('/assets/');
      found = (await file(url.pathname)) ?? (asset ? null : await file('/index.html'));
      if (!found) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('not found\n');
        return;
      }
      body = await readFile(found.path);
      ext = extname(found.path);
      cacheControl = asset ? 'public, max-age=31536000, immutable' : 'no-cache';
    }
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      Vary: 'Accept-Encoding',
    };
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding =
      !COMPRESSIBLE.has(ext) || body.length < 1024 ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (encoding) {
      body =
        cacheControl === 'no-store'
          ? encoding === 'br'
            ? brotliCompressSync(body)
            : gzipSync(body)
          : encoded(found.path, found.version, body, encoding);
      headers['Content-Encoding'] = encoding;
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`bad request: ${e.message}\n`);
  }
});

server.listen(port, host, () => console.log(`Orientir SPA (production build) on http://${host}:${port}`));
