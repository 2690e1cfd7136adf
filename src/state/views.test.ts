import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, messagesFor } from '../i18n/index.js';
import type { Catalog } from '../schema/types.js';
import { normalizeState, type DashboardScope, type DashboardState } from './dashboard-state.js';
import { queryRequest, sameState } from './url.js';
import { DASHBOARD_VIEWS, dashboardChildAttributes, VIEW_TABLE, viewElement, type ViewFacts } from './views.js';

const read = <T>(path: string): T => JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8')) as T;
const fixture = read<Catalog>('test/fixtures/data/catalog.json');
const stockholm = read<Catalog>('data/catalog.json');
const dataRoot = 'https://kollen.example/data/';

/**
 * A representative set of states: every view of one indicator of each shape (levels and
 * breakdowns), unsplit and with each category of its first breakdown, with no, one and two
 * selected areas, on the whole territory and scoped.
 */
function states(catalog: Catalog, scope: DashboardScope): DashboardState[] {
  const result: DashboardState[] = [];
  const shapes = new Map(catalog.indicators.map((indicator) => [`${indicator.levels.join()}|${indicator.breakdowns.join()}`, indicator]));
  for (const indicator of shapes.values()) {
    const breakdown = catalog.breakdowns.find((candidate) => candidate.id === indicator.breakdowns[0]);
    const splits = [{ breakdown: 'total', category: 'total' }, ...(breakdown?.categories.map((category) => ({ breakdown: breakdown.id, category: category.id })) ?? [])];
    for (const view of DASHBOARD_VIEWS) {
      for (const split of splits) {
        const { state } = normalizeState(catalog, { indicator: indicator.id, view, ...split }, scope);
        const areas = catalog.areas.filter((area) => area.level === state.level && (!scope.within || area.parent === scope.within)).map((area) => area.code);
        for (const selected of [[], areas.slice(0, 1), areas.slice(0, 2)]) result.push(normalizeState(catalog, { ...state, areas: selected }, scope).state);
      }
    }
  }
  return result;
}

const facts = (catalog: Catalog, state: DashboardState, scope: DashboardScope): ViewFacts => ({
  dataRoot,
  scope,
  breakdowns: catalog.indicators.find((indicator) => indicator.id === state.indicator)!.breakdowns,
});

const cases = [
  { name: 'the fixture', catalog: fixture, scope: {} },
  { name: 'Stockholm', catalog: stockholm, scope: {} },
  { name: 'Stockholm city’s districts', catalog: stockholm, scope: { within: '0180' } },
];

describe('the table of views', () => {
  it('has every view’s name and help in every language', () => {
    for (const lang of LANGS) {
      expect(Object.keys(messagesFor(lang).dashboard.view).sort()).toEqual([...DASHBOARD_VIEWS].sort());
      expect(Object.keys(messagesFor(lang).dashboard.viewHelp).sort()).toEqual([...DASHBOARD_VIEWS].sort());
    }
  });

  for (const { name, catalog, scope } of cases) {
    it(`gives every view of ${name} an element with each attribute once, none empty but the flags`, () => {
      const all = states(catalog, scope);
      expect(new Set(all.map((state) => state.view))).toEqual(new Set(DASHBOARD_VIEWS));
      for (const state of all) {
        const spec = viewElement(state, facts(catalog, state, scope));
        expect(spec.tag).toBe(VIEW_TABLE[state.view].element);
        const names = spec.attributes.map(([attribute]) => attribute);
        expect(new Set(names).size, names.join()).toBe(names.length);
        expect(spec.attributes.filter(([attribute, value]) => value === '' && attribute !== 'embed' && attribute !== 'no-history')).toEqual([]);
        expect(Object.fromEntries(spec.attributes)).toMatchObject({ 'data-root': dataRoot, lang: state.lang, indicator: state.indicator, level: state.level });
      }
    });

    it(`embeds the views only the dashboard draws (${name}) as a dashboard that arrives at the same state`, () => {
      for (const state of states(catalog, scope).filter((candidate) => VIEW_TABLE[candidate.view].element === 'kollen-dashboard')) {
        const attributes = Object.fromEntries(viewElement(state, facts(catalog, state, scope)).attributes);
        expect(attributes).toMatchObject({ embed: '', 'no-history': '' });
        // What the embedded dashboard makes of its attributes (the element reads them with `queryRequest`).
        const within = attributes['areas-within'];
        const embedded = normalizeState(catalog, queryRequest(attributes), within ? { within } : {}, state.lang === 'sv' ? 'en' : 'sv').state;
        expect(sameState(embedded, state), JSON.stringify({ state, attributes })).toBe(true);
      }
    });
  }

  it('carries the category of a one-category ranking and map, never of the unsplit ones', () => {
    const base = normalizeState(fixture, { breakdown: 'sex', category: 'men' }).state;
    for (const view of ['ranking', 'map'] as const) {
      const attributes = Object.fromEntries(viewElement({ ...base, view }, facts(fixture, base, {})).attributes);
      expect(attributes).toMatchObject({ breakdown: 'sex', category: 'men' });
    }
    const unsplit = normalizeState(fixture, { view: 'ranking' }).state;
    expect(Object.fromEntries(viewElement(unsplit, facts(fixture, unsplit, {})).attributes).category).toBeUndefined();
  });

  it('adds the dashboard’s link group, no-export on charts only, and drill on the map only', () => {
    const state = normalizeState(fixture, {}).state;
    const map = viewElement(state, facts(fixture, state, {}));
    expect(dashboardChildAttributes(map, '')).toEqual([['drill', ''], ...map.attributes]);
    expect(map.attributes.map(([name]) => name)).not.toContain('drill');
    expect(dashboardChildAttributes(map, '', true)).toEqual(map.attributes);
    const trend = viewElement({ ...state, view: 'trend' }, facts(fixture, state, {}));
    expect(dashboardChildAttributes(trend, 'g')).toEqual([['no-export', ''], ...trend.attributes, ['link-group', 'g']]);
  });
});
