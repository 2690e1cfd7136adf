/**
 * Assembles the static site in `dist/` around the library that `vite build` put in `dist/lib/`:
 * the demo pages (`demo/` → `dist/`, examples at `dist/examples/`) and the published data
 * (`data/` → `dist/data/`: the catalogue, indicator files, TopoJSON and the JSON Schema, not the
 * sources or build scripts). Demo pages load `lib/kollen*.js` with a plain script tag, exactly as a
 * third-party page would; nothing of the demo is bundled into the library.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Catalog } from '../src/schema/types.js';
import { LANGS, loadAllMessages } from '../src/i18n/index.js';
import { allIndicatorsFile, allIndicatorsPage } from './all-indicators-page.js';
import { staticImports, withModulePreloads } from './module-preload.js';
import { releasesPage } from './releases-page.js';
import { indicatorEmbedPage, indicatorsWithPictures, sharePage } from './share-pages.js';
import type { ReleaseManifest } from '../src/load/release-manifest.js';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const DEMO_SKIP = /\.test\.ts$|\.md$/;
const PUBLISHED_DATA = ['catalog.json', 'indicators', 'geo', 'schema', 'previews', 'releases', 'releases.json', 'sweden'];

function copyTree(from: string, to: string, skip?: RegExp): number {
  let count = 0;
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) {
      count += copyTree(source, target, skip);
    } else if (!skip?.test(name)) {
      mkdirSync(dirname(target), { recursive: true });
      cpSync(source, target);
      count++;
    }
  }
  return count;
}

if (!existsSync(join(dist, 'lib'))) {
  console.error('dist/lib/ is missing: run `vite build` first (npm run build does both).');
  process.exit(1);
}
const pages = copyTree(join(root, 'demo'), dist, DEMO_SKIP);
// Every page requests its Kollen script's chunks at once (see module-preload.ts).
const chunksOf = (entry: string) => (existsSync(join(dist, 'lib', entry)) ? staticImports(readFileSync(join(dist, 'lib', entry), 'utf8')) : []);
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (name === 'lib' || name === 'data' ? [] : statSync(join(dir, name)).isDirectory() ? htmlFiles(join(dir, name)) : name.endsWith('.html') ? [join(dir, name)] : []));
for (const file of htmlFiles(dist)) writeFileSync(file, withModulePreloads(readFileSync(file, 'utf8'), chunksOf));
let dataFiles = 0;
for (const entry of PUBLISHED_DATA) {
  const source = join(root, 'data', entry);
  if (!existsSync(source)) continue;
  if (statSync(source).isDirectory()) dataFiles += copyTree(source, join(dist, 'data', entry));
  else {
    mkdirSync(join(dist, 'data'), { recursive: true });
    cpSync(source, join(dist, 'data', entry));
    dataFiles++;
  }
}
// The footer's "Alla mått": a page of links into the dashboard, from the catalogue just copied.
const catalog = JSON.parse(readFileSync(join(dist, 'data', 'catalog.json'), 'utf8')) as Catalog;
await loadAllMessages();
for (const lang of LANGS) writeFileSync(join(dist, allIndicatorsFile(lang)), allIndicatorsPage(catalog, lang));
// Pages for places without scripts (scripts/share-pages.ts) and the release history.
const defaultLang = (catalog.languages?.[0] ?? 'sv') as (typeof LANGS)[number];
const embedHtml = readFileSync(join(dist, 'embed.html'), 'utf8');
mkdirSync(join(dist, 'share'), { recursive: true });
for (const { indicator, picture } of indicatorsWithPictures(catalog)) {
  writeFileSync(join(dist, 'share', `${indicator.id}.html`), sharePage(catalog, indicator, picture, defaultLang));
  writeFileSync(join(dist, `embed-${indicator.id}.html`), indicatorEmbedPage(embedHtml, indicator, picture, defaultLang));
}
const manifest = JSON.parse(readFileSync(join(dist, 'data', 'releases.json'), 'utf8')) as ReleaseManifest;
writeFileSync(join(dist, 'releases.html'), releasesPage(manifest));
console.log(`site: ${pages} demo files and ${dataFiles} data files copied into ${relative(root, dist)}/`);
