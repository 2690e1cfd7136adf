/**
 * Summaries of repeated measurements. The machine is shared and noisy, so the benchmark reports
 * medians with their spread (min, max and the interquartile range), never a single run.
 */

/** Median and spread of a set of samples. */
export interface Summary {
  /** Number of samples. */
  n: number;
  median: number;
  min: number;
  max: number;
  /** First and third quartile (linear interpolation between closest ranks). */
  q1: number;
  q3: number;
}

/** The `p`-quantile (0–1) of sorted samples, interpolating between closest ranks. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below]!;
  const high = sorted[above]!;
  return low + (high - low) * (position - below);
}

/** Median, min, max and quartiles of `samples`; `undefined` when there are none. */
export function summarize(samples: readonly number[]): Summary | undefined {
  const finite = samples.filter((sample) => Number.isFinite(sample));
  if (finite.length === 0) return undefined;
  const sorted = [...finite].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  };
}

/** `a / b`, or `undefined` when either is missing or `b` is zero. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return undefined;
  return a / b;
}
