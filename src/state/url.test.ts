import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/index.js';
import type { Catalog } from '../schema/types.js';
import { defaultState, indicatorsInScope, levelsOf, normalizeState } from './dashboard-state.js';
import { parseStateQuery, sameState, serializeState } from './url.js';

const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../test/fixtures/data/catalog.json'), 'utf8')) as Catalog;

/** The fixture plus a district level inside municipality 0001, to test `areas-within`. */
const catalog: Catalog = {
  ...fixture,
  levels: [
    ...fixture.levels,
    {
      id: 'district',
      title: { sv: 'Stadsdel', en: 'District' },
      division: 'd-1',
      parent: 'municipality',
      geometry: { file: 'geo/fixture.topo.json', object: 'districts', codeProperty: 'code', nameProperty: 'name' },
    },
  ],
  areas: [
    ...fixture.areas,
    { code: '0001-north', name: 'Norra Åby', level: 'district', parent: '0001' },
    { code: '0001-south', name: 'Södra Åby', level: 'district', parent: '0001' },
  ],
  indicators: fixture.indicators.map((indicator) =>
    indicator.id === 'fixture-smoking' ? { ...indicator, levels: [...indicator.levels, 'district'] } : indicator,
  ),
};

describe('dashboard state defaults', () => {
  it('takes the first indicator, its first mapped level, the latest period and total', () => {
    expect(defaultState(catalog)).toEqual({
      indicator: 'fixture-smoking',
      level: 'municipality',
      drill: '',
      period: '2021',
      breakdown: 'total',
      category: 'total',
      areas: [],
      view: 'map',
      colors: 'comparison',
      lang: 'sv',
    });
  });

  it('skips levels without a map and levels outside the scope', () => {
    const smoking = catalog.indicators[0]!;
    expect(levelsOf(catalog, smoking)).toEqual(['municipality', 'district']);
    expect(levelsOf(catalog, smoking, { within: '0001' })).toEqual(['district']);
    // Turnout has no district values, so a dashboard scoped to Åby's districts cannot show it.
    expect(indicatorsInScope(catalog, { within: '0001' }).map((i) => i.id)).toEqual(['fixture-smoking']);
    expect(defaultState(catalog, { within: '0001' }).level).toBe('district');
  });
});

describe('state ⇄ URL', () => {
  it('writes nothing for the default state', () => {
    expect(serializeState(defaultState(catalog), catalog)).toBe('');
  });

  it('round-trips a full state canonically', () => {
    const { state, ignored } = normalizeState(catalog, {
      indicator: 'fixture-smoking',
      level: 'municipality',
      period: '2018',
      breakdown: 'sex',
      category: 'men',
      areas: ['0002', '0001'],
      view: 'trend',
      colors: 'classes',
      lang: 'en',
    });
    expect(ignored).toEqual([]);
    const query = serializeState(state, catalog);
    expect(query).toBe('period=2018&breakdown=sex&category=men&areas=0002,0001&view=trend&colors=classes&lang=en');
    const back = parseStateQuery(`?${query}`, catalog);
    expect(back.ignored).toEqual([]);
    expect(back.state).toEqual(state);
    expect(sameState(back.state, state)).toBe(true);
  });

  it('leaves out the category when it is the breakdown’s first', () => {
    const { state } = parseStateQuery('breakdown=sex', catalog);
    expect(state.category).toBe('women');
    expect(serializeState(state, catalog)).toBe('breakdown=sex');
  });

  it('reads keys in any order and writes them in one order', () => {
    const a = parseStateQuery('view=table&indicator=fixture-turnout&lang=en', catalog).state;
    const b = parseStateQuery('lang=en&indicator=fixture-turnout&view=table', catalog).state;
    expect(serializeState(a, catalog)).toBe('indicator=fixture-turnout&view=table&lang=en');
    expect(serializeState(b, catalog)).toBe(serializeState(a, catalog));
  });

  it('replaces impossible values by defaults and names them', () => {
    const { state, ignored } = parseStateQuery(
      'indicator=fixture-turnout&level=county&drill=nowhere&period=1999&breakdown=sex&category=x&areas=0001,9999,0001&view=globe&colors=rainbow&lang=de',
      catalog,
    );
    expect(state).toEqual({
      indicator: 'fixture-turnout',
      level: 'municipality',
      drill: '',
      period: '2018',
      breakdown: 'total',
      category: 'total',
      areas: ['0001'],
      view: 'map',
      colors: 'comparison',
      lang: 'sv',
    });
    expect(ignored.sort()).toEqual(['areas', 'breakdown', 'category', 'colors', 'drill', 'level', 'lang', 'period', 'view'].sort());
  });

  it('falls back to the first indicator for an unknown one', () => {
    const { state, ignored } = parseStateQuery('indicator=nope&period=2018', catalog);
    expect(state.indicator).toBe('fixture-smoking');
    expect(state.period).toBe('2018');
    expect(ignored).toEqual(['indicator']);
  });

  it('keeps selected areas on the level shown, or any mapped level on "your area"', () => {
    expect(parseStateQuery('areas=0001-north', catalog).state.areas).toEqual([]);
    expect(parseStateQuery('areas=0001-north&view=area', catalog).state.areas).toEqual(['0001-north']);
    expect(parseStateQuery('areas=01&view=area', catalog).state.areas).toEqual([]);
  });

  it('keeps a scoped dashboard inside its scope', () => {
    const scope = { within: '0001' };
    const { state } = parseStateQuery('indicator=fixture-turnout&areas=0001-south,0002', catalog, scope);
    expect(state.indicator).toBe('fixture-smoking');
    expect(state.level).toBe('district');
    expect(state.areas).toEqual(['0001-south']);
    expect(serializeState(state, catalog, scope)).toBe('areas=0001-south');
  });

  it('reads and writes every language of the registry, and no other', () => {
    for (const lang of LANGS) {
      const { state, ignored } = parseStateQuery(`lang=${lang}`, catalog);
      expect(state.lang).toBe(lang);
      expect(ignored).toEqual([]);
      expect(serializeState(state, catalog)).toBe(lang === 'sv' ? '' : `lang=${lang}`);
    }
    expect(parseStateQuery('lang=ar', catalog).state.lang).toBe('ar');
    expect(parseStateQuery('lang=AR', catalog).ignored).toEqual(['lang']);
  });

  it('treats the page language as the default language', () => {
    const { state } = parseStateQuery('', catalog, {}, 'en');
    expect(state.lang).toBe('en');
    expect(serializeState(state, catalog, {}, 'en')).toBe('');
    expect(serializeState({ ...state, lang: 'sv' }, catalog, {}, 'en')).toBe('lang=sv');
  });

  it('escapes what needs escaping and keeps cross-breakdown ids readable', () => {
    const state = { ...defaultState(catalog), areas: ['a&b'] };
    expect(serializeState(state, catalog)).toBe('areas=a%26b');
    expect(serializeState({ ...defaultState(catalog), breakdown: 'sex*age-5y', category: 'women*20-24' }, catalog)).toBe(
      'breakdown=sex*age-5y&category=women*20-24',
    );
  });
});

describe('preferred level', () => {
  it('opens on a level with several areas rather than the county alone', () => {
    const withCountyMap: Catalog = {
      ...catalog,
      levels: catalog.levels.map((level) =>
        level.id === 'county' ? { ...level, geometry: { file: 'g', object: 'county', codeProperty: 'code', nameProperty: 'name' } } : level,
      ),
    };
    expect(levelsOf(withCountyMap, withCountyMap.indicators[0]!)).toEqual(['county', 'municipality', 'district']);
    expect(defaultState(withCountyMap).level).toBe('municipality');
  });
});
