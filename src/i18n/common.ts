/** Messages every widget uses: states, errors, the simulated-data flag. */
import type { DataErrorKind } from '../schema/errors.js';
import type { TrendDirection } from '../stats/trend.js';

/** Words every widget shares (the loading words live in the locale registry: they show before these arrive). */
export interface CommonMessages {
  retry: string;
  empty: string;
  simulated: string;
  simulatedLong: string;
  source: string;
  showTable: string;
  hideTable: string;
  error: Record<DataErrorKind | 'unknown', string>;
  errorDetailHint: string;
  // statsui:
  /** A trend result in words (src/stats/area-trend.ts), polarity-aware; `span` e.g. `2006–2021`. */
  trend: {
    direction: Record<TrendDirection, string>;
    verdict: { better: string; worse: string };
    result: (span: string, direction: string, verdict: string) => string;
  };
}
