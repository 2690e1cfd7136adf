/**
 * The locale registry: everything Kollen knows about a language, in one table. Number formats
 * (`src/format/number.ts` and the charts' vega locale), sorting, text direction, the URL state's
 * `lang`, the dashboard's language switch and `pickLang` all read it, so adding a language is a
 * messages file plus one entry here.
 */
import type { Messages } from './messages.js';
import { sv } from './sv.js';

/** What Kollen needs to know about one language. */
export interface LocaleInfo {
  /** BCP 47 tag: the `lang` attribute, the URL's `lang=`, the key in the data's texts. */
  tag: string;
  /** The language's name in itself, for the language switch ("Suomi", "العربية"). */
  name: string;
  /** Locale of `Intl.NumberFormat` and of the charts' number format (Arabic in Latin digits, as the sources print them). */
  numberLocale: string;
  /** Locale of `Intl.Collator` for sorting names. */
  collation: string;
  /** Writing direction of the interface. */
  dir: 'ltr' | 'rtl';
  /** The one text shown before the language's messages have arrived (they load as a chunk of their own). */
  loading: string;
  /** The language's messages, part by part: each at hand (the default's common and map words) or a chunk to fetch. */
  messages: MessageSources;
}

/** One part of the messages (`common`, `map`, `charts`, `dashboard`): what an element asks for. */
export type MessagePart = keyof Messages;

/** Where each part of a language's messages comes from: the words themselves, or a function fetching their chunk. */
export type MessageSources = { [P in MessagePart]: Messages[P] | (() => Promise<Messages[P]>) };

/** Every part from one chunk (a language other than the default: one request brings all its words). */
function oneChunk(load: () => Promise<Messages>): MessageSources {
  const part =
    <P extends MessagePart>(name: P) =>
    () =>
      load().then((messages) => messages[name]);
  return { common: part('common'), map: part('map'), charts: part('charts'), dashboard: part('dashboard') };
}

const REGISTRY = {
  sv: {
    tag: 'sv',
    name: 'Svenska',
    numberLocale: 'sv-SE',
    collation: 'sv-SE',
    dir: 'ltr',
    loading: 'Laddar statistik …',
    // In every entry: the words of the common states and of the map. The charts' and the
    // dashboard's words are fetched only by the elements that show them.
    messages: {
      ...sv,
      charts: () => import('./sv-charts.js').then((module) => module.charts),
      dashboard: () => import('./sv-dashboard.js').then((module) => module.dashboard),
    },
  },
  en: {
    tag: 'en',
    name: 'English',
    numberLocale: 'en-GB',
    collation: 'en-GB',
    dir: 'ltr',
    loading: 'Loading statistics …',
    messages: oneChunk(() => import('./en.js').then((module) => module.en)),
  },
  fi: {
    tag: 'fi',
    name: 'Suomi',
    numberLocale: 'fi-FI',
    collation: 'fi-FI',
    dir: 'ltr',
    loading: 'Ladataan tilastoja …',
    messages: oneChunk(() => import('./fi.js').then((module) => module.fi)),
  },
  ar: {
    tag: 'ar',
    name: 'العربية',
    numberLocale: 'ar-u-nu-latn',
    collation: 'ar',
    dir: 'rtl',
    loading: 'جارٍ تحميل الإحصاءات…',
    messages: oneChunk(() => import('./ar.js').then((module) => module.ar)),
  },
} as const satisfies Record<string, LocaleInfo>;

/** A language Kollen's interface speaks: a key of the registry. */
export type Lang = keyof typeof REGISTRY;

/** The languages Kollen ships, default first (the order of the language switch). */
export const LANGS = Object.keys(REGISTRY) as Lang[];

/** The default language: Swedish. */
export const DEFAULT_LANG: Lang = 'sv';

/** The registry entry of `lang`. */
export function localeOf(lang: Lang): LocaleInfo {
  return REGISTRY[lang];
}

/** True for a tag the registry has, exactly (`en`, not `en-GB`): for strict inputs such as the URL state. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(REGISTRY, value);
}

/** Reads a `lang` attribute leniently: `en`, `en-GB`, `FI-fi` → its language; anything else → Swedish. */
export function pickLang(value: string | null | undefined): Lang {
  const primary = value?.split(/[-_]/)[0]?.toLowerCase();
  return isLang(primary) ? primary : DEFAULT_LANG;
}

const collators = new Map<Lang, Intl.Collator>();

/** A cached collator for sorting names in `lang`. */
export function collatorOf(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(REGISTRY[lang].collation);
    collators.set(lang, collator);
  }
  return collator;
}

/**
 * The step an arrow key takes along a row of items in reading order (tabs, a toolbar): +1 for the
 * next item, -1 for the previous, undefined for other keys. Right-to-left, the left arrow goes to
 * the next item, as the row runs from right to left. Up and down do not depend on direction.
 */
export function arrowStep(key: string, dir: LocaleInfo['dir']): 1 | -1 | undefined {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || key === 'ArrowDown') return 1;
  if (key === back || key === 'ArrowUp') return -1;
  return undefined;
}
