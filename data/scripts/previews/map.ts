/**
 * A static picture of an indicator's default map (default level, latest period, no breakdown,
 * colour classes), for places where scripts do not run. Every decision is the live map's own:
 * `resolveMapLevel` / `resolvePeriod` pick the view, `buildChoropleth` gives each area its class
 * and colour, `projectMap` its path, and the title, legend words, description and source line come
 * from the same wording functions as `<kollen-map>`. Only the SVG string is written here.
 */
import type { Topology } from 'topojson-specification';
import { resolveCategory, resolveMapLevel, resolvePeriod } from '../../../src/defaults/resolve-view.js';
import { buildChoropleth, type ChoroplethModel } from '../../../src/geo/choropleth.js';
import { areaBorders, areasWithin, levelFeatures } from '../../../src/geo/features.js';
import { mapAspectRatio, mapBoxHeight } from '../../../src/geo/map-box.js';
import { describeMap, legendEntryLabel, mapTitle } from '../../../src/geo/map-wording.js';
import { prepareMap, projectMap } from '../../../src/geo/projection.js';
import { levelNoun, localized, messagesFor, type Lang } from '../../../src/i18n/index.js';
import { sourceLine } from '../../../src/query/index.js';
import type { MissingReason } from '../../../src/scales/legend.js';
import { MISSING_BACKGROUND, MISSING_INK, MISSING_MARKS } from '../../../src/scales/palettes.js';
import type { Catalog, IndicatorFile } from '../../../src/schema/types.js';
import { withTitleAndDescription, xml } from './svg-text.js';

/** Width of the pictures, in px (the PNG has twice the pixels). */
export const PREVIEW_WIDTH = 600;
const PAD = 16;
const LINE = 20;
const FONT = 'font-family="DejaVu Sans, Verdana, sans-serif"';

function patterns(): string {
  const markOf = (m: (typeof MISSING_MARKS)[MissingReason]) =>
    m.kind === 'dot'
      ? `<circle cx="${m.cx}" cy="${m.cy}" r="${m.r}" fill="${MISSING_INK}"/>`
      : `<path d="${m.d}" stroke="${MISSING_INK}" stroke-width="${m.strokeWidth}"/>`;
  return (Object.entries(MISSING_MARKS) as [MissingReason, (typeof MISSING_MARKS)[MissingReason]][])
    .map(([reason, m]) => `<pattern id="missing-${reason}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${MISSING_BACKGROUND}"/>${markOf(m)}</pattern>`)
    .join('');
}


/** What the map picture shows, as the live map would work it out for the catalogue's default view. */
export interface MapPreviewModel {
  model: ChoroplethModel;
  /** The description in each of `langs`. */
  descriptions: Record<string, string>;
}

/** The default map's choropleth (the same model `<kollen-map>` builds with no attributes but `indicator`). */
export function defaultMapModel(catalog: Catalog, indicator: IndicatorFile, topology: Topology, langs: readonly Lang[]) {
  const summary = catalog.indicators.find((i) => i.id === indicator.id)!;
  const level = resolveMapLevel(catalog, summary, '', 'catalog.json');
  const features = levelFeatures(topology, level.geometry!, level.geometry!.file, catalog.areas.filter((area) => area.level === level.id));
  const drawn = areasWithin(features, catalog.areas, level.id, '');
  const { breakdown, category } = resolveCategory(catalog, '', '');
  const period = resolvePeriod(indicator, '', { level: level.id, breakdown, category });
  const model = buildChoropleth(catalog, indicator, drawn, { level: level.id, period, breakdown, category, colorMode: 'classes' });
  const descriptions = Object.fromEntries(langs.map((lang) => [lang, describeMap(model, indicator, catalog, lang)]));
  return { level, drawn, model, descriptions, borders: areaBorders(topology, level.geometry!, new Set(drawn.map((area) => area.code))) };
}

/** The default map of `indicator` as a standalone SVG document in `lang`, and its description in every language of `langs`. */
export function mapPreview(catalog: Catalog, indicator: IndicatorFile, topology: Topology, lang: Lang, langs: readonly Lang[]): { svg: string; descriptions: Record<string, string> } {
  const { level, drawn, model, descriptions, borders } = defaultMapModel(catalog, indicator, topology, langs);
  prepareMap(drawn);
  const width = PREVIEW_WIDTH - 2 * PAD;
  const height = mapBoxHeight(width, mapAspectRatio('', level));
  const projected = projectMap(drawn, borders, width, height);
  const colour = new Map(model.areas.map((area) => [area.code, area.color ?? `url(#missing-${area.missing ?? 'no-data'})`]));
  const title = mapTitle(model, indicator, catalog, lang);
  const text = messagesFor(lang);
  let y = PAD + LINE;
  const lines: string[] = [`<text x="${PAD}" y="${y}" font-size="17" font-weight="bold">${xml(title)}</text>`];
  if (indicator.simulated) {
    y += LINE;
    lines.push(`<text x="${PAD}" y="${y}" font-size="13" font-weight="bold" fill="#8a1c1c">${xml(text.common.simulated)}</text>`);
  }
  const mapTop = y + 8;
  const areas = projected.areas.map((area) => `<path data-code="${xml(area.code)}" d="${area.d}" fill="${colour.get(area.code)}"/>`).join('');
  const shapes = `<g transform="translate(${PAD},${mapTop})">${areas}<path d="${projected.borders}" fill="none" stroke="#ffffff" stroke-width="0.75"/></g>`;
  y = mapTop + projected.height + LINE;
  lines.push(`<text x="${PAD}" y="${y}" font-size="14" font-weight="bold">${xml(text.map.legendClassesTitle(localized(indicator.unit.label, lang)))}</text>`);
  for (const entry of model.legend) {
    y += LINE;
    const fill = entry.kind === 'missing' ? `url(#missing-${entry.reason})` : entry.color;
    lines.push(
      `<rect x="${PAD}" y="${y - 13}" width="16" height="16" fill="${fill}" stroke="#6b6b6b" stroke-width="0.5"/>` +
        `<text x="${PAD + 24}" y="${y}" font-size="13">${xml(`${legendEntryLabel(entry, indicator.unit, indicator, lang)} (${text.map.count(entry.count, levelNoun(level, lang))})`)}</text>`,
    );
  }
  y += LINE;
  lines.push(`<text x="${PAD}" y="${y}" font-size="12">${xml(text.map.legendDarker[indicator.polarity])}</text>`);
  y += LINE;
  lines.push(`<text x="${PAD}" y="${y}" font-size="12" fill="#4a4a4a">${xml(sourceLine(indicator, lang))}</text>`);
  const total = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${total}" viewBox="0 0 ${PREVIEW_WIDTH} ${total}" ${FONT}>` +
    `<defs>${patterns()}</defs><rect width="100%" height="100%" fill="#ffffff"/>${shapes}${lines.join('')}</svg>\n`;
  return { svg: withTitleAndDescription(svg, title, descriptions[lang] ?? ''), descriptions };
}
