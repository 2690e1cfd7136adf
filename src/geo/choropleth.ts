/**
 * The state of a choropleth, independent of size and drawing: which value, colour, verdict and
 * legend entry each area gets for an indicator, level, period and breakdown category. The element
 * projects this onto the screen; tests check it without a browser.
 */
import { classColors, classifier, quantileBreaks } from '../scales/classes.js';
import { classEntries, missingEntries, type ColorMode, type LegendEntry, type MissingReason } from '../scales/legend.js';
import { COMPARISON_COLORS } from '../scales/palettes.js';
import { significanceVsReference, verdictFor, verdictsFor, type Significance, type Verdict } from '../stats/compare.js';
import { areaName, findCell, isPublished, referenceFor, type Cell } from '../query/index.js';
import type { Catalog, IndicatorFile, ReferenceArea } from '../schema/types.js';
import type { AreaFeature } from './features.js';
import type { Lang } from '../i18n/locales.js';

/** What to show. */
export interface ChoroplethQuery {
  level: string;
  period: string;
  breakdown: string;
  category: string;
  colorMode: ColorMode;
}

/** One area as the map shows it. */
export interface ChoroplethArea {
  code: string;
  name: string;
  /** The cell, when the data has a row for the area. */
  cell: Cell | undefined;
  /** Set when there is no value to show, saying why. */
  missing: MissingReason | undefined;
  significance: Significance;
  verdict: Verdict;
  /** Colour class (0 = lowest values) in classes mode. */
  classIndex: number | undefined;
  /** Fill colour; undefined for missing areas, which get the pattern for `missing`. */
  color: string | undefined;
}

/** The reference the areas are compared with. */
export interface ChoroplethReference extends ReferenceArea {
  name: string;
  cell: Cell | undefined;
}

/**
 * Why a map asked to colour by comparison shows classes instead: the values have no confidence
 * intervals, or the reference has no value to compare with.
 */
export type NoComparisonReason = 'no-intervals' | 'no-reference';

/** Everything the map, legend, tooltip, table and description need. */
export interface ChoroplethModel {
  /** What is shown: `colorMode` is the one drawn (classes when a comparison was asked for but none can be made). */
  query: ChoroplethQuery;
  /** Set when a comparison was asked for and none can be made, saying why (the legend says it in words). */
  noComparison: NoComparisonReason | undefined;
  areas: ChoroplethArea[];
  reference: ChoroplethReference | undefined;
  legend: LegendEntry[];
  /** Areas holding the highest and lowest value (ties included). */
  highest: ChoroplethArea[];
  lowest: ChoroplethArea[];
  /** How many areas got each verdict. */
  verdictCounts: Record<Verdict, number>;
  /** True when no area has a value: the element shows its empty state. */
  empty: boolean;
}

function missingReason(cell: Cell | undefined): MissingReason | undefined {
  if (!cell) return 'no-data';
  if (isPublished(cell)) return undefined;
  if (cell.status === 'suppressed') return 'suppressed';
  if (cell.status === 'not-collected') return 'not-collected';
  return 'no-data';
}

/**
 * Builds the choropleth state for `features` (already filtered to what is drawn); `lang` names the
 * reference (`Stockholm County` where the catalogue has the name in that language).
 */
export function buildChoropleth(catalog: Catalog, indicator: IndicatorFile, features: readonly AreaFeature[], asked: ChoroplethQuery, lang: Lang = 'sv'): ChoroplethModel {
  const { level, period, breakdown, category } = asked;
  const referenceArea = referenceFor(indicator, level);
  const reference: ChoroplethReference | undefined = referenceArea && {
    ...referenceArea,
    name: areaName(catalog, referenceArea.level, referenceArea.code, lang),
    cell: findCell(indicator, { level: referenceArea.level, area: referenceArea.code, period, breakdown, category }),
  };
  const referenceValue = reference?.cell?.status === 'ok' ? reference.cell.value : null;

  const areas: ChoroplethArea[] = features.map((feature) => {
    const cell = findCell(indicator, { level, area: feature.code, period, breakdown, category });
    const missing = missingReason(cell);
    const significance = missing || !cell ? 'not-compared' : significanceVsReference(cell, referenceValue);
    return {
      code: feature.code,
      name: feature.name,
      cell,
      missing,
      significance,
      verdict: verdictFor(significance, indicator.polarity),
      classIndex: undefined,
      color: undefined,
    };
  });

  const withValues = areas.filter((area) => !area.missing);
  // A map of nothing but "not compared" would look like a finding: colour by classes and say why.
  const noComparison: NoComparisonReason | undefined =
    asked.colorMode !== 'comparison' || withValues.length === 0 || withValues.some((area) => area.significance !== 'not-compared')
      ? undefined
      : withValues.some((area) => area.cell!.ciLow !== null && area.cell!.ciHigh !== null)
        ? 'no-reference'
        : 'no-intervals';
  const query: ChoroplethQuery = noComparison ? { ...asked, colorMode: 'classes' } : asked;
  const values = withValues.map((area) => area.cell!.value!);
  const legend: LegendEntry[] = [];
  const verdictCounts: Record<Verdict, number> = { better: 0, similar: 0, worse: 0, higher: 0, lower: 0, 'not-compared': 0 };
  for (const area of withValues) verdictCounts[area.verdict]++;

  if (query.colorMode === 'classes' && values.length > 0) {
    const decimals = indicator.unit.decimals;
    const thresholds = quantileBreaks(values, decimals);
    const colors = classColors(thresholds.length + 1, indicator.polarity);
    const classOf = classifier(thresholds, decimals);
    const counts = colors.map(() => 0);
    for (const area of withValues) {
      area.classIndex = classOf(area.cell!.value!);
      area.color = colors[area.classIndex];
      counts[area.classIndex]!++;
    }
    legend.push(...classEntries(thresholds, colors, Math.min(...values), Math.max(...values), counts));
  } else if (query.colorMode === 'comparison') {
    for (const area of withValues) area.color = COMPARISON_COLORS[area.verdict];
    for (const verdict of verdictsFor(indicator.polarity)) {
      legend.push({ kind: 'verdict', verdict, color: COMPARISON_COLORS[verdict], count: verdictCounts[verdict] });
    }
    if (verdictCounts['not-compared'] > 0) {
      legend.push({ kind: 'verdict', verdict: 'not-compared', color: COMPARISON_COLORS['not-compared'], count: verdictCounts['not-compared'] });
    }
  }

  const missingCounts = new Map<MissingReason, number>();
  for (const area of areas) if (area.missing) missingCounts.set(area.missing, (missingCounts.get(area.missing) ?? 0) + 1);
  legend.push(...missingEntries(missingCounts));

  const max = Math.max(...values);
  const min = Math.min(...values);
  return {
    query,
    noComparison,
    areas,
    reference,
    legend,
    highest: withValues.filter((area) => area.cell!.value === max),
    lowest: withValues.filter((area) => area.cell!.value === min),
    verdictCounts,
    empty: withValues.length === 0,
  };
}
