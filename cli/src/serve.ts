/**
 * `kollen serve <root>`: a local preview of the dashboard on a data root, before it is published.
 *
 * Serves the web package's built site (`dist/`) at `/` and the root at `/root/`, on 127.0.0.1
 * only. The dashboard page is the built `index.html` with `data-root="/root/"` set on its
 * `<kollen-dashboard>`, exactly what a publisher writes on their own page; nothing else changes.
 * Static files come from sirv, which refuses paths outside the folder it serves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** URL path under which the root is served. */
export const ROOT_PREFIX = '/root/';

/** The built web package: an installed `kollen` package, else this repository's `dist/`. */
export function findSite(): string {
  try {
    const manifest = createRequire(import.meta.url).resolve('kollen/package.json');
    const dist = join(dirname(manifest), 'dist');
    if (existsSync(join(dist, 'index.html'))) return dist;
  } catch {
    // Not installed as a package: the CLI is running inside the Kollen repository.
  }
  return fileURLToPath(new URL('../../dist/', import.meta.url));
}

/** The dashboard page pointed at the previewed root. */
export function previewPage(indexHtml: string): string {
  if (!indexHtml.includes('<kollen-dashboard')) throw new Error('the built index.html has no <kollen-dashboard>');
  return indexHtml.replace('<kollen-dashboard', `<kollen-dashboard data-root="${ROOT_PREFIX}"`);
}

/** A running preview. */
export interface Preview {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** Starts the preview of `root` on 127.0.0.1:`port` (0 picks a free port). */
export async function startPreview(root: string, port: number, site = findSite()): Promise<Preview> {
  if (!existsSync(join(root, 'catalog.json'))) throw new Error(`${root} has no catalog.json: give the folder \`kollen build\` wrote`);
  if (!existsSync(join(site, 'index.html'))) throw new Error(`the built dashboard is missing (${site}): run \`npm run build\` in the Kollen repository first`);
  const page = previewPage(readFileSync(join(site, 'index.html'), 'utf8'));
  // dev: files are read on each request, so a rebuilt root shows on reload.
  const serveRoot = sirv(resolve(root), { dev: true, dotfiles: false });
  const serveSite = sirv(site, { dev: true, dotfiles: false });
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const notFound = (): void => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    };
    if (path === '/' || path === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
    } else if (path.startsWith(ROOT_PREFIX)) {
      request.url = request.url!.slice(ROOT_PREFIX.length - 1);
      serveRoot(request, response, notFound);
    } else {
      serveSite(request, response, notFound);
    }
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ready());
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  return { url, server, close: () => new Promise((done) => server.close(() => done())) };
}
