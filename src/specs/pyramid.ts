/**
 * `<kollen-distribution kind="pyramid">`: a population pyramid from a `sex*age` cross-breakdown
 * (category ids like `women*20-24`): women to the left, men to the right, oldest on top. Drawn as
 * one plot with signed values (women negative) whose axis shows magnitudes, so it stays one
 * chart that fits any width.
 */
import { isPyramidBreakdown } from '../schema/cross-breakdowns.js';
import type { TopLevelSpec } from 'vega-lite';
import { formatValue } from '../format/number.js';
import { localized, messagesFor } from '../i18n/index.js';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import type { Lang } from '../i18n/locales.js';
import { bandHeight, chartConfig, chartTitle, chartWidth, isNarrow, SERIES_COLORS } from './chart-style.js';
import { areaName, categoryTitles, indicatorRows, isPublished } from '../query/index.js';
import type { DataTable } from './table.js';

/** What a pyramid shows. */
export interface PyramidRequest {
  catalog: Catalog;
  indicator: IndicatorFile;
  level: string;
  area: string;
  period: string;
  /** A cross-breakdown of sex and age, e.g. `sex*age-5y`. */
  breakdown: string;
  lang: Lang;
}

/** One bar of the pyramid. */
export interface PyramidBar {
  sex: 'women' | 'men';
  sexTitle: string;
  age: string;
  ageTitle: string;
  value: number;
  /** Women negative, so they extend to the left. */
  signed: number;
  valueText: string;
  area: string;
  level: string;
}

/** The prepared pyramid. */
export interface PyramidData {
  name: string;
  bars: PyramidBar[];
  /** Age band titles, youngest first. */
  ages: string[];
  totals: { women: number; men: number };
}

/** The sex × age cross-breakdown of an indicator, if it has one. */
export function pyramidBreakdown(indicator: IndicatorFile): string | undefined {
  return indicator.breakdowns.find(isPyramidBreakdown);
}

/** Prepares the bars of a pyramid (pure). */
export function pyramidData(request: PyramidRequest): PyramidData {
  const { catalog, indicator, level, area, period, breakdown, lang } = request;
  const text = messagesFor(lang).charts;
  const ageBreakdown = breakdown.split('*')[1] ?? '';
  const ageTitles = new Map(categoryTitles(catalog, ageBreakdown, lang).map((c) => [c.id, c.title] as const));
  const order = categoryTitles(catalog, breakdown, lang).map((c) => c.id);
  const rows = indicatorRows(indicator, { levels: [level], areas: [area], periods: [period], breakdowns: [breakdown] })
    .filter(isPublished)
    .sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
  const bars: PyramidBar[] = [];
  const ages: string[] = [];
  for (const row of rows) {
    const [sex, age = ''] = row.category.split('*');
    if (sex !== 'women' && sex !== 'men') continue;
    const ageTitle = ageTitles.get(age) ?? age;
    if (!ages.includes(ageTitle)) ages.push(ageTitle);
    bars.push({
      sex, sexTitle: sex === 'women' ? text.women : text.men, age, ageTitle, value: row.value,
      signed: sex === 'women' ? -row.value : row.value,
      valueText: formatValue(row.value, indicator.unit, lang), area, level,
    });
  }
  const sum = (sex: string) => bars.filter((b) => b.sex === sex).reduce((total, b) => total + b.value, 0);
  return { name: areaName(catalog, level, area, lang), bars, ages, totals: { women: sum('women'), men: sum('men') } };
}

/** The vega-lite spec of a pyramid `width` pixels wide. */
export function pyramidSpec(request: PyramidRequest, data: PyramidData, width: number): TopLevelSpec {
  const { indicator, lang } = request;
  const text = messagesFor(lang).charts;
  const narrow = isNarrow(width);
  const max = Math.max(...data.bars.map((b) => b.value), 1);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(indicator, { title: `${localized(indicator.title, lang)} – ${data.name}`, subtitle: `${localized(indicator.unit.label, lang)}, ${request.period}` }, lang, width),
    width: chartWidth(width),
    height: bandHeight(narrow ? 12 : 16, data.ages.length),
    autosize: { type: 'fit-x', contains: 'padding' },
    config: chartConfig(),
    data: { values: data.bars },
    mark: { type: 'bar', height: { band: 0.9 } },
    encoding: {
      // The order as the scale's domain, not `sort`, which vega-lite splices into an expression.
      y: { field: 'ageTitle', type: 'ordinal', title: text.age, scale: { domain: [...data.ages].reverse() }, axis: { labelLimit: 90 } },
      x: {
        // Women left of zero, men right: nothing to stack, and unstacked keeps the sexes' words
        // (the colour domain) out of a stack sort expression, so the chart template takes them as data.
        field: 'signed', type: 'quantitative', title: localized(indicator.unit.label, lang), stack: null,
        scale: { domain: [-max, max], nice: true },
        // Magnitudes on both sides: the sign only says which side a bar is on.
        axis: { labelExpr: 'format(abs(datum.value), ",")', labelOverlap: true, tickCount: narrow ? 4 : 8 },
      },
      color: {
        field: 'sexTitle', type: 'nominal', title: null,
        scale: { domain: [text.women, text.men], range: [SERIES_COLORS[3], SERIES_COLORS[0]] },
        legend: { orient: 'top', direction: 'horizontal' },
      },
      tooltip: [
        { field: 'sexTitle', title: text.category },
        { field: 'ageTitle', title: text.age },
        { field: 'valueText', title: text.value },
      ],
    },
  } as TopLevelSpec;
}

/** A plain-words description of the pyramid. */
export function describePyramid(request: PyramidRequest, data: PyramidData): string {
  const { indicator, lang } = request;
  const unit = indicator.unit;
  return messagesFor(lang).charts.pyramidDescription(localized(indicator.title, lang), data.name, request.period, formatValue(data.totals.women, unit, lang), formatValue(data.totals.men, unit, lang));
}

/** The pyramid as a table: one row per age band, women and men side by side. */
export function pyramidTable(request: PyramidRequest, data: PyramidData): DataTable {
  const { indicator, lang } = request;
  const text = messagesFor(lang).charts;
  return {
    caption: text.pyramidTable(localized(indicator.title, lang), data.name, request.period),
    columns: [text.age, text.women, text.men],
    rows: data.ages.map((age) => ({
      key: age,
      header: age,
      cells: (['women', 'men'] as const).map((sex) => data.bars.find((b) => b.ageTitle === age && b.sex === sex)?.valueText ?? text.missing),
    })),
  };
}
