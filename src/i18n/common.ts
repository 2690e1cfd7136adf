/** Messages every widget uses: states, errors, the simulated-data flag. */
import type { DataErrorKind } from '../schema/errors.js';
import type { CountOf } from '../schema/types.js';
import type { TrendDirection } from '../stats/trend.js';

/** Words every widget shares (the loading words live in the locale registry: they show before these arrive). */
export interface CommonMessages {
  retry: string;
  empty: string;
  simulated: string;
  simulatedLong: string;
  source: string;
  /** The source line under every widget and baked into exported images (the map shows it too, so it is not a chart word). */
  sourceLine: (source: string, publisher: string, licence: string) => string;
  showTable: string;
  hideTable: string;
  error: Record<DataErrorKind | 'unknown', string>;
  errorDetailHint: string;
  /** The embed's link to the same state in the full dashboard (where the catalogue names one). */
  openInKollen: string;
  // cli:
  /** An interval's name at its confidence level, the level already formatted ("95", "99,8"). */
  intervalNamed: (level: string) => string;
  /** What an indicator's `n` counts, as a column or field label (its `countOf`). */
  countNamed: Record<CountOf, string>;
  /** Why a suppressed cell is not shown, by what `n` counts. */
  tooFew: Record<CountOf, string>;
  // statsui:
  /** A trend result in words (src/stats/area-trend.ts), polarity-aware; `span` e.g. `2006–2021`. */
  trend: {
    direction: Record<TrendDirection, string>;
    verdict: { better: string; worse: string };
    result: (span: string, direction: string, verdict: string) => string;
  };
  // release:
  /** A widget pinned to an older data release: "Nyare siffror finns (2027-06)", followed by the button. */
  newerRelease: (release: string) => string;
  /** The notice's button, which shows the same view on the newest release. */
  newerReleaseShow: string;
}
