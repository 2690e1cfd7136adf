/**
 * Kollen's languages. The public API of message lookup is small:
 *
 * ```ts
 * await loadMessages('fi');                 // once per language (a lazy chunk; Swedish's common and map words are built in)
 * await loadMessages('sv', ['charts']);     // or only the parts an element shows (Swedish charts and dashboard words are chunks)
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
import { DEFAULT_LANG, LANGS, localeOf, type Lang, type MessagePart } from './locales.js';
import type { Messages } from './messages.js';

export { arrowStep, collatorOf, DEFAULT_LANG, isLang, LANGS, localeOf, pickLang, type Lang, type LocaleInfo, type MessagePart } from './locales.js';
export type { ChartMessages, CommonMessages, DashboardMessages, MapMessages, Messages } from './messages.js';
export { levelNoun, type AreaNoun } from './nouns.js';
export type { LocalizedText };

/** Every part of the messages, for callers that ask for all of a language (tests, tools, exports). */
export const MESSAGE_PARTS: readonly MessagePart[] = ['common', 'map', 'charts', 'dashboard'];

/** Per `lang part`: the words, or the one request for them under way (a failed one is forgotten, to be asked again). */
const here = new Map<string, unknown>();
const views = new Map<Lang, Messages>();

/** Thrown by `messagesFor(lang).part` when that part has not arrived: the elements fetch it then. */
export class MessagesNotLoadedError extends Error {
  constructor(readonly part: MessagePart) {
    super(`Kollen: messages (${part}) not loaded yet; await loadMessages first.`);
  }
}

/** The part's words if here (or built in), else the request for them (started on first ask). */
function request(lang: Lang, part: MessagePart): unknown {
  const key = `${lang} ${part}`;
  let known = here.get(key);
  if (known === undefined) {
    const source = localeOf(lang).messages[part];
    known = typeof source === 'function' ? source().then((words) => (here.set(key, words), words), (error: unknown) => (here.delete(key), Promise.reject(error))) : source;
    // Whoever needs the messages awaits `loadMessages`; a check alone must not leave an unhandled rejection.
    if (known instanceof Promise) known.catch(() => undefined);
    here.set(key, known);
  }
  return known;
}

/** True when `lang`'s `parts` are here, so `messagesFor(lang)` answers for them (asking starts the requests of those missing). */
export function hasMessages(lang: Lang, parts: readonly MessagePart[] = MESSAGE_PARTS): boolean {
  // Every part is asked for, not just up to the first missing one: the requests go out together.
  return parts.map((part) => request(lang, part)).every((result) => !(result instanceof Promise));
}

/**
 * True when `lang`'s `parts` are at hand without asking for them (built in, or already loaded):
 * for a widget waiting out of view, which must not start a request by checking.
 */
export function messagesAtHand(lang: Lang, parts: readonly MessagePart[] = MESSAGE_PARTS): boolean {
  return parts.every((part) => {
    const known = here.get(`${lang} ${part}`) ?? localeOf(lang).messages[part];
    return typeof known !== 'function' && !(known instanceof Promise);
  });
}

/** Loads `lang`'s `parts` (all by default; one request per language and part per page; a failed load may be tried again). */
export async function loadMessages(lang: Lang, parts: readonly MessagePart[] = MESSAGE_PARTS): Promise<Messages> {
  await Promise.all(parts.map((part) => request(lang, part)));
  return messagesFor(lang);
}

/** Loads every language's messages: for tests and tools that speak all of them. */
export function loadAllMessages(): Promise<Messages[]> {
  return Promise.all(LANGS.map((lang) => loadMessages(lang)));
}

/**
 * `lang`'s messages. Reading a part that has not been loaded throws `MessagesNotLoadedError`
 * (see `loadMessages`) rather than answering in another language.
 */
export function messagesFor(lang: Lang): Messages {
  let view = views.get(lang);
  if (!view) {
    // A getter per part: a built-in part answers at once, one not fetched yet starts its request and throws.
    const part = (name: MessagePart): PropertyDescriptor => ({
      enumerable: true,
      get() {
        const words = request(lang, name);
        if (words instanceof Promise) throw new MessagesNotLoadedError(name);
        return words;
      },
    });
    view = Object.defineProperties({}, Object.fromEntries(MESSAGE_PARTS.map((name) => [name, part(name)]))) as Messages;
    views.set(lang, view);
  }
  return view;
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
