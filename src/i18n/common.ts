/** Messages every widget uses: states, errors, the simulated-data flag. */
import type { DataErrorKind } from '../schema/errors.js';

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
  // release:
  /** A widget pinned to an older data release: "Nyare siffror finns (2027-06)", followed by the button. */
  newerRelease: (release: string) => string;
  /** The notice's button, which shows the same view on the newest release. */
  newerReleaseShow: string;
}
