/**
 * Weighted proportions with 95 % confidence intervals, as a statistics office would publish them
 * from survey microdata.
 *
 * The interval is Wilson's score interval computed with Kish's effective sample size in place of
 * n. Wilson behaves well near 0 % and 100 % and for small n (unlike the Wald interval, it never
 * leaves [0, 1] or collapses to zero width); using the effective sample size widens it for the
 * loss of precision that unequal weights cause (design effect of weighting, 1 + CV² of the
 * weights). It ignores clustering, which a simple random sample per area does not have.
 */

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/** Kish's effective sample size (Σw)² / Σw²: n for equal weights, smaller when weights vary. */
export function kishEffectiveSampleSize(weights: ArrayLike<number>): number {
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i]!;
    sumSquares += weights[i]! ** 2;
  }
  return sumSquares === 0 ? 0 : (sum * sum) / sumSquares;
}

/** Wilson score interval for a proportion `p` observed on (effective) sample size `n`. */
export function wilsonInterval(p: number, n: number, z = Z_95): [number, number] {
  if (!(n > 0)) return [0, 1];
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 % and 100 % the bound is exactly 0 or 1 in theory; float noise must not move it.
  return [p === 0 ? 0 : Math.max(0, centre - half), p === 1 ? 1 : Math.min(1, centre + half)];
}

/** A weighted estimate of a proportion with its interval and the counts behind it. */
export interface ProportionEstimate {
  /** Weighted share of yes answers, 0–1. */
  proportion: number;
  ciLow: number;
  ciHigh: number;
  /** Unweighted number of respondents who answered (the denominator). */
  n: number;
  /** Kish effective sample size of those respondents. */
  effectiveN: number;
  /** Sum of their weights (the weighted number who answered): what adds up across a table. */
  weight: number;
}

/**
 * What a cell's estimate needs, summed over its respondents who answered: their number, Σw, Σw²
 * and Σw over the yes answers. A database can add these up (`kollen build` does, with DuckDB), so
 * millions of respondents never have to be in memory at once.
 */
export interface AnswerSums {
  n: number;
  sumWeights: number;
  sumSquaredWeights: number;
  sumYesWeights: number;
}

/** The weighted proportion, its Wilson interval on Kish's effective n, from a cell's sums. */
export function proportionFromSums({ n, sumWeights, sumSquaredWeights, sumYesWeights }: AnswerSums): ProportionEstimate {
  if (n === 0 || sumWeights === 0) return { proportion: 0, ciLow: 0, ciHigh: 1, n, effectiveN: 0, weight: sumWeights };
  const proportion = sumYesWeights / sumWeights;
  const effectiveN = (sumWeights * sumWeights) / sumSquaredWeights;
  const [ciLow, ciHigh] = wilsonInterval(proportion, effectiveN);
  return { proportion, ciLow, ciHigh, n, effectiveN, weight: sumWeights };
}

/**
 * Estimates the weighted share of `true` among respondents `members` (indices into `answers`
 * and `weights`); `null` answers (item non-response) are left out of numerator and denominator.
 */
export function weightedProportion(
  answers: ArrayLike<boolean | null>,
  weights: ArrayLike<number>,
  members: ArrayLike<number>,
): ProportionEstimate {
  let n = 0;
  let sum = 0;
  let sumYes = 0;
  let sumSquares = 0;
  for (let k = 0; k < members.length; k++) {
    const i = members[k]!;
    const answer = answers[i];
    if (answer === null || answer === undefined) continue;
    const w = weights[i]!;
    n++;
    sum += w;
    sumSquares += w * w;
    if (answer) sumYes += w;
  }
  return proportionFromSums({ n, sumWeights: sum, sumSquaredWeights: sumSquares, sumYesWeights: sumYes });
}

/**
 * Rounds an estimate and its interval for publication so the rounded value always lies inside the
 * rounded interval: the value to nearest, the bounds outward (lower down, upper up). Outward
 * rounding can only widen the interval, which is the honest direction.
 */
export function roundEstimate(value: number, low: number, high: number, decimals: number): [number, number, number] {
  const factor = 10 ** decimals;
  // The small epsilon keeps 12.30000000001 from being rounded up to 12.4 by float noise.
  const eps = 1e-9;
  const rounded = Math.round(value * factor) / factor;
  const roundedLow = Math.floor(low * factor + eps) / factor;
  const roundedHigh = Math.ceil(high * factor - eps) / factor;
  return [rounded, Math.min(roundedLow, rounded), Math.max(roundedHigh, rounded)];
}
