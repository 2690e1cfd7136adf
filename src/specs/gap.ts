/**
 * `<kollen-distribution kind="gap">`'s chart: the gap between two categories of a breakdown
 * (`GAP_PAIRS`: lowest vs highest education, women vs men, oldest vs youngest) over time, in one
 * area next to its reference (the county), each with its 95 % interval as a band — the absolute
 * gap of `stats/gap.ts` (MOVER / Newcombe interval), in percentage points. Drawn with the trend
 * chart's spec (`trendSpec`), so it runs on the same compiled template: only the data, the title
 * and the axis title differ. The description adds the relative gap and the gap's own trend.
 */
import type { TopLevelSpec } from 'vega-lite';
import { localized, messagesFor, type Lang } from '../i18n/index.js';
import { formatInterval, formatValue } from '../format/number.js';
import { areaName, categoryTitle, findCell, publishedFigures, sortedPeriods } from '../query/index.js';
import type { IndicatorFile, Unit } from '../schema/types.js';
import { GAP_PAIRS, gapTrend, inequalityGap, type CategoryPair, type GapChange, type InequalityGap } from '../stats/gap.js';
import { AREA_DASH, REFERENCE_COLORS, REFERENCE_DASHES, SERIES_COLORS } from './chart-style.js';
import type { DataTable } from './table.js';
import { trendSpec, type TrendData, type TrendPoint, type TrendRequest, type TrendSeries } from './trend.js';

/** What the gap chart shows: the trend chart's request (areas first, then references; `breakdown` names the pair). */
export type GapRequest = TrendRequest;

/** One area's gaps over time. */
export interface GapLine {
  series: TrendSeries;
  /** The gap per period with both categories published (absolute and relative). */
  gaps: { period: string; gap: InequalityGap }[];
  /** Whether the gap narrowed or widened over the last 3–5 periods (null: too few periods). */
  change: GapChange | null;
}

/** Everything the chart, the description and the table are made from. */
export interface GapData extends TrendData {
  pair: readonly [string, string];
  lines: GapLine[];
  /** The indicator as the trend spec draws it: the gap's title and unit (percentage points). */
  shown: IndicatorFile;
}

/** The pair of categories a breakdown's gap compares, or undefined when it has none. */
export const gapPairOf = (breakdown: string): readonly [string, string] | undefined => GAP_PAIRS[breakdown];

/** The breakdown a gap chart shows by default: the first of the indicator's with a pair (education first). */
export function defaultGapBreakdown(indicator: Pick<IndicatorFile, 'breakdowns'>): string | undefined {
  return ['education', 'sex', 'age-survey'].find((id) => indicator.breakdowns.includes(id));
}

/** The unit of a gap: percentage points for percentages, the value's own unit otherwise. */
function gapUnit(unit: Unit, lang: Lang): Unit {
  const text = messagesFor(lang).charts.gap;
  return unit.kind === 'percent' ? { ...unit, kind: 'number', symbol: { [lang]: text.symbol }, label: { [lang]: text.unit } } : unit;
}

/** Prepares the gap lines and the points the trend spec draws (pure). Null when the breakdown has no pair. */
export function gapData(request: GapRequest): GapData | null {
  const { catalog, indicator, breakdown, lang } = request;
  const pair = gapPairOf(breakdown);
  if (!pair) return null;
  const text = messagesFor(lang).charts;
  const periods = sortedPeriods(indicator.periods);
  const unit = gapUnit(indicator.unit, lang);
  const pairText = text.gap.pair(categoryTitle(catalog, breakdown, pair[0], lang), categoryTitle(catalog, breakdown, pair[1], lang));
  const shown: IndicatorFile = { ...indicator, unit, title: { [lang]: text.gap.title(localized(indicator.title, lang), pairText) } };
  const series: TrendSeries[] = [];
  const points: TrendPoint[] = [];
  const lines: GapLine[] = [];
  let references = 0;
  for (const area of request.areas) {
    const cell = (period: string, category: string) => {
      const row = findCell(indicator, { level: area.level, area: area.code, period, breakdown, category });
      return row ? publishedFigures(row) : { value: null, ciLow: null, ciHigh: null, n: null, status: 'not-collected' as const };
    };
    const pairs: CategoryPair[] = periods.map((period) => ({ period, a: cell(period, pair[0]), b: cell(period, pair[1]) }));
    const gaps = pairs.flatMap((p) => {
      const gap = inequalityGap(p.a, p.b);
      return gap ? [{ period: p.period, gap }] : [];
    });
    if (gaps.length === 0) continue;
    const reference = area.role === 'reference';
    const style = reference ? references++ : lines.filter((line) => line.series.role === 'area').length;
    const name = reference ? `${areaName(catalog, area.level, area.code)} ${text.referenceSuffix}` : areaName(catalog, area.level, area.code);
    const key = `${area.level}|${area.code}|gap`;
    const one: TrendSeries = {
      key, name, level: area.level, area: area.code, category: 'gap', role: area.role,
      color: reference ? REFERENCE_COLORS[style % REFERENCE_COLORS.length]! : SERIES_COLORS[style % SERIES_COLORS.length]!,
      dash: reference ? REFERENCE_DASHES[style % REFERENCE_DASHES.length]! : AREA_DASH,
      segments: 0, points: 0,
    };
    // A period without both categories breaks the line, as the trend chart does for a missing value.
    let segment = -1;
    let previous = -2;
    const mine: TrendPoint[] = gaps.map(({ period, gap }) => {
      const index = periods.indexOf(period);
      if (index !== previous + 1) segment++;
      previous = index;
      const { value, ciLow, ciHigh } = gap.absolute;
      return {
        series: name, area: area.code, level: area.level, category: 'gap', period,
        x: /^\d{4}$/.test(period) ? Number(period) : period,
        value, ciLow, ciHigh, segment: `${key}#${segment}`, isolated: false, selected: request.selected === area.code,
        valueText: formatValue(value, unit, lang), intervalText: formatInterval(ciLow, ciHigh, unit, lang) || '–', nText: '',
      };
    });
    for (const point of mine) point.isolated = mine.filter((other) => other.segment === point.segment).length === 1;
    one.segments = segment + 1;
    one.points = mine.length;
    series.push(one);
    points.push(...mine);
    lines.push({ series: one, gaps, change: gapTrend(pairs)?.change ?? null });
  }
  const yearAxis = periods.every((period) => /^\d{4}$/.test(period));
  return { periods, yearAxis, series, points, cells: new Map(), pair, lines, shown };
}

/** The vega-lite spec of the gap chart (the trend chart's, with the gap's title and unit). */
export function gapSpec(request: GapRequest, data: GapData, width: number): TopLevelSpec {
  return trendSpec({ ...request, indicator: data.shown }, data, width);
}

/** `4,2 p.e. (1,0–7,4), 1,4 gånger (1,1–1,8)`: the absolute gap with its interval, and the ratio. */
function gapText(gap: InequalityGap, data: GapData, lang: Lang): string {
  const text = messagesFor(lang).charts.gap;
  const unit = data.shown.unit;
  const absolute = `${formatValue(gap.absolute.value, unit, lang)} (${formatInterval(gap.absolute.ciLow, gap.absolute.ciHigh, unit, lang)})`;
  if (!gap.relative) return absolute;
  const ratioUnit: Unit = { kind: 'number', symbol: { [lang]: '' }, label: { [lang]: '' }, decimals: 2 };
  const ratio = text.ratio(formatValue(gap.relative.value, ratioUnit, lang), formatInterval(gap.relative.ciLow, gap.relative.ciHigh, ratioUnit, lang));
  return `${absolute}, ${ratio}`;
}

/** A plain-words description: the gap in each line's first and latest period, and whether it narrowed. */
export function describeGap(request: GapRequest, data: GapData): string {
  const { lang } = request;
  const text = messagesFor(lang).charts.gap;
  const sentences = [`${localized(data.shown.title, lang)}.`];
  for (const line of data.lines) {
    const first = line.gaps[0]!;
    const last = line.gaps.at(-1)!;
    const span = first === last ? `${last.period}: ${gapText(last.gap, data, lang)}` : `${first.period}: ${gapText(first.gap, data, lang)}; ${last.period}: ${gapText(last.gap, data, lang)}`;
    sentences.push(`${line.series.name}: ${span}.${line.change ? ` ${text.change[line.change]}.` : ''}`);
  }
  return sentences.join(' ');
}

/** The gaps as a table: one row per period, one column per line. */
export function gapTable(request: GapRequest, data: GapData): DataTable {
  const { lang } = request;
  const charts = messagesFor(lang).charts;
  return {
    caption: charts.trendTable(localized(data.shown.title, lang)),
    columns: [charts.period, ...data.lines.map((line) => line.series.name)],
    rows: data.periods.map((period) => ({
      key: period,
      header: period,
      cells: data.lines.map((line) => {
        const found = line.gaps.find((g) => g.period === period);
        return found ? gapText(found.gap, data, lang) : charts.missing;
      }),
    })),
  };
}
