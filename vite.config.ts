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
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * Every `components/kollen-*\/kollen-*.ts` element file is an entry named after its folder; where a
 * `kollen-*.entry.ts` sits next to it, that is the entry instead (the charts' entries start
 * fetching the chart engine before the element's own code has arrived).
 */
function elementEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(resolve(root, 'components'))) {
    const file = resolve(root, 'components', name, `${name}.ts`);
    const entry = resolve(root, 'components', name, `${name}.entry.ts`);
    if (name.startsWith('kollen-') && existsSync(file)) entries[name] = existsSync(entry) ? entry : file;
  }
  return entries;
}

/**
 * vega and the map both use d3-geo, d3-scale and their d3 helpers, which ship as single-file
 * modules. A module lives in exactly one chunk, so shared by the lazy vega chunk and the map each
 * would become one common chunk holding everything vega needs from d3 (~36 KB gzip downloaded by a
 * map-only page). Resolving the d3/topojson imports made from inside vega to separate module ids
 * (`?vega-copy`) keeps the map's copy tree-shaken to what the map uses; vega's lazy chunk carries
 * its own copy.
 */
function separateVegaD3(): Plugin {
  return {
    name: 'kollen-separate-vega-d3',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const fromCopy = importer.includes('?vega-copy');
      // Relative imports inside a copy (topojson-client ships as many files) belong to the copy too:
      // otherwise the lazy chunk imports them from a chunk shared with the map, one more request in a row.
      if (!/^(d3-|topojson-)/.test(source) && !(fromCopy && source.startsWith('.'))) return null;
      if (!fromCopy && !/[\\/]node_modules[\\/]vega[^\\/]*[\\/]/.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      return { ...resolved, id: `${resolved.id}?vega-copy` };
    },
  };
}

/**
 * vega-lite imports four helpers (`isObject`, `isString`, `stringValue`, `hasOwnProperty`) from the
 * `vega` bundle, which registers every transform vega has and so drags all of them into the chart
 * chunk. They are vega-util's: resolving vega-lite's `vega` to `vega-util` lets the chart chunk hold
 * only the engine `components/shared/vega-runtime.ts` assembles.
 */
function vegaLiteWithoutVegaBundle(): Plugin {
  return {
    name: 'kollen-vega-lite-without-vega-bundle',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== 'vega' || !importer || !/[\\/]node_modules[\\/]vega-lite[\\/]/.test(importer)) return null;
      return this.resolve('vega-util', importer, { ...options, skipSelf: true });
    },
  };
}

/**
 * A browser only learns a module's imports once it has downloaded it, so `kollen-map.js` →
 * its chunk → the shared chunks were three round trips in a row before the map could ask for data.
 * Rollup lists an entry's transitive static imports in the entry itself (`hoistTransitiveImports`);
 * rolldown does not, so this adds them: every chunk an entry needs is requested at once, in
 * parallel. The imports go after the entry's own, so modules still evaluate in the same order.
 */
function hoistTransitiveImports(): Plugin {
  return {
    name: 'kollen-hoist-transitive-imports',
    generateBundle(_options, bundle) {
      for (const entry of Object.values(bundle)) {
        if (entry.type !== 'chunk' || !entry.isEntry) continue;
        const direct = new Set(entry.imports);
        const needed: string[] = [];
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || needed.includes(fileName)) return;
          needed.push(fileName);
          chunk.imports.forEach(visit);
        };
        entry.imports.forEach(visit);
        const hoisted = needed.filter((fileName) => !direct.has(fileName));
        if (hoisted.length === 0) continue;
        const imports = hoisted.map((fileName) => `import"./${fileName}";`).join('');
        const mapComment = entry.code.lastIndexOf('\n//# sourceMappingURL=');
        entry.code = mapComment >= 0 ? `${entry.code.slice(0, mapComment)}\n${imports}${entry.code.slice(mapComment)}` : `${entry.code}\n${imports}\n`;
        entry.imports.push(...hoisted);
      }
    },
  };
}

export default defineConfig({
  plugins: [vegaLiteWithoutVegaBundle(), separateVegaD3(), hoistTransitiveImports()],
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
        // Vite's library mode keeps whitespace in ES output so downstream bundlers can tree-shake;
        // dist/lib is what pages load directly with a script tag, so it is minified in full.
        minify: true,
      },
    },
  },
});
