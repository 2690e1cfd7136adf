/**
 * Every chart the elements can draw from one indicator, as the spec builders make them: trends
 * (per breakdown, with and without a selected area), rankings (per level and breakdown, with and
 * without a selected area), breakdowns and pyramids per level. The chart templates are compiled
 * from these (`scripts/chart-templates.ts`), and the tests that prove a template draws what
 * vega-lite draws, and that the chart engine has every operator, go through the same list.
 */
import type { TopLevelSpec } from 'vega-lite';
import { resolveChartLevel, resolvePeriod } from '../defaults/resolve-view.js';
import type { Lang } from '../i18n/locales.js';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import { breakdownData, breakdownSpec } from './breakdown.js';
import { pyramidBreakdown, pyramidData, pyramidSpec } from './pyramid.js';
import { rankingData, rankingSpec } from './ranking.js';
import { trendAreas, trendData, trendSpec } from './trend.js';

/** A chart, named for messages (`<indicator> <lang> <kind> …`), as a spec at a width. */
export interface ChartCase {
  name: string;
  kind: 'trend' | 'ranking' | 'breakdown' | 'pyramid';
  spec: (width: number) => TopLevelSpec;
}

/** The charts of one indicator in one language; `preferredArea` is tried first as the selected area. */
export function chartCases(catalog: Catalog, indicator: IndicatorFile, lang: Lang, preferredArea?: string): ChartCase[] {
  const cases: ChartCase[] = [];
  const add = (kind: ChartCase['kind'], detail: string, spec: ChartCase['spec']) => cases.push({ name: `${indicator.id} ${lang} ${kind} ${detail}`, kind, spec });
  const v = indicator.values;
  const areaOf = (level: string) =>
    (preferredArea && v.area.some((code, i) => code === preferredArea && v.level[i] === level) ? preferredArea : undefined) ??
    v.area.find((_code, i) => v.level[i] === level);
  const levels = [...new Set([resolveChartLevel(catalog, indicator, ''), ...indicator.levels])];
  const plainBreakdowns = indicator.breakdowns.filter((b) => b !== 'total' && !b.includes('*'));
  for (const level of levels) {
    const area = areaOf(level);
    if (!area) continue;
    for (const breakdown of ['total', ...plainBreakdowns]) {
      for (const selected of [undefined, area]) {
        const request = { catalog, indicator, areas: trendAreas(catalog, indicator, level, [], selected), breakdown, selected, lang };
        const data = trendData(request);
        if (data.points.length > 0) add('trend', `${level} ${breakdown} ${selected ?? '-'}`, (width) => trendSpec(request, data, width));
      }
    }
    for (const breakdown of ['total', ...indicator.breakdowns.filter((b) => b !== 'total')]) {
      const category = breakdown === 'total' ? 'total' : catalog.breakdowns.find((b) => b.id === breakdown)?.categories[0]?.id;
      if (!category) continue;
      const period = resolvePeriod(indicator, '', { level, breakdown, category });
      for (const selected of [undefined, area]) {
        const request = { catalog, indicator, level, period, breakdown, category, selected, lang };
        const data = rankingData(request);
        if (data.areas.some((a) => a.rank !== null)) add('ranking', `${level} ${breakdown} ${selected ?? '-'}`, (width) => rankingSpec(request, data, width));
      }
    }
    for (const breakdown of plainBreakdowns) {
      const request = { catalog, indicator, level, area, period: resolvePeriod(indicator, '', { level, breakdown, area }), breakdown, lang };
      const data = breakdownData(request);
      if (data.bars.length > 0) add('breakdown', `${level} ${breakdown}`, (width) => breakdownSpec(request, data, width));
    }
    const pyramid = pyramidBreakdown(indicator);
    if (pyramid) {
      const request = { catalog, indicator, level, area, period: resolvePeriod(indicator, '', { level, breakdown: pyramid, area }), breakdown: pyramid, lang };
      const data = pyramidData(request);
      if (data.bars.length > 0) add('pyramid', level, (width) => pyramidSpec(request, data, width));
    }
  }
  return cases;
}

/** The spec as drawn on screen: the element leaves the export title block out. */
export function onScreen(spec: TopLevelSpec): TopLevelSpec {
  const { title: _title, ...rest } = spec as TopLevelSpec & { title?: unknown };
  return rest as TopLevelSpec;
}

/** The languages and widths (phone, desktop: the specs lay out differently below 520 px) templates cover. */
// Finnish and Arabic charts have structures of their own (72 templates with them, 16.6 kB gzip, against 36 and 9 kB)
// and are drawn through the lazy vega-lite fallback until issue 17 lifts what differs.
export const TEMPLATE_LANGS: readonly Lang[] = ['sv', 'en'];
export const TEMPLATE_WIDTHS = [320, 640] as const;

/** Every spec of the given indicators in every template language and width (or `widths`), on screen and for export. */
export function allChartSpecs(
  indicators: { catalog: Catalog; indicator: IndicatorFile; label: string }[],
  widths: readonly number[] = TEMPLATE_WIDTHS,
): { name: string; spec: TopLevelSpec }[] {
  const specs: { name: string; spec: TopLevelSpec }[] = [];
  for (const { catalog, indicator, label } of indicators) {
    for (const lang of TEMPLATE_LANGS) {
      for (const chart of chartCases(catalog, indicator, lang)) {
        for (const width of widths) {
          const spec = chart.spec(width);
          specs.push({ name: `${label} ${chart.name} ${width}px`, spec: onScreen(spec) }, { name: `${label} ${chart.name} ${width}px export`, spec });
        }
      }
    }
  }
  return specs;
}
