/**
 * Area-level nouns ("kommun" / "kommuner") come from the catalogue (`levels[].noun`), not from
 * code, so a publisher with another area level names it in its own words.
 */
import type { AreaLevel } from '../schema/types.js';
import type { Lang } from './locales.js';

/** A level's noun in one language: for one area, and for several (the form used after a number). */
export interface AreaNoun {
  one: string;
  other: string;
}

/**
 * The level's noun in `lang`, or undefined when the catalogue has none in that language. No
 * fallback to the catalogue's default language here: the noun sits inside a sentence (often an
 * `aria-label`, where no `lang` attribute can mark one word), so the messages say "area" in the
 * sentence's own language instead of mixing two languages.
 */
export function levelNoun(level: Pick<AreaLevel, 'noun'> | undefined, lang: Lang): AreaNoun | undefined {
  const one = level?.noun?.one[lang];
  const other = level?.noun?.other[lang];
  return one && other ? { one, other } : undefined;
}
