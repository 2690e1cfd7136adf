/**
 * The site the benchmark serves: a snapshot of the built `dist/` taken at the start, plus what the
 * benchmark makes itself next to it — its own Kollen pages (`/bench/`), the baselines bundled
 * with vite (`/baselines/`), the generated fine tessellation (`/bench-data/fine/`) and the national
 * data root (`/bench-data/sweden/`, copied from `dist/data/sweden/` or `data/sweden/`). One origin,
 * one gzip-ing server (`serveStatic()` from the e2e tests), so every page pays the same transfer.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { serveStatic, type StaticServer } from '../test/e2e/server.js';
import { writeTessellation, type Tessellation } from './tessellation.js';

/** Repository root and the folders the benchmark reads. */
export const REPO = resolve(import.meta.dirname, '..');
export const DIST = join(REPO, 'dist');
const PAGES = join(import.meta.dirname, 'pages');

/** Baseline pages (file names without `.html` in `bench/pages/baselines/`). */
export const BASELINE_PAGES = ['vega-map', 'vega-trend', 'minimal-map'] as const;
export type BaselinePage = (typeof BASELINE_PAGES)[number];

/** What to prepare. */
export interface SiteOptions {
  /** Baselines to bundle (all by default). */
  baselines?: readonly BaselinePage[];
  /** Cells of the generated tessellation (`bench-data/fine/`); 0 skips it. */
  cells?: number;
  /** Cells of the national-scale tessellation (`bench-data/finer/`, ~6,000); 0 skips it. */
  finerCells?: number;
  /** Print progress. */
  log?: (line: string) => void;
}

/** The served site. */
export interface BenchSite {
  /** Folder served. */
  root: string;
  /** Base URL, ending in `/`. */
  url: string;
  /** The generated tessellations (~3,000 and ~6,000 cells), or why there is none. */
  tessellation: Tessellation | { unavailable: string };
  finerTessellation: Tessellation | { unavailable: string };
  close(): Promise<void>;
}

/** Bundles the baseline pages with vite into `outDir` (minified, as a developer would ship them). */
async function buildBaselines(pages: readonly BaselinePage[], outDir: string): Promise<void> {
  const root = join(PAGES, 'baselines');
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      rolldownOptions: { input: Object.fromEntries(pages.map((page) => [page, join(root, `${page}.html`)])) },
    },
  });
}

/** Where the county outline comes from for the tessellation (the published Stockholm TopoJSON). */
const COUNTY_TOPOLOGY = join(REPO, 'data', 'geo', 'stockholm.topo.json');

/** Links `dist/`, adds the benchmark's pages, baselines and data, and starts the server. */
export async function prepareSite(options: SiteOptions = {}): Promise<BenchSite> {
  const log = options.log ?? (() => {});
  if (!existsSync(join(DIST, 'lib'))) throw new Error('dist/lib/ is missing: run `npm run build` first (npm run bench does).');
  const root = mkdtempSync(join(tmpdir(), 'kollen-bench-'));
  // A copy, not links: others rebuild dist/ while a long run is under way, and a half-built
  // dist/lib/ would turn into 404s and mixed builds halfway through the figures.
  for (const entry of readdirSync(DIST)) if (entry !== 'types') cpSync(join(DIST, entry), join(root, entry), { recursive: true });
  cpSync(join(PAGES, 'kollen'), join(root, 'bench'), { recursive: true });
  // The national root, as published next to the library when the build publishes it, else from the repository.
  const national = [join(DIST, 'data', 'sweden'), join(REPO, 'data', 'sweden')].find((dir) => existsSync(join(dir, 'catalog.json')));
  if (national) {
    mkdirSync(join(root, 'bench-data'), { recursive: true });
    cpSync(national, join(root, 'bench-data', 'sweden'), { recursive: true });
  }

  const baselines = options.baselines ?? BASELINE_PAGES;
  if (baselines.length > 0) {
    const started = performance.now();
    await buildBaselines(baselines, join(root, 'baselines'));
    log(`baselines bundled with vite in ${Math.round(performance.now() - started)} ms: ${baselines.join(', ')}`);
  }

  const tessellate = (cells: number, folder: string): BenchSite['tessellation'] => {
    if (cells <= 0) return { unavailable: 'not requested' };
    if (!existsSync(COUNTY_TOPOLOGY)) return { unavailable: 'data/geo/stockholm.topo.json (the county outline) does not exist yet' };
    const out = join(root, 'bench-data', folder);
    mkdirSync(out, { recursive: true });
    const started = performance.now();
    try {
      const made = writeTessellation({ countyTopology: COUNTY_TOPOLOGY, countyObject: 'county', cells, outDir: out });
      log(`tessellation ${folder}: ${made.cells} cells (median ${made.medianKm2.toFixed(1)} km²) in ${Math.round(performance.now() - started)} ms`);
      return made;
    } catch (error) {
      return { unavailable: `tessellation failed: ${String(error)}` };
    }
  };
  const tessellation = tessellate(options.cells ?? 0, 'fine');
  const finerTessellation = tessellate(options.finerCells ?? 0, 'finer');

  const server: StaticServer = await serveStatic(root);
  return {
    root,
    url: server.url,
    tessellation,
    finerTessellation,
    async close() {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
