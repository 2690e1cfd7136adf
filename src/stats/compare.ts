/**
 * Significance of an area's value against a reference area (the county for municipalities and
 * districts, the country for the county), the way England's Fingertips does it:
 *
 *   an area is significantly higher when the lower bound of its 95 % confidence interval lies
 *   above the reference value, significantly lower when the upper bound lies below it, and
 *   similar otherwise (an interval that touches the reference value counts as similar).
 *
 * The reference's own interval is ignored on purpose: it is based on far more people than any one
 * area, and Fingertips treats it as a fixed benchmark. Overlapping two intervals instead would
 * call too few differences significant. Areas without an interval, or a reference without a value,
 * are "not compared" rather than guessed.
 */
import type { Polarity } from '../schema/types.js';

/** Which way an area differs from its reference, statistically. */
export type Significance = 'higher' | 'similar' | 'lower' | 'not-compared';

/** A verdict as shown to people: better/worse when the indicator has a polarity, else higher/lower. */
export type Verdict = 'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'not-compared';

/** The part of a cell the comparison needs. */
export interface Estimate {
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

/** Compares an estimate's 95 % interval with the reference value (see the module comment). */
export function significanceVsReference(estimate: Estimate, referenceValue: number | null | undefined): Significance {
  const { value, ciLow, ciHigh } = estimate;
  if (value === null || ciLow === null || ciHigh === null) return 'not-compared';
  if (referenceValue === null || referenceValue === undefined || !Number.isFinite(referenceValue)) return 'not-compared';
  if (ciLow > referenceValue) return 'higher';
  if (ciHigh < referenceValue) return 'lower';
  return 'similar';
}

/** Turns higher/lower into better/worse for indicators with a polarity. */
export function verdictFor(significance: Significance, polarity: Polarity): Verdict {
  if (significance === 'similar' || significance === 'not-compared' || polarity === 'neutral') return significance;
  const higherIsBetter = polarity === 'higher-is-better';
  if (significance === 'higher') return higherIsBetter ? 'better' : 'worse';
  return higherIsBetter ? 'worse' : 'better';
}

/** The verdicts a legend lists for a polarity, in reading order (good news first). */
export function verdictsFor(polarity: Polarity): Verdict[] {
  return polarity === 'neutral' ? ['higher', 'similar', 'lower'] : ['better', 'similar', 'worse'];
}
