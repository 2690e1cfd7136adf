/**
 * `npm run data`: rebuilds every published file under `data/` from `data/sources/` only.
 *
 * The build is a pure function of the sources (`buildAll`), so a test can run it into a temporary
 * directory and compare hashes with the committed files; `publish` then swaps the files in
 * without leaving a half-written set behind. Bad source rows stop it with the file and line.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildStockholmGeography } from './geo/stockholm.js';
import { buildSwedenGeography } from './geo/sweden.js';
import { json, publish, type OutputFiles } from './lib/output.js';
import { SourceDir, SourceError } from './lib/sources.js';

/** `data/` in the repository. */
export const DATA_DIR = resolve(import.meta.dirname, '..');

/** Builds every published file from the sources in `sourcesDir`. */
export function buildAll(sourcesDir = join(DATA_DIR, 'sources')): OutputFiles {
  const sources = new SourceDir(sourcesDir);
  const files: OutputFiles = new Map();
  const stockholm = buildStockholmGeography(sources);
  files.set('geo/stockholm.topo.json', json(stockholm.topology));
  const sweden = buildSwedenGeography(sources);
  files.set('sweden/geo/sweden.topo.json', json(sweden.topology));
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  try {
    const files = buildAll();
    publish(DATA_DIR, files);
    console.log(`data: ${files.size} files written in ${Date.now() - started} ms`);
  } catch (error) {
    if (error instanceof SourceError) {
      console.error(`data build stopped: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
