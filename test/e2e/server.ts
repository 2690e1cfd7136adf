/**
 * A static file server over `dist/` for end-to-end tests and the benchmark: what any web host
 * does with the built site. Responses are gzip-compressed like a real host's, so byte counts
 * measured through it are what a visitor downloads.
 *
 * For hardening tests it can also serve extra folders under a URL prefix (a corpus folder as a
 * data root, falling back to a good data root for the files a case does not break), inject
 * faults per path (HTTP errors, a connection that never answers, a slow answer, a download that
 * breaks off), and tell which paths were requested and which requests the browser gave up on.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * What the server does instead of answering normally: an HTTP status, no answer at all, an answer
 * after a delay, or a download that declares its full length and breaks off half-way.
 */
export type Fault = { status: number } | { delayMs: number } | 'hang' | 'truncate';

/** Folders served under a URL prefix; a path is looked up in each folder in turn. */
export interface Mount {
  /** URL path prefix, with leading and trailing slash, e.g. `/bad-data/not-json/`. */
  prefix: string;
  /** Folders to look in, first match wins (a case folder, then a good data root). */
  dirs: string[];
}

/** Options of `serveStatic`. */
export interface ServeOptions {
  /** Folder served at `/` (default `dist/`). */
  root?: string;
  mounts?: Mount[];
}

/** A running server and its base URL (`http://127.0.0.1:PORT/`). */
export interface StaticServer {
  url: string;
  server: Server;
  /** Faults by URL path (`/data/catalog.json`); set and delete them while a test runs. */
  faults: Map<string, Fault>;
  /** How many times each URL path was requested. */
  hits: Map<string, number>;
  /** URL paths whose request the client closed before the answer was complete (aborted fetches). */
  aborted: string[];
  close(): Promise<void>;
}

function within(base: string, relative: string): string | undefined {
  const path = normalize(join(base, relative));
  if (!path.startsWith(resolve(base))) return undefined;
  if (existsSync(path) && statSync(path).isDirectory()) return join(path, 'index.html');
  return path;
}

/** The file a URL path names: under a mount (first folder that has it) or under the root. */
function findFile(base: string, mounts: readonly Mount[], pathname: string): string | undefined | null {
  for (const mount of mounts) {
    if (!pathname.startsWith(mount.prefix)) continue;
    const rest = pathname.slice(mount.prefix.length);
    for (const dir of mount.dirs) {
      const path = within(resolve(dir), rest);
      if (path === undefined) return null;
      if (existsSync(path)) return path;
    }
    return undefined;
  }
  const path = within(base, pathname);
  if (path === undefined) return null;
  return existsSync(path) ? path : undefined;
}

/** Serves `root` (default `dist/`) on a free loopback port. */
export function serveStatic(rootOrOptions: string | ServeOptions = {}): Promise<StaticServer> {
  const options = typeof rootOrOptions === 'string' ? { root: rootOrOptions } : rootOrOptions;
  const base = resolve(options.root ?? resolve(import.meta.dirname, '../../dist'));
  const mounts = options.mounts ?? [];
  const faults = new Map<string, Fault>();
  const hits = new Map<string, number>();
  const aborted: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    response.on('close', () => {
      if (!response.writableFinished) aborted.push(pathname);
    });
    const path = findFile(base, mounts, pathname);
    if (path === null) {
      response.writeHead(403).end();
      return;
    }
    const fault = faults.get(pathname);
    if (fault === 'hang') return;
    if (fault && typeof fault === 'object' && 'status' in fault) {
      response.writeHead(fault.status, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end(`fault ${fault.status}`);
      return;
    }
    if (!path) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (fault === 'truncate') {
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-length': body.length });
      response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.destroy());
      return;
    }
    const send = () => {
      if (response.destroyed) return;
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && !type.startsWith('image/png');
      response.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : { 'content-length': statSync(path).size }),
      });
      const stream = createReadStream(path);
      (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
    };
    if (fault && typeof fault === 'object' && 'delayMs' in fault) setTimeout(send, fault.delayMs);
    else send();
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        server,
        faults,
        hits,
        aborted,
        close: () =>
          new Promise((done) => {
            // Hanging test connections would keep the server open for ever.
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
