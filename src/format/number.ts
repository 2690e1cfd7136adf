/**
 * Number formatting per locale with memoised `Intl.NumberFormat`s (creating one costs far more
 * than using it, and a map formats hundreds of values per draw). The locale of each language is
 * the registry's `numberLocale` (`src/i18n/locales.ts`): Arabic in Latin digits, as the sources.
 */
import { localeOf, type Lang } from '../i18n/locales.js';
import { localized } from '../i18n/index.js';
import type { Unit } from '../schema/types.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for `lang` with a fixed number of decimals. */
export function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}|${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang).numberLocale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, format);
  }
  return format;
}

/** The symbols of `lang`'s numbers, in the terms of d3-format's (and so vega's) locale definition. */
export interface NumberSymbols {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus: string;
}

/**
 * `lang`'s decimal sign, thousands separator and minus, read from `Intl.NumberFormat` so the
 * charts' axes (vega, d3-format) print numbers exactly as the rest of the widget does.
 */
export function numberSymbols(lang: Lang): NumberSymbols {
  const parts = numberFormat(lang, 1).formatToParts(-12345.6);
  const part = (type: Intl.NumberFormatPartTypes, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  return { decimal: part('decimal', '.'), thousands: part('group', ''), grouping: [3], currency: ['', ''], minus: part('minusSign', '-') };
}

/** `12,3` (sv) or `12.3` (en), with the unit's decimals; an en dash for no value. */
export function formatNumber(value: number | null | undefined, unit: Pick<Unit, 'decimals'>, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(lang, unit.decimals).format(value);
}

/** A value with its unit symbol: `12,3 %`, `245 tkr`; the symbol in the data's default language when it has none in `lang`. */
export function formatValue(value: number | null | undefined, unit: Unit, lang: Lang): string {
  const number = formatNumber(value, unit, lang);
  if (number === '–') return number;
  const symbol = localized(unit.symbol, lang);
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
