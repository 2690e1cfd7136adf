/**
 * What a map legend lists, as data: colour classes with their ranges, or comparison verdicts,
 * then one entry per reason a value is missing. Labels are made by the element from the i18n
 * tables; counts let the legend say how many areas each entry covers.
 */
import type { Verdict } from '../stats/compare.js';

/** Why an area has no colour: withheld, never asked, or no row in the data at all. */
export type MissingReason = 'suppressed' | 'not-collected' | 'no-data';

/** The order missing reasons are listed in. */
export const MISSING_REASONS: readonly MissingReason[] = ['suppressed', 'not-collected', 'no-data'];

/** The ways a map colours areas: value classes, or significance against the reference. */
export const COLOR_MODES = ['classes', 'comparison'] as const;

/** How areas are coloured. */
export type ColorMode = (typeof COLOR_MODES)[number];

/** True when `value` names a colour mode. */
export function isColorMode(value: unknown): value is ColorMode {
  return (COLOR_MODES as readonly unknown[]).includes(value);
}

/** One legend entry. */
export type LegendEntry =
  | { kind: 'class'; color: string; from: number; to: number; count: number }
  | { kind: 'verdict'; verdict: Verdict; color: string; count: number }
  | { kind: 'missing'; reason: MissingReason; count: number };

/**
 * Class entries from thresholds: class `i` runs from the previous threshold (or the smallest
 * value) to the next threshold (or the largest value).
 */
export function classEntries(thresholds: readonly number[], colors: readonly string[], min: number, max: number, counts: readonly number[]): LegendEntry[] {
  return colors.map((color, i) => ({
    kind: 'class',
    color,
    from: i === 0 ? min : thresholds[i - 1]!,
    to: i === colors.length - 1 ? max : thresholds[i]!,
    count: counts[i] ?? 0,
  }));
}

/** Missing entries for the reasons that occur, in a fixed order. */
export function missingEntries(counts: ReadonlyMap<MissingReason, number>): LegendEntry[] {
  return MISSING_REASONS.filter((reason) => (counts.get(reason) ?? 0) > 0).map((reason) => ({ kind: 'missing', reason, count: counts.get(reason)! }));
}
