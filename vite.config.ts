/**
 * Builds the library into `dist/lib/`: one ES module per element (a page that uses only the map
 * loads only the map's code), `kollen.js` that registers every element for a single script tag,
 * and `core.js` (the framework-free `src/`). Shared code becomes flat chunks next to them, so
 * `import.meta.url` anywhere in the library points into `dist/lib/` and the default data root
 * (`../data/`) is the data published next to it. vega is only reached through a dynamic import and
 * therefore ends up in a lazy chunk of its own.
 */
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/** Every `components/kollen-*\/kollen-*.ts` element file is an entry named after its folder. */
function elementEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(resolve(root, 'components'))) {
    const file = resolve(root, 'components', name, `${name}.ts`);
    if (name.startsWith('kollen-') && existsSync(file)) entries[name] = file;
  }
  return entries;
}

export default defineConfig({
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: true,
    lib: {
      entry: {
        ...elementEntries(),
        kollen: resolve(root, 'components/kollen.ts'),
        core: resolve(root, 'src/index.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});
