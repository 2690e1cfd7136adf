/**
 * `previews/` of every data root: for each indicator a static SVG and PNG of its default map and
 * trend (`<id>-map.svg`, `<id>-map.png`, `<id>-trend.svg`, `<id>-trend.png`), named in the
 * catalogue (`indicators[].previews`, with each picture's description in the catalogue's
 * languages) for embeds without scripts and link previews. The SVGs are deterministic and part of
 * the byte-for-byte rebuild check; the PNGs depend on the machine's fonts, so a published release
 * keeps its own (data/scripts/releases.ts).
 */
import { register } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { Topology } from 'topojson-specification';
import { loadAllMessages, pickLang, type Lang } from '../../../src/i18n/index.js';
import type { Catalog, IndicatorFile, IndicatorPreviews, LocalizedText } from '../../../src/schema/types.js';
import { json, type OutputFiles } from '../lib/output.js';
import { mapPreview } from './map.js';
import { trendPreview } from './trend.js';

let hooked = false;

/** The page's chart engine, loaded as the page loads it (its templates are a `?raw` import). */
async function chartEngine() {
  // Under vite (vitest) raw imports work already; under tsx they need the hook.
  if (!hooked && !('env' in import.meta)) {
    register('./raw-import-hooks.mjs', import.meta.url);
    hooked = true;
  }
  return import('../../../components/shared/vega-runtime.js');
}

/** A PNG of `svg` at twice its size, drawn with the machine's fonts (DejaVu Sans where there is one). */
export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, background: '#ffffff' });
  return resvg.render().asPng();
}

const text = (value: unknown): string => (typeof value === 'string' ? value : new TextDecoder().decode(value as Uint8Array));

/** `files` with the pictures of every root's indicators added and named in its catalogue. */
export async function withPreviews(files: OutputFiles): Promise<OutputFiles> {
  const { renderImage } = await chartEngine();
  await loadAllMessages();
  const out: OutputFiles = new Map(files);
  const roots = [...files.keys()].filter((path) => path.endsWith('catalog.json')).map((path) => path.slice(0, -'catalog.json'.length));
  for (const prefix of roots) {
    const catalog = JSON.parse(text(files.get(`${prefix}catalog.json`))) as Catalog;
    const langs = (catalog.languages ?? ['sv']).map((l) => pickLang(l));
    const lang: Lang = langs[0]!;
    const keyed = (descriptions: Record<string, string>): LocalizedText => Object.fromEntries((catalog.languages ?? ['sv']).map((l, i) => [l, descriptions[langs[i]!]!]));
    for (const summary of catalog.indicators) {
      const indicator = JSON.parse(text(files.get(`${prefix}${summary.file}`))) as IndicatorFile;
      const previews: IndicatorPreviews = {};
      const level = catalog.levels.find((l) => summary.levels.includes(l.id) && l.geometry);
      if (level) {
        const topology = JSON.parse(text(files.get(`${prefix}${level.geometry!.file}`))) as Topology;
        const map = mapPreview(catalog, indicator, topology, lang, langs);
        previews.map = add(out, prefix, `previews/${summary.id}-map`, map.svg, keyed(map.descriptions));
      }
      const trend = await trendPreview(catalog, indicator, lang, langs, renderImage);
      if (trend) previews.trend = add(out, prefix, `previews/${summary.id}-trend`, trend.svg, keyed(trend.descriptions));
      if (previews.map || previews.trend) summary.previews = previews;
    }
    out.set(`${prefix}catalog.json`, json(catalog, true));
  }
  return out;
}

function add(out: OutputFiles, prefix: string, name: string, svg: string, description: LocalizedText) {
  out.set(`${prefix}${name}.svg`, svg);
  out.set(`${prefix}${name}.png`, svgToPng(svg));
  return { svg: `${name}.svg`, png: `${name}.png`, description };
}
