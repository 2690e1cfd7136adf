/**
 * Number formatting per locale with memoised `Intl.NumberFormat`s (creating one costs far more
 * than using it, and a map formats hundreds of values per draw).
 */
import type { Lang, Unit } from '../schema/types.js';

const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for `lang` with a fixed number of decimals. */
export function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}|${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, format);
  }
  return format;
}

/** The BCP 47 locale Kollen uses for `lang`. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** `12,3` (sv) or `12.3` (en), with the unit's decimals; an en dash for no value. */
export function formatNumber(value: number | null | undefined, unit: Pick<Unit, 'decimals'>, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(lang, unit.decimals).format(value);
}

/** A value with its unit symbol: `12,3 %`, `245 tkr`. */
export function formatValue(value: number | null | undefined, unit: Unit, lang: Lang): string {
  const number = formatNumber(value, unit, lang);
  if (number === '–') return number;
  const symbol = unit.symbol[lang];
  return symbol ? `${number}\u00a0${symbol}` : number;
}

/** A 95 % interval: `10,1–14,5` (an en dash between bounds); empty when there is none. */
export function formatInterval(low: number | null | undefined, high: number | null | undefined, unit: Unit, lang: Lang): string {
  if (low === null || low === undefined || high === null || high === undefined) return '';
  return `${formatNumber(low, unit, lang)}\u2013${formatNumber(high, unit, lang)}`;
}

/** A whole count with thousands separators: `1 234`. */
export function formatCount(n: number | null | undefined, lang: Lang): string {
  return formatNumber(n, { decimals: 0 }, lang);
}
