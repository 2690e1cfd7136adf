/**
 * Which area a value is compared with. One rule for every view (map, ranking, breakdown, table,
 * "your area"), as `src/stats/README.md` and `data/README.md` state it: the first of the
 * indicator's `references` on another level than the one shown — the county for municipalities and
 * districts, the country for the county.
 *
 * The rule looks at the level, not at the area: a reference on the shown level would compare an
 * area with one of its peers (Uppsala county with Stockholm county) rather than with the whole it
 * belongs to, and the verdicts of one map must all be against the same reference.
 */
import type { IndicatorFile, ReferenceArea } from '../schema/types.js';

/** The reference of the areas of `level`, or none when the indicator has none on another level. */
export function referenceFor(indicator: Pick<IndicatorFile, 'references'>, level: string): ReferenceArea | undefined {
  return indicator.references.find((reference) => reference.level !== level);
}
