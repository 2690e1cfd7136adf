/**
 * `<kollen-distribution kind="ranking">`: every area of a level for one period, sorted, as bars
 * with 95 % interval whiskers, the reference value as a dashed rule, the selected area outlined,
 * and each bar coloured by its significance against the reference exactly as `<kollen-map>`'s
 * comparison mode colours it (same function, same palette). Unpublished areas are listed with
 * the reason instead of a bar.
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatCount, formatInterval, formatValue } from '../format/number.js';
import { collatorOf, levelNoun, localized, messagesFor, type AreaNoun, type Lang } from '../i18n/index.js';
import { COMPARISON_COLORS } from '../scales/palettes.js';
import { significanceVsReference, verdictFor, verdictsFor, type Verdict } from '../stats/compare.js';
import { areaName, findCell, groupTitle, indicatorRows, isPublished, referenceFor, figureWording } from '../query/index.js';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import { bandHeight, chartConfig, chartTitle, chartWidth, HIGHLIGHT_COLOR, isNarrow, valueTicks } from './chart-style.js';
import type { DataTable } from './table.js';

/** What a ranking shows. */
export interface RankingRequest {
  catalog: Catalog;
  indicator: IndicatorFile;
  level: string;
  period: string;
  breakdown: string;
  category: string;
  selected?: string;
  lang: Lang;
}

/** One area of the ranking. */
export interface RankedArea {
  area: string;
  level: string;
  name: string;
  /** 1 = highest value; null when unpublished. */
  rank: number | null;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  verdict: Verdict;
  verdictText: string;
  valueText: string;
  intervalText: string;
  nText: string;
  /** Why there is no bar (empty when there is one). */
  statusText: string;
  selected: boolean;
}

/** The prepared ranking. */
export interface RankingData {
  areas: RankedArea[];
  reference?: { area: string; level: string; name: string; value: number; valueText: string };
  verdicts: Verdict[];
}

/** Ranks the areas of `level` (pure). */
export function rankingData(request: RankingRequest): RankingData {
  const { catalog, indicator, level, period, breakdown, category, lang } = request;
  const text = messagesFor(lang).charts;
  const figures = figureWording(indicator, lang);
  const cellOf = (rowLevel: string, area: string) => findCell(indicator, { level: rowLevel, area, period, breakdown, category });
  const ref = referenceFor(indicator, level);
  const refRow = ref && cellOf(ref.level, ref.code);
  const reference =
    ref && refRow && isPublished(refRow)
      ? { area: ref.code, level: ref.level, name: areaName(catalog, ref.level, ref.code, lang), value: refRow.value, valueText: formatValue(refRow.value, indicator.unit, lang) }
      : undefined;
  const codes = new Set(catalog.areas.filter((a) => a.level === level).map((a) => a.code));
  // Areas with values that the catalogue does not list are ranked too (under their code).
  for (const row of indicatorRows(indicator, { levels: [level], periods: [period], breakdowns: [breakdown], categories: [category] })) codes.add(row.area);
  const areas: RankedArea[] = [...codes].map((code) => {
    const row = cellOf(level, code);
    const published = row && isPublished(row);
    const verdict = published ? verdictFor(significanceVsReference(row, reference?.value), indicator.polarity) : 'not-compared';
    return {
      area: code, level, name: areaName(catalog, level, code, lang), rank: null,
      value: published ? row.value : null, ciLow: published ? row.ciLow : null, ciHigh: published ? row.ciHigh : null,
      verdict, verdictText: messagesFor(lang).map.legendVerdict(verdict),
      valueText: published ? formatValue(row.value, indicator.unit, lang) : '–',
      intervalText: published ? formatInterval(row.ciLow, row.ciHigh, indicator.unit, lang) || '–' : '–',
      nText: formatCount(row?.n, lang),
      statusText: published ? '' : row?.status === 'suppressed' ? figures.suppressed : text.missing,
      selected: request.selected === code,
    };
  });
  const collator = collatorOf(lang);
  areas.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || collator.compare(a.name, b.name));
  areas.forEach((area, i) => (area.rank = area.value === null ? null : i + 1));
  const present = new Set(areas.map((a) => a.verdict));
  const verdicts = [...verdictsFor(indicator.polarity), 'not-compared' as const].filter((v) => present.has(v));
  return { areas, reference, verdicts };
}

/** The vega-lite spec of a ranking `width` pixels wide. */
export function rankingSpec(request: RankingRequest, data: RankingData, width: number): TopLevelSpec {
  const { indicator, lang } = request;
  const text = messagesFor(lang).charts;
  const figures = figureWording(indicator, lang);
  const narrow = isNarrow(width);
  const unitLabel = localized(indicator.unit.label, lang);
  const order = data.areas.map((a) => a.name);
  const selectedName = data.areas.find((a) => a.selected)?.name;
  const labelLimit = narrow ? 110 : 200;
  const y = {
    // The order as the scale's domain (a list vega takes as data), not as `sort`: vega-lite turns a
    // sort list into an expression with every name spliced in.
    field: 'name', type: 'nominal' as const, title: null, scale: { domain: order },
    axis: {
      labelLimit,
      // The name is a parameter's value (data), never spliced into the expression: a valid name
      // with a character an expression string cannot hold (U+2028) would break the chart.
      ...(selectedName ? { labelFontWeight: { condition: { test: `datum.value === ${SELECTED_NAME}`, value: 'bold' }, value: 'normal' } } : {}),
    },
  };
  const published = { field: 'value', valid: true };
  const comparisonTitle = data.reference ? messagesFor(lang).map.legendComparisonTitle(data.reference.name) : text.comparison;
  // Each row carries its tooltip as an object: a title naming the reference area would otherwise
  // be spliced into vega-lite's tooltip expression.
  const withTooltips = data.areas.map((area) => ({
    ...area,
    tooltip: { [text.area]: area.name, [text.value]: area.valueText, [figures.interval]: area.intervalText, [figures.count]: area.nText, [comparisonTitle]: area.verdictText },
  }));
  const tooltip = { field: 'tooltip', type: 'nominal' };
  const layers: unknown[] = [
    {
      transform: [{ filter: published }],
      mark: { type: 'bar', cursor: 'pointer', stroke: '#4a4a4a', height: { band: 0.7 } },
      encoding: {
        y,
        // One bar per area: nothing to stack, and an unstacked bar keeps the verdicts (the colour
        // domain) out of the stack's sort expression, so the chart template can take them as data.
        x: { field: 'value', type: 'quantitative', title: unitLabel, stack: null, scale: { zero: true, nice: true }, axis: valueTicks(indicator.unit, chartWidth(width) - labelLimit) },
        color: {
          field: 'verdict', type: 'nominal', title: data.reference ? comparisonTitle : null,
          scale: { domain: data.verdicts, range: data.verdicts.map((v) => COMPARISON_COLORS[v]) },
          legend: { orient: 'bottom', direction: 'vertical', columns: narrow ? 1 : 2, labelExpr: `${VERDICT_WORDS}[datum.value] || datum.label` },
        },
        strokeWidth: { condition: { test: { field: 'selected', equal: true }, value: 3 }, value: 0.75 },
        tooltip,
      },
    },
    {
      transform: [{ filter: published }, { filter: { field: 'ciLow', valid: true } }],
      mark: { type: 'rule', color: HIGHLIGHT_COLOR, strokeWidth: 1.5 },
      encoding: { y, x: { field: 'ciLow', type: 'quantitative' }, x2: { field: 'ciHigh' } },
    },
    {
      transform: [{ filter: { field: 'statusText', oneOf: [figures.suppressed, text.missing] } }],
      mark: { type: 'text', align: 'left', dx: 4, fontStyle: 'italic', color: '#555555' },
      encoding: { y, x: { datum: 0, type: 'quantitative' }, text: { field: 'statusText' } },
    },
  ];
  if (data.reference) {
    // A reference near the right end labels to the left of its rule, so the label is not cut off
    // at the plot's edge on a phone ("Stockholms län 8…").
    const highest = Math.max(...data.areas.map((area) => Math.max(area.ciHigh ?? -Infinity, area.value ?? -Infinity)), data.reference.value);
    const labelLeft = data.reference.value > highest / 2;
    layers.push({
      data: { values: [{ reference: data.reference.value, label: text.referenceRule(data.reference.name, data.reference.valueText) }] },
      layer: [
        { mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 2, color: HIGHLIGHT_COLOR }, encoding: { x: { field: 'reference', type: 'quantitative' } } },
        {
          mark: { type: 'text', align: labelLeft ? 'right' : 'left', baseline: 'bottom', dx: labelLeft ? -4 : 4, dy: -2, y: 0, color: HIGHLIGHT_COLOR, fontWeight: 'bold' },
          encoding: { x: { field: 'reference', type: 'quantitative' }, text: { field: 'label' } },
        },
      ],
    });
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(indicator, { title: localized(indicator.title, lang), subtitle: [unitLabel, rankedGroup(request), request.period].filter(Boolean).join(', ') }, lang, width),
    width: chartWidth(width),
    height: bandHeight(narrow ? 20 : 22, order.length),
    autosize: { type: 'fit-x', contains: 'padding' },
    config: chartConfig(),
    params: [
      { name: VERDICT_WORDS, value: verdictWords(data.verdicts, lang, narrow ? legendLineChars(width, labelLimit) : Infinity) },
      ...(selectedName ? [{ name: SELECTED_NAME, value: selectedName }] : []),
    ],
    data: { values: withTooltips },
    // y lives in each layer: the reference layer has its own data and spans the whole height.
    layer: layers,
  } as TopLevelSpec;
}

/** Names of the spec's parameters: text reaches vega as their values, expressions only name them. */
const SELECTED_NAME = 'kollenSelectedName';
const VERDICT_WORDS = 'kollenVerdictWords';

/**
 * Legend labels in words: the verdict ids are data, the words are the map legend's (one
 * vocabulary for both). A label longer than `lineChars` becomes lines (vega draws an array as
 * lines), so a phone shows "Inte jämförd (inget konfidensintervall)" whole, not cut off.
 */
function verdictWords(verdicts: Verdict[], lang: Lang, lineChars: number): Record<string, string | string[]> {
  const words = messagesFor(lang).map;
  return Object.fromEntries(verdicts.map((verdict) => [verdict, wrapWords(words.legendVerdict(verdict), lineChars)]));
}

/** Characters of a legend line on a phone: the legend starts at the plot, right of the area names, after its symbol. */
function legendLineChars(width: number, labelLimit: number): number {
  return Math.max(12, Math.floor((chartWidth(width) - labelLimit - 30) / 6.5));
}

/** Text in lines of at most `lineChars` characters, broken between words (one line when it fits). */
export function wrapWords(text: string, lineChars: number): string | string[] {
  if (text.length <= lineChars) return text;
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= lineChars) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The group a ranking of one category ranks (`Kön: Kvinnor`), empty for the unsplit values. */
export function rankedGroup(request: Pick<RankingRequest, 'catalog' | 'breakdown' | 'category' | 'lang'>): string {
  return groupTitle(request.catalog, request.breakdown, request.category, request.lang);
}

/** The indicator's title, with the group when the ranking is of one (`Daglig rökning (Kön: Kvinnor)`). */
function titleWithGroup(request: RankingRequest): string {
  const title = localized(request.indicator.title, request.lang);
  const group = rankedGroup(request);
  return group ? `${title} (${group})` : title;
}

/** A plain-words description: how many areas, highest and lowest, verdict counts, the selected area's rank. */
export function describeRanking(request: RankingRequest, data: RankingData): string {
  const { lang } = request;
  const text = messagesFor(lang).charts;
  const ranked = data.areas.filter((a) => a.rank !== null);
  const first = ranked[0];
  const last = ranked.at(-1);
  if (!first || !last) return text.noValues(request.period);
  const map = messagesFor(lang).map;
  const sentences = [
    text.rankingDescription(titleWithGroup(request), request.period, map.count(ranked.length, nounOf(request)), `${first.name} ${first.valueText}`, `${last.name} ${last.valueText}`),
  ];
  if (data.reference) {
    const counts = data.verdicts
      .filter((v) => v !== 'not-compared')
      .map((v) => text.verdictCount(ranked.filter((a) => a.verdict === v).length, map.legendVerdict(v)));
    // Areas are compared only by their confidence intervals: without any there is nothing to count.
    sentences.push(counts.length > 0 ? text.rankingVerdicts(data.reference.name, counts.join(', ')) : text.rankingNoIntervals(data.reference.name));
  }
  const selected = ranked.find((a) => a.selected);
  if (selected) sentences.push(text.selectedRank(selected.name, selected.rank!, ranked.length, selected.valueText));
  return sentences.join(' ');
}

/** The ranked level's noun from the catalogue, in the request's language. */
function nounOf(request: RankingRequest): AreaNoun | undefined {
  return levelNoun(request.catalog.levels.find((level) => level.id === request.level), request.lang);
}

/** The ranking as a table, one row per area (each row selects its area). */
export function rankingTable(request: RankingRequest, data: RankingData): DataTable {
  const { indicator, lang } = request;
  const text = messagesFor(lang).charts;
  const figures = figureWording(indicator, lang);
  return {
    caption: text.rankingTable(localized(indicator.title, lang), request.period, messagesFor(lang).map.areaNoun(nounOf(request), 2)),
    columns: [text.area, text.value, figures.interval, figures.count, data.reference ? `${messagesFor(lang).map.comparisonHeader(data.reference.name)} (${data.reference.valueText})` : text.comparison],
    rows: data.areas.map((a) => ({
      key: a.area,
      header: a.name,
      select: { level: a.level, area: a.area },
      selected: a.selected,
      cells: a.rank === null ? [a.statusText, '', a.nText, ''] : [a.valueText, a.intervalText, a.nText, a.verdictText],
    })),
  };
}
