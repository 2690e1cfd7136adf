/**
 * Colour classes for a choropleth: quantile breaks (each class holds about as many areas), at
 * most five classes, and a palette oriented by the indicator's polarity.
 *
 * Quantiles rather than equal intervals because a county's municipalities are few and skewed: equal
 * intervals would paint most of them in one colour. Breaks are rounded to the decimals the values
 * are shown with, and values are classified at that precision too, so the legend's numbers and the
 * tooltip's never disagree about which class an area is in.
 */
import { scaleThreshold } from 'd3-scale';
import type { Polarity } from '../schema/types.js';
import { ORANGE_RED_5, PURPLES_5 } from './palettes.js';

/** The most classes a map shows. */
export const MAX_CLASSES = 5;

/** Rounds to `decimals` places the way the values are displayed. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Thresholds between classes (`classes - 1` of them at most, fewer when values repeat): a value
 * at or above `thresholds[i]` belongs to class `i + 1`.
 */
export function quantileBreaks(values: readonly number[], decimals: number, classes = MAX_CLASSES): number[] {
  const sorted = values.map((v) => roundTo(v, decimals)).sort((a, b) => a - b);
  const distinct = new Set(sorted).size;
  const count = Math.min(classes, distinct);
  const thresholds: number[] = [];
  for (let i = 1; i < count; i++) {
    // Each class starts at an actual value, so classes hold equal shares and none is empty.
    const t = sorted[Math.round((i * sorted.length) / count)]!;
    // A threshold at or below the minimum, or a repeat, would make an empty class.
    if (t > sorted[0]! && (thresholds.length === 0 || t > thresholds[thresholds.length - 1]!)) thresholds.push(t);
  }
  return thresholds;
}

/** Picks `count` colours spread over a five-colour palette (3 classes → light, middle, dark). */
export function spreadColors(palette: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => palette[Math.round(((i + 0.5) * palette.length) / count - 0.5)]!);
}

/**
 * Colours for classes ordered from the lowest values to the highest. With a polarity the darkest
 * red always means the worst values (so for higher-is-better it sits on the lowest class); without
 * one, a neutral purple darkens with the value.
 */
export function classColors(count: number, polarity: Polarity): string[] {
  if (polarity === 'neutral') return spreadColors(PURPLES_5, count);
  const colors = spreadColors(ORANGE_RED_5, count);
  return polarity === 'higher-is-better' ? colors.reverse() : colors;
}

/** A classifier: value → class index (0 = lowest), using the rounding of `quantileBreaks`. */
export function classifier(thresholds: readonly number[], decimals: number): (value: number) => number {
  const scale = scaleThreshold<number, number>()
    .domain([...thresholds])
    .range(Array.from({ length: thresholds.length + 1 }, (_, i) => i));
  return (value) => scale(roundTo(value, decimals));
}
