/**
 * Text folded for search: its own module because the "your area" filter on the dashboard's first
 * screen needs it, while the searches that also use it load later (the dashboard's size budget).
 */

/** Lower-case and without diacritics: "Hälsa" → "halsa", "Rökning" → "rokning". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
