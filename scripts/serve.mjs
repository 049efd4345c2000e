// A small static file server for www/ on 127.0.0.1, used by `scripts/serve.sh`
// and by the browser tests. It serves files only from www/, with the right
// MIME types (application/wasm lets the browser compile while downloading)
// and the same Content-Security-Policy the page declares.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.d.ts': 'text/plain; charset=utf-8',
};

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const defaultRoot = resolve(fileURLToPath(new URL('../www', import.meta.url)));

/** Starts the server; resolves to { server, url }. Port 0 picks a free port. */
export function startServer({ port = 0, root: givenRoot = defaultRoot, host = '127.0.0.1' } = {}) {
  const root = resolve(givenRoot);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        response.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = Number(process.env.PORT ?? process.argv[2] ?? 8080);
  let started;
  try {
    started = await startServer({ port: wanted });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`port ${wanted} is busy; picking a free one`);
    started = await startServer({ port: 0 });
  }
  console.log(`whosaid is served at ${started.url} (Ctrl-C stops it)`);
}
