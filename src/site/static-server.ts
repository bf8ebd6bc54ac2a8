// A static file server for a built site, on loopback, under a base path: what any static host
// does. Used by the browser tests and the benchmark.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

// Text is sent gzip-compressed to clients that accept it, as every common static host does, so
// that the bytes a browser test or the benchmark sees are what a reader's browser transfers.
// (Pagefind's index files are gzip-compressed on disk already and are sent as they are.)
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

export interface StaticSite {
  origin: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Serves `root` at http://127.0.0.1:<free port><base>, as a static host would (index.html, 404.html, gzip). */
export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) return notFound(res);
    const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relative);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound(res);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type, vary: 'accept-encoding' });
    createReadStream(file).pipe(res);
  });
  const notFound = (res: import('node:http').ServerResponse) => {
    res.writeHead(404, { 'content-type': TYPES['.html']! });
    const page = join(root, '404.html');
    if (existsSync(page)) createReadStream(page).pipe(res);
    else res.end('not found');
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${base}${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
