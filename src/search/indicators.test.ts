import { describe, expect, it } from 'vitest';
import type { Catalog, IndicatorSummary } from '../schema/types.js';
import { foldText, searchIndicators } from './indicators.js';

function indicator(id: string, sv: string, en: string, theme: string): IndicatorSummary {
  return {
    id,
    title: { sv, en },
    theme,
    simulated: true,
    file: `indicators/${id}.json`,
    unit: { kind: 'percent', symbol: { sv: '%', en: '%' }, label: { sv: 'Andel', en: 'Share' }, decimals: 1 },
    polarity: 'higher-is-worse',
    levels: ['municipality'],
    periods: ['2021'],
    breakdowns: [],
  };
}

const catalog: Catalog = {
  schemaVersion: 1,
  title: { sv: 'Test', en: 'Test' },
  updated: '2026-01-01',
  themes: [
    { id: 'health', title: { sv: 'Hälsa', en: 'Health' } },
    { id: 'habits', title: { sv: 'Levnadsvanor', en: 'Habits' } },
    { id: 'living-conditions', title: { sv: 'Levnadsvillkor', en: 'Living conditions' } },
  ],
  levels: [],
  breakdowns: [],
  areas: [],
  indicators: [
    indicator('daily-smoking', 'Daglig rökning', 'Daily smoking', 'habits'),
    indicator('good-health', 'Bra självskattad hälsa', 'Good self-rated health', 'health'),
    indicator('long-term-illness', 'Långvarig sjukdom', 'Long-term illness', 'health'),
    indicator('voter-turnout', 'Valdeltagande', 'Voter turnout', 'living-conditions'),
    indicator('unsafe-outside', 'Otrygghet utomhus', 'Feeling unsafe outside', 'living-conditions'),
    indicator('risky-alcohol', 'Riskabla alkoholvanor', 'Risky alcohol use', 'habits'),
  ],
};

const ids = (query: string, lang: 'sv' | 'en' = 'sv') => searchIndicators(catalog, query, lang).map((hit) => hit.indicator.id);

describe('foldText', () => {
  it('drops case and diacritics', () => {
    expect(foldText('Hälsa Rökning ÅÄÖ é')).toBe('halsa rokning aao e');
  });
});

describe('searchIndicators', () => {
  it('finds Swedish names without å/ä/ö and in any case', () => {
    expect(ids('rokning')).toEqual(['daily-smoking']);
    expect(ids('RÖKNING')).toEqual(['daily-smoking']);
    expect(ids('langvarig')).toEqual(['long-term-illness']);
  });

  it('finds by theme: "halsa" finds the health theme, title matches first', () => {
    // "Bra självskattad hälsa" has the word in its title, "Långvarig sjukdom" only in its theme.
    expect(ids('halsa')).toEqual(['good-health', 'long-term-illness']);
  });

  it('finds English names whatever the language shown', () => {
    expect(ids('smoking')).toEqual(['daily-smoking']);
    expect(ids('turnout', 'en')).toEqual(['voter-turnout']);
  });

  it('needs every word to match, each at a word start or inside a word', () => {
    expect(ids('daglig rok')).toEqual(['daily-smoking']);
    expect(ids('daglig alkohol')).toEqual([]);
    expect(ids('deltagande')).toEqual(['voter-turnout']);
  });

  it('ranks title matches above theme matches, ties by title', () => {
    // Only the themes match "levnadsvanor"; the two hits tie and keep Swedish title order.
    expect(ids('levnadsvanor')).toEqual(['daily-smoking', 'risky-alcohol']);
    // The English theme works in Swedish too.
    expect(ids('living')).toEqual(['unsafe-outside', 'voter-turnout']);
    // "val" starts the title "Valdeltagande" and only sits inside other words elsewhere.
    const hits = searchIndicators(catalog, 'val', 'sv');
    expect(hits[0]!.indicator.id).toBe('voter-turnout');
    expect(hits[0]!.score).toBeGreaterThan(hits[1]?.score ?? 0);
  });

  it('matches nothing for an empty or blank query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  ,  ')).toEqual([]);
  });

  it('searches only among the given indicators', () => {
    const among = catalog.indicators.filter((i) => i.theme === 'health');
    expect(searchIndicators(catalog, 'a', 'sv', among).every((hit) => hit.indicator.theme === 'health')).toBe(true);
  });
});
