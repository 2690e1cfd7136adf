/**
 * The CDN build (the npm build for bundlers is `vite.npm.config.ts`).
 * Builds the library into `dist/lib/`: one ES module per element (a page that uses only the map
 * loads only the map's code), `kollen.js` that registers every element for a single script tag,
 * and `core.js` (the framework-free `src/`). Shared code becomes flat chunks next to them, so
 * `import.meta.url` anywhere in the library points into `dist/lib/` and the default data root
 * (`../data/`) is the data published next to it. vega is only reached through a dynamic import and
 * therefore ends up in a lazy chunk of its own.
 */
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { RolldownMagicString } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
import { cssTemplateSegments, minifyCss } from './scripts/minify-css.js';

const root = import.meta.dirname;

/**
 * Every `components/kollen-*\/kollen-*.ts` element file is an entry named after its folder; where a
 * `kollen-*.entry.ts` sits next to it, that is the entry instead (the charts' entries start
 * fetching the chart engine before the element's own code has arrived). The element module itself
 * is the entry, not a re-exporting facade like the npm build's `components/entries/`: with a facade
 * the bundler cuts the shared code into more, smaller chunks (+1 kB gzip for a map-only page).
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

/** Packages vega imports that no Kollen chart reaches, and the vega features that need them. */
const CHART_ENGINE_LEAVES_OUT: Record<string, string> = {
  'd3-geo': 'geographic expression functions (geoArea, geoBounds, geoCentroid)',
  'topojson-client': 'TopoJSON data',
  'd3-dsv': 'CSV and TSV data',
  'd3-scale-chromatic': 'named colour schemes (every Kollen scale lists its colours)',
};

/**
 * vega's expression functions, data loader and scales import d3-geo, topojson-client, d3-dsv and
 * d3-scale-chromatic for geographic functions, CSV/TopoJSON data and named colour schemes, none of
 * which a Kollen chart uses (their data are rows in memory, every scale lists its colours, the map
 * is drawn without vega): ~10 KB gzip of the chart chunk. Imported from vega,
 * they resolve to modules whose every export throws a plain error naming what is left out. The
 * map's own d3-geo and topojson-client are untouched. `components/shared/chart-templates.test.ts`
 * draws every chart the builders make through this engine.
 */
function chartEngineWithoutUnusedPackages(): Plugin {
  const prefix = '\0kollen-left-out:';
  return {
    name: 'kollen-chart-engine-without-unused-packages',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!(source in CHART_ENGINE_LEAVES_OUT) || !importer || !/[\\/]node_modules[\\/]vega[^\\/]*[\\/]/.test(importer)) return null;
      return `${prefix}${source}`;
    },
    async load(id) {
      if (!id.startsWith(prefix)) return null;
      const name = id.slice(prefix.length);
      const names = Object.keys((await import(name)) as object).filter((key) => key !== 'default');
      const message = `Kollen's chart engine leaves out ${CHART_ENGINE_LEAVES_OUT[name]} (${name}; see vite.config.ts).`;
      return `const leftOut = () => { throw new Error(${JSON.stringify(message)}); };\n${names.map((key) => `export const ${key} = leftOut;`).join('\n')}\n`;
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

/**
 * The code every widget runs (lit, the element base, loading, validation, the built-in Swedish
 * words): one chunk rather than the nine small ones the bundler would make from who-imports-what.
 * Each file is compressed on its own as served, so nine files cost a map page ~2.3 kB gzip more
 * than one, and requests besides. A chart-only page loads a little of the map's (nouns, reference
 * areas), never the map itself. The lazily fetched languages and parts stay chunks of their own.
 */
const SHARED_BY_EVERY_WIDGET = [
  /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+)[\\/]/,
  /[\\/]src[\\/](load|schema|query|format|defaults)[\\/]/,
  /[\\/]src[\\/]i18n[\\/](?!(en|fi|ar|sv-charts|sv-dashboard)\.ts$)/,
  /[\\/]components[\\/]shared[\\/](kollen-element|styles|events|selection|host-width|data-text|lazy-start)\.ts$/,
  /[\\/]src[\\/](stats[\\/]compare|scales[\\/](palettes|contrast))\.ts$/,
];

/** Kollen's styles (lit `css` templates in `components/`) without whitespace and comments: see `scripts/minify-css.ts`. */
function minifiedStyles(): Plugin {
  return {
    name: 'kollen-minified-styles',
    transform(code, id) {
      if (!/[\\/]components[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const edited = new RolldownMagicString(code);
      for (const { start, end } of cssTemplateSegments(this.parse(code))) edited.overwrite(start, end, minifyCss(code.slice(start, end)));
      return { code: edited };
    },
  };
}

/** The id of the module holding `forInKeys`, which the loops rewritten below call. */
const FOR_IN_KEYS = '\0kollen-for-in-keys';

/**
 * The keys a `for…in` loop visits, less those a host page added to a built-in prototype as
 * enumerable properties (`Object.prototype.foo = 1`, `Array.prototype.x = …`): an object's own keys
 * and what it inherits from objects other than the built-in prototypes stay, in the same order.
 */
const FOR_IN_KEYS_SOURCE = `const objectProto = Object.prototype, arrayProto = Array.prototype, enumerable = objectProto.propertyIsEnumerable;
export function forInKeys(object) {
  const keys = [];
  for (const key in object) {
    if (Object.hasOwn(object, key) || !(enumerable.call(objectProto, key) || (Array.isArray(object) && enumerable.call(arrayProto, key)))) keys.push(key);
  }
  return keys;
}`;

const RUNTIME = '\0rolldown/runtime.js';

/**
 * The bundler's namespace helper (`__exportAll`) loops `for (var name in all)` over an object
 * literal of getters; own keys are all it needs. Rewritten as text (importing the helper module
 * would make the runtime a chunk of its own that every entry loads), and the build fails if the
 * runtime changed shape, so an upgrade cannot silently bring the gap back.
 */
function ownKeysInNamespaceHelper(code: string, fail: (message: string) => never): string | null {
  const loop = 'for (var name in all)';
  if (code.includes(loop)) return code.replace(loop, 'for (var name of Object.keys(all))');
  if (/\bfor\s*\([^;)]*\sin\s/.test(code)) fail(`rolldown's runtime has a for…in loop ${ownKeysInNamespaceHelper.name} does not know`);
  return null;
}

/**
 * A host page that adds an enumerable property to `Object.prototype` feeds its name into every
 * `for…in` loop of the chart engine: vega copies it into specs (`extend`), then fails deep in its
 * parser, and the bundler's namespace helper (`__exportAll`) defined a getter from it and threw on
 * load. The map has its own border mesh (`src/geo/mesh.ts`); for the chart chunk, this rewrites
 * every `for (k in o)` in vega's packages and their d3 copies into
 * `for (k of forInKeys(o))`, which skips exactly the host's additions. Checked by
 * `test/e2e/hardening-hostile-host.test.ts` (the charts must draw on such a page).
 */
function chartEngineForInWithoutHostAdditions(): Plugin {
  const inChartEngine = (id: string) => id.includes('?vega-copy') || /[\\/]node_modules[\\/]vega[^\\/]*[\\/]/.test(id);
  return {
    name: 'kollen-chart-engine-for-in-without-host-additions',
    resolveId: (source) => (source === FOR_IN_KEYS ? source : null),
    load: (id) => (id === FOR_IN_KEYS ? FOR_IN_KEYS_SOURCE : null),
    transform(code, id) {
      if (id === RUNTIME) return ownKeysInNamespaceHelper(code, (message) => this.error(message));
      if (!inChartEngine(id) || !/\bin\b/.test(code)) return null;
      const loops: { left: { end: number }; right: { start: number; end: number } }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        if ((node as { type?: string }).type === 'ForInStatement') loops.push(node as (typeof loops)[number]);
        for (const key of Object.keys(node)) if (key !== 'type' && key !== 'start' && key !== 'end') visit((node as Record<string, unknown>)[key]);
      };
      visit(this.parse(code));
      if (loops.length === 0) return null;
      const edited = new RolldownMagicString(code);
      for (const loop of loops) {
        edited.overwrite(loop.left.end, loop.right.start, ' of __kollenForInKeys(');
        edited.appendLeft(loop.right.end, ')');
      }
      edited.prepend(`import { forInKeys as __kollenForInKeys } from ${JSON.stringify(FOR_IN_KEYS)};\n`);
      return { code: edited };
    },
  };
}

export default defineConfig({
  plugins: [minifiedStyles(), chartEngineWithoutUnusedPackages(), vegaLiteWithoutVegaBundle(), separateVegaD3(), hoistTransitiveImports(), chartEngineForInWithoutHostAdditions()],
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: true,
    lib: {
      entry: {
        ...elementEntries(),
        // kollen.entry.ts registers the charts on first use (the npm build's kollen.ts exports them).
        kollen: resolve(root, 'components/kollen.entry.ts'),
        core: resolve(root, 'src/index.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        codeSplitting: {
          groups: [{ name: 'kollen-shared', test: (id: string) => !id.includes('?vega-copy') && SHARED_BY_EVERY_WIDGET.some((pattern) => pattern.test(id)) }],
        },
        // Vite's library mode keeps whitespace in ES output so downstream bundlers can tree-shake;
        // dist/lib is what pages load directly with a script tag, so it is minified in full.
        minify: true,
      },
    },
  },
});
