import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../schema/types.js';
import { applyChange, startDashboard } from './dashboard-machine.js';
import { parseStateQuery, serializeState } from './url.js';

/** The published Stockholm root: county → municipalities → Stockholm city's districts. */
const catalog = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/catalog.json'), 'utf8')) as Catalog;

describe('drill-down in the dashboard state', () => {
  it('reads and writes the drilled area in the URL, after the level', () => {
    const { state, ignored } = parseStateQuery('indicator=daily-smoking&level=district-2020&drill=0180&period=2021', catalog);
    expect(ignored).toEqual([]);
    expect(state.drill).toBe('0180');
    expect(serializeState(state, catalog)).toBe('indicator=daily-smoking&level=district-2020&drill=0180');
  });

  it('drops a drill the level has no areas inside, or outside the scope', () => {
    expect(parseStateQuery('indicator=daily-smoking&level=municipality&drill=0180', catalog).ignored).toEqual(['drill']);
    expect(parseStateQuery('indicator=daily-smoking&level=district-2023&drill=0184', catalog).ignored).toEqual(['drill']);
    expect(parseStateQuery('indicator=daily-smoking&level=district-2023&drill=0180', catalog, { within: '0184' }).state.drill).toBe('');
    expect(parseStateQuery('indicator=daily-smoking&level=district-2023&drill=0180', catalog, { within: '0180' }).state.drill).toBe('0180');
  });

  it('pushes a history entry per level, so back pops one, and a new level without areas in the drill leaves it', () => {
    const start = startDashboard(catalog, { indicator: 'daily-smoking' }, {}, 'sv');
    const drilled = applyChange(start.model, { kind: 'choose', choice: { level: 'district-2023', drill: '0180', areas: [] } }, catalog);
    expect(drilled.history).toBe('push');
    expect(drilled.model.state).toMatchObject({ level: 'district-2023', drill: '0180' });
    const back = applyChange(drilled.model, { kind: 'url', query: serializeState(start.model.state, catalog) }, catalog);
    expect(back.model.state).toEqual(start.model.state);
    const municipalities = applyChange(drilled.model, { kind: 'choose', choice: { level: 'municipality' } }, catalog);
    expect(municipalities.model.state).toMatchObject({ level: 'municipality', drill: '' });
  });
});
