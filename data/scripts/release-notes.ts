/**
 * The data release this build publishes. A release is immutable once published: when the sources,
 * the methods or the format change, give the next build a new id here (and say what changed);
 * the build keeps every earlier release (`releases/<id>/`) and lists it in `releases.json`.
 */
import type { ReleaseEntry } from './releases.js';

export const CURRENT_RELEASE: ReleaseEntry = {
  id: '2026-12',
  date: '2026-12-02',
  changes: {
    sv: 'Första versionen med fasta versioner: valdeltagande, utbildning, inkomst och befolkning från SCB; en simulerad folkhälsoenkät 2002–2021.',
    en: 'First pinned release: voter turnout, education, income and population from Statistics Sweden; a simulated public-health survey 2002–2021.',
  },
};
