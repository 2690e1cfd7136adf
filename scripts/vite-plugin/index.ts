/**
 * `kollen/vite`: the one line a Vite app adds (`plugins: [kollen()]`) so widgets find the published
 * data with no `data-root` and no copied files. Once Vite has bundled the library into the app's
 * `assets/` (or `node_modules/.vite/` in dev), the library's own URL says nothing about where the
 * data is, so this plugin
 * - copies the package's `dist/data/` into the build output (`kollen-data/` by default),
 * - serves the same folder from the dev server, and
 * - writes `<meta name="kollen-data-root" content="<base>kollen-data/">` into every HTML page, which
 *   the widgets read as their default data root (`getDataRoot` in src/load/data-root.ts).
 * Built by `tsc -p tsconfig.vite-plugin.json` into `dist/vite/`, next to `dist/data/`.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export interface KollenPluginOptions {
  /** Folder under the app's `base` where the data is served and copied to (default `kollen-data`). */
  folder?: string;
  /** The data to serve (default: the data published in the package). */
  dataDir?: string;
}

/** The `<meta>` name the widgets read; the same string as `DATA_ROOT_META` in src/load/data-root.ts. */
const DATA_ROOT_META = 'kollen-data-root';

const CONTENT_TYPES: Record<string, string> = { '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.md': 'text/markdown; charset=utf-8' };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]);
}

export default function kollen(options: KollenPluginOptions = {}): Plugin {
  const dataDir = resolve(options.dataDir ?? fileURLToPath(new URL('../data/', import.meta.url)));
  const folder = (options.folder ?? 'kollen-data').replace(/^\/+|\/+$/g, '');
  let base = '/';
  let ssrBuild = false;
  return {
    name: 'kollen',
    configResolved(config) {
      base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      ssrBuild = Boolean(config.build.ssr);
    },
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { name: DATA_ROOT_META, content: `${base}${folder}/` }, injectTo: 'head' }];
    },
    configureServer(server) {
      const prefix = `${base === './' ? '/' : base}${folder}/`;
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
        if (!path.startsWith(prefix)) return next();
        const file = resolve(dataDir, `.${sep}${path.slice(prefix.length)}`);
        // Only files inside the data folder, never `../` out of it.
        if (!file.startsWith(dataDir + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
          response.statusCode = 404;
          return response.end();
        }
        response.setHeader('content-type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(response);
      });
    },
    async generateBundle() {
      if (ssrBuild) return;
      for (const file of filesUnder(dataDir)) {
        this.emitFile({ type: 'asset', fileName: `${folder}/${relative(dataDir, file).split(sep).join('/')}`, source: await readFile(file) });
      }
    },
  };
}
