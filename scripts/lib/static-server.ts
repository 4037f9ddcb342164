import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersForPath } from '../../src/site/security-headers.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.ndjson': 'application/x-ndjson',
  '.txt': 'text/plain; charset=utf-8',
  '.sqlite': 'application/vnd.sqlite3',
};

/**
 * Serves a built site the way a static host does: `/x/` → `x/index.html`, unknown paths → `404.html`, with the
 * headers its `_headers` file gives each path (the Content-Security-Policy among them) as real HTTP headers.
 */
export async function serveStatic(
  root: string,
  /** Called for every file served, with its size and where it is: the benchmark counts what a browser downloads. */
  onServe?: (pathname: string, bytes: number, file: string) => void,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const headersFile = existsSync(path.join(root, '_headers')) ? readFileSync(path.join(root, '_headers'), 'utf8') : '';
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = path.join(root, '404.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('Not found');
      return;
    }
    onServe?.(pathname, statSync(file).size, file);
    response.writeHead(found ? 200 : 404, {
      ...headersForPath(headersFile, pathname),
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
