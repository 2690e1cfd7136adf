/**
 * The words of a choropleth's legend — its title, each entry's label, which way is good — for the
 * live map's legend (components/kollen-map/map-legend.ts) and the static map pictures the data
 * build draws (data/scripts/previews/), so both say the same.
 */
import { formatValue } from '../format/number.js';
import { localized, messagesFor, type Lang } from '../i18n/index.js';
import type { LegendEntry } from '../scales/legend.js';
import type { Polarity, Unit } from '../schema/types.js';
import type { ChoroplethModel } from './choropleth.js';

/** The legend's title: the unit, or the reference compared with. */
export function legendTitle(model: ChoroplethModel, unit: Unit, lang: Lang): string {
  const text = messagesFor(lang).map;
  const reference = model.reference;
  return model.query.colorMode === 'comparison' && reference ? text.legendComparisonTitle(reference.name) : text.legendClassesTitle(localized(unit.label, lang));
}

/** One entry's label: a class's range, a verdict, or why areas have no value. */
export function legendEntryLabel(entry: LegendEntry, unit: Unit, lang: Lang): string {
  const text = messagesFor(lang).map;
  if (entry.kind === 'class') return text.classRange(formatValue(entry.from, unit, lang), formatValue(entry.to, unit, lang));
  if (entry.kind === 'verdict') return text.legendVerdict(entry.verdict);
  return text.missing[entry.reason];
}

/** Which way is good, in words (a colour alone cannot say it). */
export function legendDirection(model: ChoroplethModel, polarity: Polarity, lang: Lang): string {
  const text = messagesFor(lang).map;
  return model.query.colorMode === 'comparison' ? text.legendPolarity[polarity] : text.legendDarker[polarity];
}
