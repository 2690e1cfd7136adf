/**
 * Kollen speaks Swedish (default) and English. Each part of the product keeps its own message
 * table (`common.ts`, and one per component area) so that no UI string lives in a component.
 */
import type { Lang, LocalizedText } from '../schema/types.js';

export type { Lang, LocalizedText };

/** The languages Kollen ships, default first. */
export const LANGS: readonly Lang[] = ['sv', 'en'];

/** Reads a `lang` attribute leniently: `en`, `en-GB` → `en`; anything else → `sv`. */
export function pickLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** The text in `lang`, falling back to Swedish. */
export function localized(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.sv;
}

/** A message table: the same keys in both languages; values are strings or small formatters. */
export type MessageTable<M> = { sv: M; en: M };

/** Picks one language's messages from a table. */
export function messages<M>(table: MessageTable<M>, lang: Lang): M {
  return table[lang];
}
