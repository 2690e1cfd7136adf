/**
 * Indicator search for the dashboard: by name in every language of the data and by theme, forgiving of
 * case and of missing å/ä/ö (a phone keyboard without them, a visitor typing "halsa" for
 * "hälsa"), ranked so the best match comes first.
 */
import { collatorOf, localized, type Lang } from '../i18n/index.js';
import type { Catalog, IndicatorSummary, LocalizedText } from '../schema/types.js';
import { foldText } from './fold.js';

export { foldText } from './fold.js';

/** One indicator that matched, with how well. */
export interface IndicatorHit {
  indicator: IndicatorSummary;
  score: number;
}

/** Where a query word was found, best first; the weight ranks the hit. */
interface Field {
  words: string[];
  text: string;
  /** Weight of a word-start match; a match inside a word counts half. */
  weight: number;
}

function field(text: string, weight: number): Field {
  const folded = foldText(text);
  return { words: folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean), text: folded, weight };
}

/** A text as search fields: in `lang` (or the data's default) weighing `own`, in the data's other languages `other`. */
function inAllLanguages(text: LocalizedText, lang: Lang, own: number, other: number): Field[] {
  const shown = localized(text, lang);
  return [field(shown, own), ...Object.values(text).filter((value) => value !== shown).map((value) => field(value, other))];
}

function fieldsOf(indicator: IndicatorSummary, catalog: Catalog, lang: Lang): Field[] {
  const theme = catalog.themes.find((candidate) => candidate.id === indicator.theme);
  return [
    ...inAllLanguages(indicator.title, lang, 10, 8),
    ...(theme ? inAllLanguages(theme.title, lang, 4, 3) : []),
    field(indicator.id, 2),
  ];
}

function wordScore(word: string, fields: Field[]): number {
  let best = 0;
  for (const candidate of fields) {
    if (candidate.words.some((w) => w.startsWith(word))) best = Math.max(best, candidate.weight);
    else if (candidate.text.includes(word)) best = Math.max(best, candidate.weight / 2);
  }
  return best;
}

/**
 * Indicators matching every word of `query`, best first: a word found at the start of a word of
 * the title in `lang` counts most, then the other language's title, then the theme, then the id;
 * a title that starts with the whole query gets a bonus. Ties keep the title order of `lang`.
 * An empty query matches nothing.
 */
export function searchIndicators(catalog: Catalog, query: string, lang: Lang, among: readonly IndicatorSummary[] = catalog.indicators): IndicatorHit[] {
  const words = foldText(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return [];
  const phrase = words.join(' ');
  const hits: IndicatorHit[] = [];
  for (const indicator of among) {
    const fields = fieldsOf(indicator, catalog, lang);
    let score = 0;
    for (const word of words) {
      const found = wordScore(word, fields);
      if (found === 0) {
        score = 0;
        break;
      }
      score += found;
    }
    if (score === 0) continue;
    const titles = [localized(indicator.title, lang), ...Object.values(indicator.title)].map(foldText);
    if (titles.some((title) => title === phrase)) score += 20;
    else if (titles.some((title) => title.startsWith(phrase))) score += 10;
    hits.push({ indicator, score });
  }
  const collator = collatorOf(lang);
  return hits.sort((a, b) => b.score - a.score || collator.compare(localized(a.indicator.title, lang), localized(b.indicator.title, lang)));
}
