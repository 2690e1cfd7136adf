/**
 * What `<kollen-map>` says in words about a choropleth: its title, the generated description
 * (the map's text alternative) and the label of each area a screen reader announces. Pure, so the
 * sentences are tested in Node; the element only places them.
 */
import { formatInterval, formatValue } from '../format/number.js';
import { levelNoun, localized, messagesFor, type Lang } from '../i18n/index.js';
import { categoryTitle, groupTitle, intervalWording, missingWording, type WordedIndicator } from '../query/index.js';
import type { LegendEntry } from '../scales/legend.js';
import type { Catalog, IndicatorFile, Unit } from '../schema/types.js';
import type { ChoroplethArea, ChoroplethModel } from './choropleth.js';

/** The title of the breakdown category a map shows (`Kvinnor`), or empty for the total. */
export function mapCategoryTitle(model: ChoroplethModel, catalog: Pick<Catalog, 'breakdowns'>, lang: Lang): string {
  return categoryTitle(catalog, model.query.breakdown, model.query.category, lang);
}

/**
 * The heading line: indicator, period and the group shown named with its breakdown
 * (`Daglig rökning, 2021 – Kön: Kvinnor`), so a map of one group says which (issue 13, point 6).
 */
export function mapTitle(model: ChoroplethModel, indicator: Pick<IndicatorFile, 'title'>, catalog: Pick<Catalog, 'breakdowns'>, lang: Lang): string {
  return messagesFor(lang).map.title(localized(indicator.title, lang), model.query.period, groupTitle(catalog, model.query.breakdown, model.query.category, lang));
}

/**
 * The description: what the map shows, the highest and lowest areas, how many differ
 * significantly from the reference (only when the reference has a value), how many lack one,
 * and whether the data are simulated.
 */
export function describeMap(model: ChoroplethModel, indicator: Pick<IndicatorFile, 'title' | 'unit' | 'simulated'>, catalog: Pick<Catalog, 'breakdowns' | 'levels'>, lang: Lang): string {
  const { unit } = indicator;
  const named = (areas: ChoroplethArea[]) => areas.map((area) => ({ name: area.name, value: formatValue(area.cell!.value, unit, lang) }));
  const counts = model.verdictCounts;
  return messagesFor(lang).map.description({
    indicator: localized(indicator.title, lang),
    unitLabel: localized(unit.label, lang),
    period: model.query.period,
    category: mapCategoryTitle(model, catalog, lang),
    noun: levelNoun(catalog.levels.find((level) => level.id === model.query.level), lang),
    shown: model.areas.length,
    highest: named(model.highest),
    lowest: named(model.lowest),
    reference: model.reference?.cell?.status === 'ok' ? model.reference.name : undefined,
    compared: counts.better + counts.similar + counts.worse + counts.higher + counts.lower,
    counts,
    missing: model.areas.filter((area) => area.missing).length,
    simulated: indicator.simulated,
  });
}

/** The label of one area: name, value or why there is none, interval, verdict, and whether it is selected. */
export function describeArea(model: ChoroplethModel, area: ChoroplethArea, indicator: Pick<IndicatorFile, 'unit'> & WordedIndicator, lang: Lang, selected: boolean): string {
  const text = messagesFor(lang).map;
  const { unit } = indicator;
  const value = area.missing ? missingWording(area.missing, indicator, lang) : formatValue(area.cell!.value, unit, lang);
  const interval = area.missing ? '' : formatInterval(area.cell!.ciLow, area.cell!.ciHigh, unit, lang);
  const verdict = !area.missing && model.reference ? text.verdict(area.verdict, model.reference.name) : '';
  return text.areaSummary(area.name, value, interval, verdict, selected, intervalWording(indicator, lang));
}

/** A legend entry's words: a class's range, a verdict, or why areas lack a value (the live legend and the map preview). */
export function legendEntryLabel(entry: LegendEntry, unit: Unit, figures: WordedIndicator, lang: Lang): string {
  const text = messagesFor(lang).map;
  if (entry.kind === 'class') return text.classRange(formatValue(entry.from, unit, lang), formatValue(entry.to, unit, lang));
  if (entry.kind === 'verdict') return text.legendVerdict(entry.verdict);
  return missingWording(entry.reason, figures, lang);
}
