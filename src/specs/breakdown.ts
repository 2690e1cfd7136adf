/**
 * `<kollen-distribution kind="breakdown">`: one area's values by the categories of a breakdown
 * (sex, age bands, education levels) for one period, as bars with 95 % interval whiskers, each
 * next to the same category for the reference area (grey). Unpublished cells say why.
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatCount, formatInterval, formatValue } from '../format/number.js';
import { localized, messagesFor } from '../i18n/index.js';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import type { Lang } from '../i18n/locales.js';
import { bandHeight, chartConfig, chartTitle, chartWidth, HIGHLIGHT_COLOR, isNarrow, REFERENCE_COLORS, SERIES_COLORS, valueTicks } from './chart-style.js';
import { areaName, categoryTitles, indicatorRows, isPublished, referenceFor, figureWording } from '../query/index.js';
import { significanceVsReference, verdictFor } from '../stats/compare.js';
import type { DataTable } from './table.js';

/** What a breakdown chart shows. */
export interface BreakdownRequest {
  catalog: Catalog;
  indicator: IndicatorFile;
  level: string;
  /** The area shown; its reference is drawn beside it. */
  area: string;
  period: string;
  breakdown: string;
  lang: Lang;
}

/** One bar (an area × category). */
export interface BreakdownBar {
  area: string;
  level: string;
  name: string;
  role: 'area' | 'reference';
  category: string;
  categoryTitle: string;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  valueText: string;
  intervalText: string;
  nText: string;
  statusText: string;
  /**
   * `▲` / `▼` on an area's bar whose category is significantly higher / lower than the reference's
   * same category (issue 13, point 7), else empty; drawn right of the whisker.
   */
  differenceMark: string;
  /** Where the mark sits on the value axis: the interval's upper end, else the value. */
  markAt: number | null;
  /** The words or mark written on the bar's row (why it is unpublished, or the difference mark), and where on the value axis. */
  note: string;
  noteAt: number | null;
}

/** The prepared breakdown. */
export interface BreakdownData {
  bars: BreakdownBar[];
  categories: string[];
  groups: { area: string; level: string; name: string; role: 'area' | 'reference'; color: string }[];
}

/** The breakdown an indicator is split by by default: its first one that is not a cross-breakdown. */
export function defaultBreakdown(indicator: IndicatorFile): string | undefined {
  return indicator.breakdowns.find((id) => !id.includes('*'));
}

/** Prepares the bars of a breakdown chart (pure). */
export function breakdownData(request: BreakdownRequest): BreakdownData {
  const { catalog, indicator, level, area, period, breakdown, lang } = request;
  const text = messagesFor(lang).charts;
  const figures = figureWording(indicator, lang);
  const ref = referenceFor(indicator, level);
  const groups: BreakdownData['groups'] = [{ area, level, name: areaName(catalog, level, area, lang), role: 'area', color: SERIES_COLORS[0] }];
  if (ref && ref.code !== area) groups.push({ area: ref.code, level: ref.level, name: `${areaName(catalog, ref.level, ref.code, lang)} ${text.referenceSuffix}`, role: 'reference', color: REFERENCE_COLORS[0] });
  const rows = indicatorRows(indicator, { periods: [period], breakdowns: [breakdown], levels: groups.map((g) => g.level), areas: groups.map((g) => g.area) });
  const categories = categoryTitles(catalog, breakdown, lang);
  const bars: BreakdownBar[] = [];
  for (const category of categories) {
    for (const group of groups) {
      const row = rows.find((r) => r.area === group.area && r.level === group.level && r.category === category.id);
      if (!row) continue;
      const published = isPublished(row);
      bars.push({
        area: group.area, level: group.level, name: group.name, role: group.role, category: category.id, categoryTitle: category.title,
        value: published ? row.value : null, ciLow: published ? row.ciLow : null, ciHigh: published ? row.ciHigh : null,
        valueText: published ? formatValue(row.value, indicator.unit, lang) : '–',
        intervalText: published ? formatInterval(row.ciLow, row.ciHigh, indicator.unit, lang) || '–' : '–',
        nText: formatCount(row.n, lang),
        statusText: published ? '' : row.status === 'suppressed' ? figures.suppressed : text.missing,
        differenceMark: '', markAt: published ? Math.max(row.value, row.ciHigh ?? row.value) : null,
        note: '', noteAt: null,
      });
    }
  }
  const used = new Set(bars.map((bar) => bar.category));
  const data = { bars, categories: categories.filter((c) => used.has(c.id)).map((c) => c.title), groups };
  for (const bar of bars) {
    const same = sameCategoryOfReference(data, bar);
    if (same?.value != null && bar.value !== null && categoryDifference(request, data, bar)) bar.differenceMark = bar.value > same.value ? '▲' : '▼';
    // One text layer writes both: an unpublished bar's reason from zero, a mark past the whisker.
    if (bar.statusText) [bar.note, bar.noteAt] = [bar.statusText, 0];
    else if (bar.differenceMark) [bar.note, bar.noteAt] = [bar.differenceMark, bar.markAt];
  }
  return data;
}

/** vega-lite's default padding of a band that holds an offset scale (`bandWithNestedOffsetPaddingInner/Outer`). */
const OFFSET_PADDING = 0.2;

/** The vega-lite spec of a breakdown chart `width` pixels wide. */
export function breakdownSpec(request: BreakdownRequest, data: BreakdownData, width: number): TopLevelSpec {
  const { indicator, lang } = request;
  const text = messagesFor(lang).charts;
  const figures = figureWording(indicator, lang);
  const narrow = isNarrow(width);
  const unitLabel = localized(indicator.unit.label, lang);
  const names = data.groups.map((g) => g.name);
  const labelLimit = narrow ? 110 : 200;
  const breakdownTitle = localized(request.catalog.breakdowns.find((b) => b.id === request.breakdown)?.title, lang);
  const tooltip = [
    { field: 'name', title: text.area },
    { field: 'categoryTitle', title: text.category },
    { field: 'valueText', title: text.value },
    { field: 'intervalText', title: figures.interval },
    { field: 'nText', title: figures.count },
  ];
  // Orders as scale domains (lists vega takes as data), not as `sort`: vega-lite turns a sort list
  // into an expression with every value spliced in, which a valid name (with U+2028) can break. For
  // the same reason bars are offset and coloured by role (vega-lite orders an offset by the colour
  // domain in an expression), and the legend names the roles from a parameter's value.
  // The roles' order is vega's own (sorted: `area` before `reference`), not a domain: vega-lite
  // splices an explicit offset domain into a sort expression, which the chart template cannot feed.
  const present = new Set(data.bars.map((bar) => bar.role));
  const groups = data.groups.filter((g) => present.has(g.role)).sort((a, b) => (a.role < b.role ? -1 : 1));
  const yOffset = { field: 'role', type: 'nominal' as const };
  const marksKey = differenceKeyText(request, data);
  const key = marksKey ? ` · ${marksKey}` : '';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(indicator, { title: `${localized(indicator.title, lang)} – ${data.groups[0]!.name}`, subtitle: `${unitLabel}, ${breakdownTitle.toLocaleLowerCase(lang)}, ${request.period}${key}` }, lang, width),
    width: chartWidth(width),
    // A bar every 16–18 px: each category band holds one bar per area and is padded by 0.2 of
    // itself inside and out (vega-lite's paddings for a band with a nested offset).
    height: bandHeight(((narrow ? 16 : 18) * names.length) / (1 - OFFSET_PADDING), data.categories.length, OFFSET_PADDING, OFFSET_PADDING),
    autosize: { type: 'fit-x', contains: 'padding' },
    config: chartConfig(),
    params: [{ name: GROUP_NAMES, value: Object.fromEntries(data.groups.map((g) => [g.role, g.name])) }],
    data: { values: data.bars },
    encoding: {
      y: { field: 'categoryTitle', type: 'nominal', title: null, scale: { domain: data.categories }, axis: { labelLimit } },
      yOffset,
    },
    layer: [
      {
        transform: [{ filter: { field: 'value', valid: true } }],
        mark: { type: 'bar', cursor: 'pointer', height: { band: 0.85 } },
        encoding: {
          x: { field: 'value', type: 'quantitative', title: unitLabel, scale: { zero: true, nice: true }, axis: valueTicks(indicator.unit, chartWidth(width) - labelLimit) },
          color: {
            field: 'role', type: 'nominal', title: null, scale: { range: groups.map((g) => g.color) },
            legend: { orient: 'bottom', direction: 'vertical', labelExpr: `${GROUP_NAMES}[datum.value]` },
          },
          tooltip,
        },
      },
      {
        transform: [{ filter: { field: 'ciLow', valid: true } }],
        mark: { type: 'rule', color: HIGHLIGHT_COLOR, strokeWidth: 1.5 },
        encoding: { x: { field: 'ciLow', type: 'quantitative' }, x2: { field: 'ciHigh' } },
      },
      {
        transform: [{ filter: { field: 'noteAt', valid: true } }],
        mark: { type: 'text', align: 'left', dx: 4, fontStyle: 'italic', color: '#555555' },
        encoding: { x: { field: 'noteAt', type: 'quantitative' }, text: { field: 'note' } },
      },
    ],
  } as TopLevelSpec;
}

/** The parameter holding the legend's names of the groups by role: names reach vega as data. */
const GROUP_NAMES = 'kollenGroupNames';

/** A plain-words description of the breakdown chart. */
export function describeBreakdown(request: BreakdownRequest, data: BreakdownData): string {
  const { indicator, lang } = request;
  const text = messagesFor(lang).charts;
  const area = data.groups[0]!;
  const sentences = [text.breakdownDescription(localized(indicator.title, lang), area.name, request.period)];
  for (const bar of data.bars.filter((b) => b.role === 'area')) {
    const differs = categoryDifference(request, data, bar);
    sentences.push(`${bar.categoryTitle}: ${bar.value === null ? bar.statusText : bar.valueText}${differs ? ` (${differs})` : ''}.`);
  }
  return sentences.join(' ');
}

/**
 * How a category of the area differs from the same category of the reference, in words
 * ("Signifikant sämre än Stockholms län"); empty when it does not differ significantly or cannot
 * be compared. The description and the table mark the categories that differ with it.
 */
export function categoryDifference(request: BreakdownRequest, data: BreakdownData, bar: BreakdownBar): string {
  const reference = data.groups.find((group) => group.role === 'reference');
  if (bar.role !== 'area' || !reference) return '';
  const same = sameCategoryOfReference(data, bar);
  const verdict = verdictFor(significanceVsReference(bar, same?.value), request.indicator.polarity);
  if (verdict === 'similar' || verdict === 'not-compared') return '';
  return messagesFor(request.lang).map.verdict(verdict, areaName(request.catalog, reference.level, reference.area, request.lang));
}

/** The key to the chart's ▲/▼ marks, naming the reference; empty when no bar is marked. */
export function differenceKeyText(request: BreakdownRequest, data: BreakdownData): string {
  const reference = data.groups.find((g) => g.role === 'reference');
  if (!reference || !data.bars.some((bar) => bar.differenceMark)) return '';
  return messagesFor(request.lang).charts.differenceKey(areaName(request.catalog, reference.level, reference.area, request.lang));
}

/** The reference's bar of the same category as `bar`, if the chart has a reference. */
function sameCategoryOfReference(data: Pick<BreakdownData, 'bars' | 'groups'>, bar: BreakdownBar): BreakdownBar | undefined {
  const reference = data.groups.find((group) => group.role === 'reference');
  return reference && data.bars.find((other) => other.area === reference.area && other.level === reference.level && other.category === bar.category);
}

/** The breakdown as a table: one row per category, one column per area. */
export function breakdownTable(request: BreakdownRequest, data: BreakdownData): DataTable {
  const { indicator, lang } = request;
  const text = messagesFor(lang).charts;
  return {
    caption: text.breakdownTable(localized(indicator.title, lang), data.groups[0]!.name, request.period),
    columns: [text.category, ...data.groups.map((g) => g.name)],
    rows: data.categories.map((title) => ({
      key: title,
      header: title,
      cells: data.groups.map((g) => {
        const bar = data.bars.find((b) => b.area === g.area && b.categoryTitle === title);
        if (!bar) return text.missing;
        if (bar.value === null) return bar.statusText;
        const differs = categoryDifference(request, data, bar);
        return `${bar.valueText}${bar.intervalText !== '–' ? ` (${bar.intervalText})` : ''}, n = ${bar.nText}${differs ? `. ${differs}` : ''}`;
      }),
    })),
  };
}
