/** Messages every widget uses: states, errors, the simulated-data flag. */
import type { DataErrorKind } from '../schema/errors.js';
import type { MessageTable } from './index.js';

export interface CommonMessages {
  loading: string;
  retry: string;
  empty: string;
  simulated: string;
  simulatedLong: string;
  source: string;
  /** The source-and-licence line (here, not with the charts' words: the map shows it too, and loads only these). */
  sourceLine: (source: string, publisher: string, licence: string) => string;
  showTable: string;
  hideTable: string;
  error: Record<DataErrorKind | 'unknown', string>;
  errorDetailHint: string;
}

export const common: MessageTable<CommonMessages> = {
  sv: {
    loading: 'Laddar statistik …',
    retry: 'Försök igen',
    empty: 'Det finns inga uppgifter för den här nivån och perioden.',
    simulated: 'Simulerade data',
    simulatedLong: 'Simulerade data: siffrorna är påhittade för att visa verktyget och beskriver inte verkligheten.',
    source: 'Källa',
    sourceLine: (source, publisher, licence) => `Källa: ${source} (${publisher}), ${licence}`,
    showTable: 'Visa som tabell',
    hideTable: 'Dölj tabellen',
    error: {
      'not-json': 'Statistiken kunde inte visas: datafilen är trasig.',
      invalid: 'Statistiken kunde inte visas: datafilen har fel innehåll.',
      'incompatible-version': 'Statistiken kunde inte visas: datafilen är gjord för en annan version av Kollen.',
      'not-found': 'Statistiken kunde inte visas: datafilen finns inte.',
      http: 'Statistiken kunde inte hämtas: servern svarade med ett fel.',
      network: 'Statistiken kunde inte hämtas. Kontrollera din uppkoppling.',
      timeout: 'Det tog för lång tid att hämta statistiken.',
      'too-large': 'Statistiken kunde inte visas: datafilen är för stor.',
      'unknown-indicator': 'Det valda måttet finns inte.',
      'unknown-level': 'Den valda områdesnivån finns inte.',
      'unknown-area': 'Det valda området finns inte.',
      unknown: 'Något gick fel när statistiken skulle visas.',
    },
    errorDetailHint: 'Tekniska detaljer finns i webbläsarens konsol.',
  },
  en: {
    loading: 'Loading statistics …',
    retry: 'Try again',
    empty: 'There are no figures for this level and period.',
    simulated: 'Simulated data',
    simulatedLong: 'Simulated data: the figures are made up to demonstrate the tool and do not describe reality.',
    source: 'Source',
    sourceLine: (source, publisher, licence) => `Source: ${source} (${publisher}), ${licence}`,
    showTable: 'Show as table',
    hideTable: 'Hide table',
    error: {
      'not-json': 'The statistics could not be shown: the data file is broken.',
      invalid: 'The statistics could not be shown: the data file has wrong content.',
      'incompatible-version': 'The statistics could not be shown: the data file is made for another version of Kollen.',
      'not-found': 'The statistics could not be shown: the data file does not exist.',
      http: 'The statistics could not be fetched: the server answered with an error.',
      network: 'The statistics could not be fetched. Check your connection.',
      timeout: 'Fetching the statistics took too long.',
      'too-large': 'The statistics could not be shown: the data file is too large.',
      'unknown-indicator': 'The chosen indicator does not exist.',
      'unknown-level': 'The chosen area level does not exist.',
      'unknown-area': 'The chosen area does not exist.',
      unknown: 'Something went wrong while showing the statistics.',
    },
    errorDetailHint: 'Technical details are in the browser console.',
  },
};
