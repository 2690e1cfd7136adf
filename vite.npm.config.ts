/**
 * The npm build, for bundlers (`dist/npm/`; the CDN build is `vite.config.ts`): ES modules that
 * import lit, @lit/task, d3, topojson-client and vega from the package's `dependencies`, so an app's
 * bundler deduplicates them with its own copies and tree-shakes what it does not use; unminified
 * (the app's bundler minifies). The same entries as the CDN build: `kollen` (every element), `core`
 * (the framework-free `src/`) and one per element. vega is still reached only through a dynamic
 * import, so a map-only app's bundle never holds it.
 *
 * Importing an entry in Node (SSR) works: lit's Node build (its `node` export condition) brings a
 * DOM shim in which defining the elements is harmless, and nothing in Kollen touches the page at
 * import time (`scripts/check-node-import.ts` imports every entry of the package to make sure).
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { integrityOf } from './scripts/integrity.js';

const root = import.meta.dirname;
const runtime = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@types/'));
/** True for `lit`, `lit/decorators.js`, `vega-view`, …: a package (or a file of one) from `dependencies`. */
const isDependency = (id: string) => runtime.some((name) => id === name || id.startsWith(`${name}/`));

function elementEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of readdirSync(resolve(root, 'components/entries'))) entries[file.replace(/\.ts$/, '')] = resolve(root, 'components/entries', file);
  return entries;
}

/**
 * Bundled into an app, the dashboard's script embed code cannot point at the app's own assets: it
 * loads this version's CDN build (built just before, `dist/lib/`) from jsDelivr, with its hash.
 */
function publishedLibrary(): string {
  const file = resolve(root, 'dist/lib/kollen.js');
  if (!existsSync(file)) throw new Error('dist/lib/kollen.js is missing: the CDN build (vite build) runs first, see npm run build');
  return JSON.stringify({ library: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/lib/kollen.js`, integrity: integrityOf(file) });
}

export default defineConfig({
  define: { __KOLLEN_PUBLISHED__: publishedLibrary() },
  // The CDN build's public folder and plugins are not the npm build's concern.
  publicDir: false,
  build: {
    outDir: 'dist/npm',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: false,
    reportCompressedSize: false,
    lib: {
      entry: { ...elementEntries(), kollen: resolve(root, 'components/kollen.ts'), core: resolve(root, 'src/index.ts') },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isDependency,
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
