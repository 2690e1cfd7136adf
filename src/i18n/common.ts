/** Messages every widget uses: states, errors, the simulated-data flag. */
import type { DataErrorKind } from '../schema/errors.js';

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
}
