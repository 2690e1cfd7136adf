/**
 * Kollen's languages. The public API of message lookup is small:
 *
 * ```ts
 * await loadMessages('fi');                 // once per language (a lazy chunk; Swedish is built in)
 * messagesFor('fi').map.legendLabel;        // then synchronously, anywhere: 'Selite'
 * messagesFor(lang).charts.noValues(period) // message functions take the facts, already formatted
 * ```
 *
 * Elements need not call `loadMessages`: `KollenElement` shows its loading state until its
 * language has arrived, so no widget flashes another language's words. Code outside the elements
 * (spec builders, exports) runs after that, or awaits `loadMessages` itself; `messagesFor` throws
 * for a language that has not been loaded rather than answering in the wrong one.
 *
 * Where things live:
 * - `sv.ts`, `en.ts`, `fi.ts`, `ar.ts`: one complete object of type `Messages` per language (a
 *   missing key is a type error). The interfaces per part are in `common.ts`, `map.ts`,
 *   `charts.ts`, `dashboard.ts`; a new string is one key there plus its text in every file.
 * - `locales.ts`: the locale registry (tag, own name, number locale, collation, direction, the
 *   loading words, the messages chunk). A new language = its messages file + one registry entry.
 * - Data text (`LocalizedText`) carries the catalogue's `languages`; `localized` falls back to the
 *   catalogue's default language and `textLang` says which language came back (for `lang=`).
 */
import type { LocalizedText } from '../schema/types.js';
import { DEFAULT_LANG, LANGS, localeOf, type Lang } from './locales.js';
import type { Messages } from './messages.js';

export { arrowStep, collatorOf, DEFAULT_LANG, isLang, LANGS, localeOf, pickLang, type Lang, type LocaleInfo } from './locales.js';
export type { ChartMessages, CommonMessages, DashboardMessages, MapMessages, Messages } from './messages.js';
export { levelNoun, type AreaNoun } from './nouns.js';
export type { LocalizedText };

const loaded = new Map<Lang, Messages>();
const loading = new Map<Lang, Promise<Messages>>();

/** `lang`'s messages if here, else the one request for them (started on first ask; a failed one may be asked again). */
function request(lang: Lang): Messages | Promise<Messages> {
  const known = loaded.get(lang) ?? loading.get(lang);
  if (known) return known;
  const result = localeOf(lang).messages();
  // The default language is in the bundle: no promise, nothing to wait for.
  if (!(result instanceof Promise)) {
    loaded.set(lang, result);
    return result;
  }
  const pending = result.then(
    (messages) => {
      loaded.set(lang, messages);
      loading.delete(lang);
      return messages;
    },
    (error: unknown) => {
      loading.delete(lang);
      throw error;
    },
  );
  // Whoever needs the messages awaits `loadMessages`; a check alone must not leave an unhandled rejection.
  pending.catch(() => undefined);
  loading.set(lang, pending);
  return pending;
}

/** True when `lang`'s messages are here, so `messagesFor(lang)` answers (asking starts their request). */
export function hasMessages(lang: Lang): boolean {
  return !(request(lang) instanceof Promise);
}

/**
 * True when `lang`'s messages are at hand without asking for them (Swedish is built in): for a
 * widget waiting out of view, which must not start a request by checking.
 */
export function messagesAtHand(lang: Lang): boolean {
  return lang === DEFAULT_LANG || loaded.has(lang);
}

/** Loads `lang`'s messages (one request per language per page; a failed load may be tried again). */
export function loadMessages(lang: Lang): Promise<Messages> {
  return Promise.resolve(request(lang));
}

/** Loads every language's messages: for tests and tools that speak all of them. */
export function loadAllMessages(): Promise<Messages[]> {
  return Promise.all(LANGS.map(loadMessages));
}

/** `lang`'s messages. Throws when they have not been loaded (see `loadMessages`). */
export function messagesFor(lang: Lang): Messages {
  if (hasMessages(lang)) return loaded.get(lang)!;
  throw new Error(`Kollen: the messages of "${lang}" are not loaded yet; await loadMessages("${lang}") first.`);
}

/**
 * The language `localized(text, lang)` answers in: `lang` when the text has it, else the text's
 * first language, which is the catalogue's default (the validator checks that every text lists
 * the catalogue's `languages` in its order).
 */
export function textLang(text: LocalizedText | undefined, lang: Lang): string {
  if (!text || text[lang]) return lang;
  return Object.keys(text)[0] ?? DEFAULT_LANG;
}

/** The text in `lang`, else in the catalogue's default language (see `textLang`); '' for none. */
export function localized(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text[textLang(text, lang)] || '';
}
