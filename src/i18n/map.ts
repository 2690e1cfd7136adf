/** Messages of `<kollen-map>`: labels, legend, tooltip, table and the generated description. */
import type { NoComparisonReason } from '../geo/choropleth.js';
import type { ColorMode, MissingReason } from '../scales/legend.js';
import type { Polarity } from '../schema/types.js';
import type { Verdict } from '../stats/compare.js';
import type { AreaNoun } from './nouns.js';

/** A formatted area for the description: its name and its value with unit. */
export interface NamedValue {
  name: string;
  value: string;
}

/** The facts the generated description tells. Values are already formatted. */
export interface MapDescription {
  indicator: string;
  unitLabel: string;
  period: string;
  /** Breakdown category, e.g. "kvinnor", or empty for the total. */
  category: string;
  /** The level's noun from the catalogue, in the language of the messages; undefined: say "area". */
  noun: AreaNoun | undefined;
  /** Areas drawn. */
  shown: number;
  highest: NamedValue[];
  lowest: NamedValue[];
  /** Name of the reference area, when there is one with a value. */
  reference: string | undefined;
  /** Areas that could be compared (value and interval). */
  compared: number;
  counts: Record<Verdict, number>;
  /** Areas without a value. */
  missing: number;
  simulated: boolean;
}

export interface MapMessages {
  /** The level's noun for `count` areas ("kommun", "kommuner"), or the language's word for "area". */
  areaNoun(noun: AreaNoun | undefined, count: number): string;
  /** Accessible name of the map. */
  mapLabel(indicator: string, period: string, noun: AreaNoun | undefined): string;
  /** The map's heading: indicator, period and the group shown (`Kön: Kvinnor`, empty for the total). */
  title(indicator: string, period: string, group: string): string;
  description(facts: MapDescription): string;
  keyboardHint: string;
  legendLabel: string;
  legendClassesTitle(unitLabel: string): string;
  legendComparisonTitle(reference: string): string;
  /** The reference's value; `intervalName` is `intervalWording` of the indicator. */
  referenceValue(reference: string, value: string, interval: string, intervalName: string): string;
  classRange(from: string, to: string): string;
  verdict(verdict: Verdict, reference: string): string;
  legendVerdict(verdict: Verdict): string;
  /** Under a legend of value classes: which way the colours run and whether that is good, in words. */
  legendDarker: Record<Polarity, string>;
  /** A map asked to compare that shows classes, because no comparison can be made: says why. */
  noComparison: Record<NoComparisonReason, string>;
  /** Under a legend of verdicts: which way is good, in words. */
  legendPolarity: Record<Polarity, string>;
  /** Why an area has no value; a suppressed one is `suppressedWording` of the indicator. */
  missing: Record<Exclude<MissingReason, 'suppressed'>, string>;
  /** `n` areas with the noun: "3 kommuner". */
  count(n: number, noun: AreaNoun | undefined): string;
  valueLabel: string;
  selected: string;
  /** One area in a sentence, for screen readers: name, value, interval, verdict. */
  areaSummary(name: string, value: string, interval: string, verdict: string, selected: boolean, intervalName: string): string;
  tableCaption(indicator: string, period: string, category: string): string;
  areaHeader: string;
  comparisonHeader(reference: string): string;
  smallAreasHeading: string;
  /** Heading of the list when the map has more small areas than it lists. */
  smallestAreasHeading: string;
  /** How many more small areas there are, and where to find them. */
  moreSmallAreas(n: number, noun: AreaNoun | undefined): string;
  colorModeName: Record<ColorMode, string>;
  noMap: string;
  // small:
  /** Instead of an empty map: the indicator is not published at the level asked for (its plural noun when known). */
  notPublishedAtLevel(noun: AreaNoun | undefined): string;
  // drill:
  /** Accessible name of the drill-down's breadcrumb. */
  drillNav: string;
  /** The drill-down's back button: one level up, to `name`. */
  drillUp(name: string): string;
  /** Under the breadcrumb: how to drill down and back. */
  drillHint: string;
  /** The zoom buttons of a drilled or dense map (pinch and ctrl+wheel zoom too). */
  zoom: Record<'in' | 'out' | 'reset', string>;
}
