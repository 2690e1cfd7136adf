/** Small helpers the messages files share to build sentences. */

/** "Daglig rökning" → "daglig rökning" inside a sentence; leaves acronyms ("SCB") alone. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Joins names with the language's "and": "A", "A och B", "A, B och C". `comma` for scripts with their own (Arabic "،"). */
export function joinList(items: readonly string[], and: string, comma = ', '): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(comma)} ${and} ${items[items.length - 1]}`;
}

/** The unit after the indicator: in brackets, or between commas when it has brackets of its own ("andel (%)"). */
export function unitAside(label: string): string {
  return /[()]/.test(label) ? `, ${lowerFirst(label)},` : ` (${lowerFirst(label)})`;
}

/** Areas sharing an extreme value: "Värmdö och Danderyd (2,2 %)". */
export function extremes(values: readonly { name: string; value: string }[], and: string, comma?: string): string {
  return `${joinList(values.map((v) => v.name), and, comma)} (${values[0]?.value ?? ''})`;
}
