#!/usr/bin/env node
/**
 * A small static file server for the built site, used by the browser tests and the benchmark.
 * It behaves like GitHub Pages where that matters: the site is mounted under a base path,
 * `dir/` serves `dir/index.html`, `dir` redirects to `dir/`, unknown paths get 404.html with
 * status 404, responses are gzip-compressed when the client accepts it, and browsers may cache
 * files for ten minutes (revalidating by ETag), as on GitHub Pages.
 * (`docusaurus serve` mishandles asset URLs with a query string under a sub-path.)
 *
 * CLI: node scripts/serve-static.mjs --dir build --base /some-repo/ --port 4173 [--no-gzip]
 * Binds to 127.0.0.1 only.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {fileURLToPath} from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

function normalizeBase(base) {
  return `/${base}/`.replace(/\/{2,}/g, '/');
}

/** Resolves a URL path to a file inside root, or null. Never escapes root. */
function resolveFile(root, relPath) {
  const decoded = decodeURIComponent(relPath);
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  return target;
}

export function createStaticServer({dir, base = '/', gzip = true}) {
  const root = path.resolve(dir);
  const basePath = normalizeBase(base);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No built site in ${root} (index.html missing). Run the build first.`);
  }
  // Files do not change while a test run serves them: read and compress each one once.
  const cache = new Map();
  const load = (filePath, compress) => {
    const key = `${compress ? 'gz' : 'raw'}:${filePath}`;
    let body = cache.get(key);
    if (!body) {
      body = fs.readFileSync(filePath);
      if (compress) body = zlib.gzipSync(body, {level: 6});
      cache.set(key, body);
    }
    return body;
  };
  const etags = new Map();
  const etagOf = (filePath, compress) => {
    const key = `${compress ? 'gz' : 'raw'}:${filePath}`;
    let tag = etags.get(key);
    if (!tag) {
      tag = `"${crypto.createHash('sha1').update(load(filePath, compress)).digest('base64url')}"`;
      etags.set(key, tag);
    }
    return tag;
  };
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status, filePath, headers = {}) => {
      const type = TYPES[path.extname(filePath)] ?? 'application/octet-stream';
      // GitHub Pages lets browsers cache every file for ten minutes and revalidate it by ETag.
      const out = {'content-type': type, 'cache-control': 'max-age=600', ...headers};
      const compress =
        gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const body = load(filePath, compress);
      if (compress) {
        out['content-encoding'] = 'gzip';
        out['vary'] = 'Accept-Encoding';
      }
      const etag = etagOf(filePath, compress);
      out['etag'] = etag;
      if (status === 200 && req.headers['if-none-match'] === etag) {
        res.writeHead(304, out);
        res.end();
        return;
      }
      out['content-length'] = body.length;
      res.writeHead(status, out);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => {
      const page = path.join(root, '404.html');
      if (fs.existsSync(page)) send(404, page);
      else {
        res.writeHead(404, {'content-type': 'text/plain'});
        res.end('Not found');
      }
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname === basePath.slice(0, -1)) {
      res.writeHead(301, {location: basePath + url.search}).end();
      return;
    }
    if (!url.pathname.startsWith(basePath)) return notFound();
    let file;
    try {
      file = resolveFile(root, url.pathname.slice(basePath.length));
    } catch {
      return notFound();
    }
    if (!file) return notFound();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, {location: url.pathname + '/' + url.search}).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return notFound();
    send(200, file);
  });
}

export function startStaticServer({dir, base = '/', port = 0, gzip = true}) {
  const server = createStaticServer({dir, base, gzip});
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const {port: actual} = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}${normalizeBase(base)}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const {url} = await startStaticServer({
    dir: get('dir', 'build'),
    base: get('base', '/'),
    port: Number(get('port', '4173')),
    gzip: !args.includes('--no-gzip'),
  });
  console.log(`Serving ${get('dir', 'build')} at ${url}`);
}
