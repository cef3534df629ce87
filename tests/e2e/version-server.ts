// The built app served by a test's own small server, so that the test can publish a "new version"
// while a page is open: a second version differs only in its service worker script, which is what
// the browser compares.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface VersionServer {
  origin: string;
  /** Which version /sw.js is from now on (1 is the build as it is). */
  publish(version: number): void;
  close(): Promise<void>;
}

export async function startVersionServer(dist = process.env.E2E_DIST ?? 'dist'): Promise<VersionServer> {
  let version = 1;
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dist, path === '/' ? 'index.html' : path);
    readFile(file)
      .then((bytes) => {
        const body = path === '/sw.js' && version > 1 ? Buffer.concat([bytes, Buffer.from(`\n// version ${version}\n`)]) : bytes;
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        res.end(body);
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    publish: (next) => {
      version = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
