import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, numberSymbols } from '../format/number.js';
import { arrowStep, collatorOf, hasMessages, isLang, LANGS, loadMessages, localeOf, messagesFor, pickLang, type Lang } from './index.js';

describe('the locale registry', () => {
  it('has Swedish first, English, Finnish and Arabic, each naming itself under its own tag', () => {
    expect(LANGS[0]).toBe('sv');
    expect(LANGS).toEqual(expect.arrayContaining(['sv', 'en', 'fi', 'ar']));
    expect(['sv', 'en', 'fi', 'ar'].map((lang) => localeOf(lang as Lang).name)).toEqual(['Svenska', 'English', 'Suomi', 'العربية']);
    expect(localeOf('ar').dir).toBe('rtl');
    for (const lang of LANGS) expect(localeOf(lang).tag).toBe(lang);
  });

  it('reads lang attributes leniently and URL values strictly', () => {
    expect(pickLang('en-GB')).toBe('en');
    expect(pickLang('FI-fi')).toBe('fi');
    expect(pickLang('ar-SE')).toBe('ar');
    expect(pickLang('de')).toBe('sv');
    expect(pickLang(undefined)).toBe('sv');
    expect(isLang('ar')).toBe(true);
    expect(isLang('en-GB')).toBe(false);
    expect(isLang('toString')).toBe(false);
  });

  it('formats numbers per locale, Arabic in Latin digits as the sources print them', () => {
    const unit = { kind: 'percent' as const, symbol: { sv: '%', en: '%' }, label: { sv: 'Andel', en: 'Share' }, decimals: 1 };
    expect(formatNumber(12345.67, unit, 'sv')).toBe('12\u00a0345,7');
    expect(formatNumber(12345.67, unit, 'en')).toBe('12,345.7');
    expect(formatNumber(12345.67, unit, 'fi')).toBe('12\u00a0345,7');
    expect(formatNumber(12345.67, unit, 'ar')).toBe('12,345.7');
    // Data text without Finnish or Arabic falls back to the data's default language (Swedish).
    expect(formatValue(9.6, unit, 'ar')).toBe('9.6\u00a0%');
  });

  it('gives the charts the same symbols as Intl (one source for both)', () => {
    expect(numberSymbols('sv')).toMatchObject({ decimal: ',', thousands: '\u00a0', minus: '\u2212' });
    expect(numberSymbols('en')).toMatchObject({ decimal: '.', thousands: ',' });
    expect(numberSymbols('ar')).toMatchObject({ decimal: '.', thousands: ',' });
  });

  it('sorts names with each language\'s collation', () => {
    expect(['Österåker', 'Ekerö', 'Åby'].sort(collatorOf('sv').compare)).toEqual(['Ekerö', 'Åby', 'Österåker']);
    expect(['Österåker', 'Ekerö', 'Åby'].sort(collatorOf('en').compare)).toEqual(['Åby', 'Ekerö', 'Österåker']);
  });

  it('mirrors horizontal arrow keys right-to-left', () => {
    expect([arrowStep('ArrowRight', 'ltr'), arrowStep('ArrowLeft', 'ltr')]).toEqual([1, -1]);
    expect([arrowStep('ArrowRight', 'rtl'), arrowStep('ArrowLeft', 'rtl')]).toEqual([-1, 1]);
    expect([arrowStep('ArrowDown', 'rtl'), arrowStep('ArrowUp', 'rtl'), arrowStep('Home', 'rtl')]).toEqual([1, -1, undefined]);
  });

  it('has every language\'s messages, the same keys in each (a missing key is also a type error)', async () => {
    const keysOf = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}${key}.`))
        : [prefix];
    const swedish = keysOf(messagesFor('sv'));
    for (const lang of LANGS) {
      expect(hasMessages(lang)).toBe(true);
      expect(keysOf(await loadMessages(lang)), lang).toEqual(swedish);
    }
  });
});
