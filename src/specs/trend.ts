/**
 * `<kollen-trend>`'s chart: an indicator over time for a few areas (and optionally one line per
 * breakdown category), each with its 95 % interval as a band. A line never joins values across a
 * missing period or a change of area boundaries (division): it breaks, so no one reads a change
 * that is only a new map. References are grey and dashed. A pooled period (several survey years
 * as one estimate, for small areas) is a span: a piece of line of its own, level from its first to
 * its last year, with its interval as a box behind it (two points of the same marks, so the chart
 * keeps its structure and compiled template), never joined to the single years' line.
 */
import type { TopLevelSpec } from 'vega-lite';
import { localized, messagesFor } from '../i18n/index.js';
import { formatCount, formatInterval, formatValue } from '../format/number.js';
import type { Catalog, IndicatorFile, ValueRow } from '../schema/types.js';
import type { Lang } from '../i18n/locales.js';
import {
  AREA_DASH, CATEGORY_DASHES, chartConfig, chartTitle, chartWidth, isNarrow, REFERENCE_COLORS, REFERENCE_DASHES, SERIES_COLORS, valueTicks,
} from './chart-style.js';
import { areaName, categoryTitles, divisionOf, indicatorRows, isPublished, pooledYears, sortedPeriods, figureWording } from '../query/index.js';
import type { DataTable } from './table.js';

/** An area to draw, and whether it is compared against (a reference) or compared. */
export interface TrendArea {
  level: string;
  code: string;
  role: 'area' | 'reference';
}

/** What the trend chart shows. */
export interface TrendRequest {
  catalog: Catalog;
  indicator: IndicatorFile;
  areas: TrendArea[];
  /** `total`, or a breakdown id to draw one line per category. */
  breakdown: string;
  /** Code of the area selected on the page: its line is drawn thicker. */
  selected?: string;
  lang: Lang;
}

/** One line of the chart (an area, or an area × category). */
export interface TrendSeries {
  key: string;
  name: string;
  level: string;
  area: string;
  category: string;
  role: 'area' | 'reference';
  color: string;
  dash: number[];
  /** Number of unbroken pieces the line falls into (1 = no break). */
  segments: number;
  /** Published points. */
  points: number;
}

/** One published value on the chart. */
export interface TrendPoint {
  series: string;
  area: string;
  level: string;
  category: string;
  period: string;
  /** Position on the x axis: the year as a number when every period is a year, else the period. */
  x: number | string;
  /** One end of a pooled period's span (a point at its first year and one at its last). */
  pooled: boolean;
  value: number;
  ciLow: number | null;
  ciHigh: number | null;
  /** Id of the unbroken piece of line this point belongs to. */
  segment: string;
  /** A point with no neighbour in its piece: its interval is drawn as a whisker, not a band. */
  isolated: boolean;
  selected: boolean;
  valueText: string;
  intervalText: string;
  nText: string;
}

/** Everything the chart, the description and the table are made from. */
export interface TrendData {
  periods: string[];
  yearAxis: boolean;
  series: TrendSeries[];
  points: TrendPoint[];
  /** Cells per series and period, including the unpublished ones (for the table). */
  cells: Map<string, Map<string, ValueRow>>;
}

/**
 * Picks the areas of a trend: the `areas` asked for, else the selected area plus the indicator's
 * references. With nothing selected it shows the references alone: an area nobody picked would
 * read as a choice (issue 13, point 8); only an indicator without references falls back to the
 * first area of the level that has values.
 */
export function trendAreas(catalog: Catalog, indicator: IndicatorFile, level: string, requested: string[], selected?: string): TrendArea[] {
  const references = indicator.references.filter((ref) => indicator.values.area.includes(ref.code));
  const isReference = (code: string) => references.some((ref) => ref.code === code);
  const levelOf = (code: string) =>
    catalog.areas.find((area) => area.code === code && area.level === level)?.level ??
    references.find((ref) => ref.code === code)?.level ??
    catalog.areas.find((area) => area.code === code)?.level ??
    level;
  let codes = requested.filter(Boolean);
  // The line the chart is about: the selected area, else (nothing asked for) the first reference.
  let main = selected;
  if (codes.length === 0) {
    const first = selected || (references.length > 0 ? undefined : indicator.values.area.find((code, i) => indicator.values.level[i] === level));
    codes = [...(first ? [first] : []), ...references.map((ref) => ref.code)];
    main ||= codes[0];
  }
  const unique = [...new Set(codes)];
  return unique.map((code) => ({ level: levelOf(code), code, role: isReference(code) && code !== main ? 'reference' : 'area' }));
}

const yearLike = /^\d{4}$/;

/**
 * Opacity of an interval band. An area's categories share its colour, so their bands overlap in one
 * hue: faint enough that the overlap reads darker where both intervals cover and the lines stay
 * on top. One value for every trend: a second would be a second chart template per structure.
 */
const BAND_OPACITY = 0.16;

/** Room (pixels) at both ends of a year axis: more than the radius of the largest point. */
const X_PADDING = 12;

/** Prepares the series, points and cells of a trend (pure; the spec, description and table use it). */
export function trendData(request: TrendRequest): TrendData {
  const { catalog, indicator, lang, breakdown } = request;
  const text = messagesFor(lang).charts;
  const periods = sortedPeriods(indicator.periods);
  const span = (period: string) => {
    const pooled = pooledYears(indicator, period);
    return pooled && yearLike.test(pooled.from) && yearLike.test(pooled.to) ? pooled : undefined;
  };
  const yearAxis = periods.every((period) => yearLike.test(period) || span(period));
  const codes = new Set(request.areas.map((area) => area.code));
  const rows = indicatorRows(indicator, { areas: [...codes], breakdowns: [breakdown] });
  const categories = breakdown === 'total' ? [{ id: 'total', title: '' }] : categoryTitles(catalog, breakdown, lang);
  const series: TrendSeries[] = [];
  const points: TrendPoint[] = [];
  const cells = new Map<string, Map<string, ValueRow>>();
  let areaColor = 0;
  let referenceIndex = 0;
  for (const area of request.areas) {
    const baseName = areaName(catalog, area.level, area.code, lang);
    const referenceStyle = area.role === 'reference' ? referenceIndex++ : -1;
    categories.forEach((category, categoryIndex) => {
      const name0 = category.id === 'total' ? baseName : text.seriesName(baseName, category.title);
      const name = area.role === 'reference' ? `${name0} ${text.referenceSuffix}` : name0;
      const key = `${area.level}|${area.code}|${category.id}`;
      const byPeriod = pickRows(rows, area, category.id, periods, catalog);
      if (byPeriod.size === 0) return;
      cells.set(key, byPeriod);
      // Colour follows the area (two areas never share one), the line's dash the category
      // (issue 13, point 10); without a breakdown the dash tells references from areas.
      const color =
        area.role === 'reference'
          ? REFERENCE_COLORS[referenceStyle % REFERENCE_COLORS.length]!
          : SERIES_COLORS[areaColor % SERIES_COLORS.length]!;
      const dash =
        categories.length > 1
          ? CATEGORY_DASHES[categoryIndex % CATEGORY_DASHES.length]!
          : area.role === 'reference' ? REFERENCE_DASHES[referenceStyle % REFERENCE_DASHES.length]! : AREA_DASH;
      const one: TrendSeries = {
        key, name, level: area.level, area: area.code, category: category.id, role: area.role, color, dash,
        segments: 0, points: 0,
      };
      series.push(one);
      const point = (period: string, row: ValueRow & { value: number }, x: number | string, segment: string, pooled = false): TrendPoint => ({
        series: name, area: area.code, level: row.level, category: category.id, period, x, pooled,
        value: row.value, ciLow: row.ciLow, ciHigh: row.ciHigh,
        segment, isolated: false,
        selected: request.selected === area.code,
        valueText: formatValue(row.value, indicator.unit, lang),
        intervalText: formatInterval(row.ciLow, row.ciHigh, indicator.unit, lang) || '–',
        nText: formatCount(row.n, lang),
      });
      let segment = -1;
      let previousDivision: string | undefined;
      let previousPublished = false;
      const seriesPoints: TrendPoint[] = [];
      for (const period of periods) {
        const row = byPeriod.get(period);
        const pooled = yearAxis ? span(period) : undefined;
        // A pooled period overlaps the single years: it neither joins nor breaks their line.
        if (pooled) {
          if (row && isPublished(row)) for (const year of [pooled.from, pooled.to]) seriesPoints.push(point(period, row, Number(year), `${key}#pooled-${period}`, true));
          continue;
        }
        if (!row || !isPublished(row)) {
          previousPublished = false;
          continue;
        }
        const division = divisionOf(catalog, row.level);
        if (!previousPublished || division !== previousDivision) segment++;
        previousPublished = true;
        previousDivision = division;
        seriesPoints.push(point(period, row, yearAxis ? Number(period) : period, `${key}#${segment}`));
      }
      for (const one of seriesPoints) {
        one.isolated = seriesPoints.filter((other) => other.segment === one.segment).length === 1;
      }
      one.segments = segment + 1;
      one.points = seriesPoints.length;
      points.push(...seriesPoints);
    });
    if (area.role === 'area') areaColor++;
  }
  // Pooled periods are for small areas: drawn only when an area of the chart has nothing else.
  const needsPooled = series.some((one) => one.role === 'area' && points.every((p) => p.series !== one.name || p.pooled));
  return { periods, yearAxis, series, points: needsPooled ? points : points.filter((p) => !p.pooled), cells };
}

/**
 * The row of each period for one area and category: from the area's own level first; a period
 * it lacks may come from another level with the same area code (an earlier boundary version),
 * whose different division then breaks the line.
 */
function pickRows(rows: ValueRow[], area: TrendArea, category: string, periods: string[], catalog: Catalog): Map<string, ValueRow> {
  const byPeriod = new Map<string, ValueRow>();
  const mine = rows.filter((row) => row.area === area.code && row.category === category);
  for (const period of periods) {
    const own = mine.find((row) => row.period === period && row.level === area.level);
    const other = mine.find((row) => row.period === period && row.level !== area.level && catalog.levels.some((l) => l.id === row.level));
    const chosen = own && isPublished(own) ? own : other && isPublished(other) ? other : own ?? other;
    if (chosen) byPeriod.set(period, chosen);
  }
  return byPeriod;
}

/** The vega-lite spec of a trend chart `width` pixels wide (title, source and flag included). */
export function trendSpec(request: TrendRequest, data: TrendData, width: number): TopLevelSpec {
  const { indicator, lang } = request;
  const text = messagesFor(lang).charts;
  const figures = figureWording(indicator, lang);
  const narrow = isNarrow(width);
  const unitLabel = localized(indicator.unit.label, lang);
  const domain = data.series.map((s) => s.name);
  // A pooled period's ticks are its first and last years.
  const spanOf = (period: string) => pooledYears(indicator, period) ?? { from: period, to: period };
  const years = [...new Set(data.periods.flatMap((period) => [Number(spanOf(period).from), Number(spanOf(period).to)]))].sort((a, b) => a - b);
  const x = data.yearAxis
    ? {
        field: 'x', type: 'quantitative' as const, title: null,
        // Padding (pixels) keeps the first and last points and their whiskers whole inside the plot
        // instead of half over the axes; an ordinal x is a point scale, padded by vega-lite already.
        scale: { domain: [Math.min(...years), Math.max(...years)], nice: false, zero: false, padding: X_PADDING },
        axis: { values: years, format: 'd', labelOverlap: true, grid: false },
      }
    // No `sort` beside the domain: vega-lite would splice every period into an expression.
    : { field: 'x', type: 'ordinal' as const, title: null, scale: { domain: data.periods }, axis: { labelOverlap: true } };
  const height = narrow ? 220 : 280;
  const y = { field: 'value', type: 'quantitative' as const, title: unitLabel, scale: { zero: false, nice: true }, axis: valueTicks(indicator.unit, height, 45) };
  const color = {
    field: 'series', type: 'nominal' as const, title: null,
    scale: { domain, range: data.series.map((s) => s.color) },
    legend: { orient: 'bottom' as const, direction: 'vertical' as const, columns: narrow ? 1 : 2, symbolType: 'stroke' },
  };
  const tooltip = [
    { field: 'series', title: text.area },
    { field: 'period', title: text.period },
    { field: 'valueText', title: text.value },
    { field: 'intervalText', title: figures.interval },
    { field: 'nText', title: figures.count },
  ];
  const hasInterval = { field: 'ciLow', valid: true };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(indicator, { title: localized(indicator.title, lang), subtitle: unitLabel }, lang, width),
    width: chartWidth(width),
    height,
    autosize: { type: 'fit-x', contains: 'padding' },
    config: chartConfig(),
    data: { values: data.points },
    encoding: { x },
    layer: [
      {
        transform: [{ filter: hasInterval }],
        mark: { type: 'area', opacity: BAND_OPACITY, interpolate: 'linear' },
        encoding: { y: { field: 'ciLow', type: 'quantitative', title: unitLabel }, y2: { field: 'ciHigh' }, color, detail: { field: 'segment' } },
      },
      {
        transform: [{ filter: hasInterval }, { filter: { field: 'isolated', equal: true } }],
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: { y: { field: 'ciLow', type: 'quantitative', title: unitLabel }, y2: { field: 'ciHigh' }, color },
      },
      {
        mark: { type: 'line', interpolate: 'linear' },
        encoding: {
          y,
          color,
          strokeDash: { field: 'series', type: 'nominal', title: null, scale: { domain, range: data.series.map((s) => s.dash) }, legend: color.legend },
          strokeWidth: { condition: { test: { field: 'selected', equal: true }, value: 3.5 }, value: 2 },
          detail: { field: 'segment' },
        },
      },
      {
        mark: { type: 'point', filled: true, size: narrow ? 40 : 55, cursor: 'pointer', opacity: 1 },
        encoding: { y, color, tooltip },
      },
    ],
  } as TopLevelSpec;
}

/** A plain-words description of the trend (for screen readers and the figure caption). */
export function describeTrend(request: TrendRequest, data: TrendData): string {
  const { indicator, lang } = request;
  const text = messagesFor(lang).charts;
  const title = localized(indicator.title, lang);
  const sentences = [text.trendDescription(title, data.periods[0] ?? '', data.periods.at(-1) ?? '', data.series.map((s) => s.name))];
  for (const series of data.series) {
    // The single years tell the change; a series with nothing else is told by its pooled period.
    const all = data.points.filter((p) => p.series === series.name);
    // A span is two points of one period: told once.
    const ends = all.filter((p, i) => !p.pooled || all.findIndex((q) => q.segment === p.segment) === i);
    const mine = ends.some((p) => !p.pooled) ? ends.filter((p) => !p.pooled) : ends;
    const first = mine[0];
    const last = mine.at(-1);
    if (!first || !last) continue;
    sentences.push(
      first === last
        ? text.seriesSingle(series.name, first.valueText, first.period)
        : text.seriesChange(series.name, first.valueText, first.period, last.valueText, last.period),
    );
    if (series.segments > 1) sentences.push(text.seriesBreaks(series.name));
  }
  return sentences.join(' ');
}

/** The trend as a table: one row per period, one column per series. */
export function trendTable(request: TrendRequest, data: TrendData): DataTable {
  const { indicator, lang } = request;
  const text = messagesFor(lang).charts;
  return {
    caption: text.trendTable(localized(indicator.title, lang)),
    columns: [text.period, ...data.series.map((s) => s.name)],
    rows: data.periods.map((period) => ({
      key: period,
      header: period,
      cells: data.series.map((s) => cellText(data.cells.get(s.key)?.get(period), indicator, lang)),
    })),
  };
}

/** `14,5 % (12,0–17,0), n = 400`, or why there is no value. */
export function cellText(row: ValueRow | undefined, indicator: IndicatorFile, lang: Lang): string {
  const text = messagesFor(lang).charts;
  const figures = figureWording(indicator, lang);
  if (!row) return text.missing;
  if (!isPublished(row)) return row.status === 'suppressed' ? figures.suppressed : text.missing;
  const interval = formatInterval(row.ciLow, row.ciHigh, indicator.unit, lang);
  const n = row.n === null ? '' : `, n = ${formatCount(row.n, lang)}`;
  return `${formatValue(row.value, indicator.unit, lang)}${interval ? ` (${interval})` : ''}${n}`;
}
