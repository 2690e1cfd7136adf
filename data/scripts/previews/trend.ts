/**
 * A static picture of an indicator's default trend (the chart level's references over every
 * period, no breakdown) — the spec `<kollen-trend>` draws (`src/specs/trend.ts`: title, source
 * line and simulated flag are part of it), run through the page's own chart engine, the compiled
 * templates (`components/shared/vega-runtime.ts`), and vega's headless SVG renderer.
 */
import { resolveChartLevel } from '../../../src/defaults/resolve-view.js';
import { localized, type Lang } from '../../../src/i18n/index.js';
import { describeTrend, trendAreas, trendData, trendSpec } from '../../../src/specs/trend.js';
import type { Catalog, IndicatorFile } from '../../../src/schema/types.js';
import { PREVIEW_WIDTH } from './map.js';
import { withTitleAndDescription } from './svg-text.js';

type RenderImage = (typeof import('../../../components/shared/vega-runtime.js'))['renderImage'];

/**
 * The default trend of `indicator` as an SVG document in `lang`, with its description in every
 * language of `langs`; undefined when the chart would be empty (no series at the chart level).
 */
export async function trendPreview(
  catalog: Catalog,
  indicator: IndicatorFile,
  lang: Lang,
  langs: readonly Lang[],
  renderImage: RenderImage,
): Promise<{ svg: string; descriptions: Record<string, string> } | undefined> {
  const level = resolveChartLevel(catalog, indicator, '');
  const request = (l: Lang) => ({ catalog, indicator, areas: trendAreas(catalog, indicator, level, []), breakdown: 'total', selected: undefined, lang: l });
  const data = trendData(request(lang));
  if (data.points.length === 0) return undefined;
  const descriptions = Object.fromEntries(langs.map((l) => [l, describeTrend(request(l), trendData(request(l)))]));
  const svg = await renderImage(trendSpec(request(lang), data, PREVIEW_WIDTH), lang, 'svg');
  return { svg: withTitleAndDescription(`${svg.trim()}\n`, localized(indicator.title, lang), descriptions[lang] ?? ''), descriptions };
}
