import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import { applyChange, startDashboard, type DashboardChange, type DashboardModel } from './dashboard-machine.js';

const read = <T>(path: string): T => JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8')) as T;
const fixture = read<Catalog>('test/fixtures/data/catalog.json');
const stockholm = read<Catalog>('data/catalog.json');
const smoking = read<IndicatorFile>('data/indicators/daily-smoking.json');

/** The model after a start with `request` and then `changes`, each applied in turn. */
function run(catalog: Catalog, request: Parameters<typeof startDashboard>[1], ...changes: DashboardChange[]): DashboardModel {
  let model = startDashboard(catalog, request, {}, 'sv').model;
  for (const change of changes) model = applyChange(model, change, catalog).model;
  return model;
}

describe('startDashboard', () => {
  it('normalises the request, names what it ignored and replaces the URL', () => {
    const start = startDashboard(fixture, { indicator: 'nope', view: 'globe', period: '2018' }, {}, 'en');
    expect(start.model.state).toMatchObject({ indicator: 'fixture-smoking', view: 'map', period: '2018', lang: 'en' });
    expect(start.ignored).toEqual(['indicator', 'view']);
    expect(start).toMatchObject({ history: 'replace', announce: false, notify: false });
    expect(start.model.periodChosen).toBe(true);
  });

  it('counts a period as chosen only when the catalogue has it', () => {
    expect(startDashboard(fixture, { period: '1999' }, {}, 'sv').model.periodChosen).toBe(false);
    expect(startDashboard(fixture, {}, {}, 'sv').model.periodChosen).toBe(false);
  });
});

describe('applyChange: a person’s choice', () => {
  const start = startDashboard(fixture, { period: '2018', breakdown: 'sex', category: 'men' }, {}, 'sv').model;

  it('pushes a history entry, tells the page, and announces only a new view, indicator or language', () => {
    const category = applyChange(start, { kind: 'choose', choice: { category: 'women' } }, fixture);
    expect(category).toMatchObject({ history: 'push', notify: true, announce: false });
    expect(category.model.state.category).toBe('women');
    const view = applyChange(start, { kind: 'choose', choice: { view: 'trend' } }, fixture);
    expect(view).toMatchObject({ history: 'push', notify: true, announce: true });
    const lang = applyChange(start, { kind: 'choose', choice: { lang: 'en' } }, fixture);
    expect(lang.announce).toBe(true);
  });

  it('does nothing for a choice that shows nothing new', () => {
    const same = applyChange(start, { kind: 'choose', choice: { category: 'men' } }, fixture);
    expect(same).toMatchObject({ history: undefined, notify: false, announce: false });
    expect(same.model).toBe(start);
  });

  it('resets period, breakdown and category with a new indicator, unless chosen with it', () => {
    const turnout = applyChange(start, { kind: 'choose', choice: { indicator: 'fixture-turnout' } }, fixture).model;
    expect(turnout.state).toMatchObject({ indicator: 'fixture-turnout', period: '2018', breakdown: 'total', category: 'total' });
    // A new indicator's period follows its data again.
    expect(turnout.periodChosen).toBe(false);
    const back = applyChange(turnout, { kind: 'choose', choice: { indicator: 'fixture-smoking', breakdown: 'sex', category: 'men' } }, fixture).model;
    expect(back.state).toMatchObject({ period: '2021', breakdown: 'sex', category: 'men' });
  });

  it('takes the first category of a newly chosen breakdown', () => {
    const total = applyChange(start, { kind: 'choose', choice: { breakdown: 'total' } }, fixture).model;
    expect(total.state.category).toBe('total');
    expect(applyChange(total, { kind: 'choose', choice: { breakdown: 'sex' } }, fixture).model.state.category).toBe('women');
  });

  it('marks the period chosen when a person picks one', () => {
    const unchosen = run(fixture, {});
    expect(unchosen.periodChosen).toBe(false);
    expect(applyChange(unchosen, { kind: 'choose', choice: { period: '2018' } }, fixture).model.periodChosen).toBe(true);
  });
});

describe('applyChange: the published period', () => {
  const loaded = { kind: 'indicator-loaded', file: smoking } as const;

  it('moves an unchosen period to the latest with published values, replacing the URL', () => {
    // Daily smoking's periods run to 2021, but the 2007 district division ends in 2018.
    const model = run(stockholm, { indicator: 'daily-smoking', level: 'district-2007' });
    expect(model.state.period).toBe('2021');
    const next = applyChange(model, loaded, stockholm);
    expect(next.model.state.period).toBe('2018');
    expect(next).toMatchObject({ history: 'replace', notify: false, announce: false });
    // Once there, the same file changes nothing.
    expect(applyChange(next.model, loaded, stockholm).model).toBe(next.model);
  });

  it('keeps a chosen period, and ignores another indicator’s file', () => {
    const chosen = run(stockholm, { indicator: 'daily-smoking', level: 'district-2007', period: '2021' });
    expect(applyChange(chosen, loaded, stockholm).model.state.period).toBe('2021');
    const other = run(stockholm, { indicator: 'voter-turnout' });
    expect(applyChange(other, loaded, stockholm).model).toBe(other);
  });

  it('counts a period set by an attribute after the start as chosen', () => {
    const model = run(stockholm, { indicator: 'daily-smoking', level: 'district-2007' });
    const attribute = applyChange(model, { kind: 'attributes', request: { indicator: 'daily-smoking', level: 'district-2007', period: '2021' }, scope: {} }, stockholm);
    expect(attribute).toMatchObject({ history: undefined, notify: false, announce: false });
    expect(applyChange(attribute.model, loaded, stockholm).model.state.period).toBe('2021');
  });
});

describe('applyChange: back and forward', () => {
  it('restores the entry’s state and announces it, without writing history or telling the page', () => {
    const model = run(fixture, {}, { kind: 'choose', choice: { view: 'table' } });
    const back = applyChange(model, { kind: 'url', query: '?period=2018' }, fixture);
    expect(back.model.state).toMatchObject({ view: 'map', period: '2018' });
    expect(back.model.periodChosen).toBe(true);
    expect(back).toMatchObject({ history: undefined, notify: false, announce: true });
    // The same entry again: no announcement.
    expect(applyChange(back.model, { kind: 'url', query: 'period=2018' }, fixture).announce).toBe(false);
  });
});

describe('applyChange: selecting areas', () => {
  const select = (level: string, area: string | null) => ({ kind: 'select-area', level, area }) as const;

  it('selects an area of the level shown and clears with null', () => {
    const selected = applyChange(run(fixture, {}), select('municipality', '0002'), fixture);
    expect(selected.model.state.areas).toEqual(['0002']);
    expect(selected).toMatchObject({ history: 'push', notify: true });
    expect(applyChange(selected.model, select('municipality', null), fixture).model.state.areas).toEqual([]);
  });

  it('ignores an unknown area and, except on "your area", one of another level', () => {
    const model = run(fixture, { areas: ['0001'] });
    expect(applyChange(model, select('municipality', '9999'), fixture).model).toBe(model);
    expect(applyChange(model, select('county', '01'), fixture).model).toBe(model);
    // "Your area" takes a district although the indicator is shown on the municipalities.
    const yourArea = run(stockholm, { view: 'area', indicator: 'daily-smoking' });
    expect(yourArea.state.level).toBe('municipality');
    const district = firstArea(stockholm, 'district-2023');
    expect(applyChange(yourArea, select('district-2023', district), stockholm).model.state.areas).toEqual([district]);
    expect(applyChange(run(stockholm, { indicator: 'daily-smoking' }), select('district-2023', district), stockholm).model.state.areas).toEqual([]);
  });
});

function firstArea(catalog: Catalog, level: string): string {
  return catalog.areas.find((area) => area.level === level)!.code;
}
