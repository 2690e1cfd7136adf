import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import { buildChoropleth, type ChoroplethQuery } from './choropleth.js';
import { levelFeatures } from './features.js';
import { describeArea, describeMap, mapCategoryTitle, mapTitle } from './map-wording.js';

const root = resolve(import.meta.dirname, '../../test/fixtures/map');
const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(root, file), 'utf8')) as T;
const catalog = read<Catalog>('catalog.json');
const smoking = read<IndicatorFile>('indicators/grid-smoking.json');
const features = levelFeatures(read<Topology>('geo/grid.topo.json'), catalog.levels.find((level) => level.id === 'municipality')!.geometry!, 'grid.topo.json', catalog.areas);
const total: ChoroplethQuery = { level: 'municipality', period: '2021', breakdown: 'total', category: 'total', colorMode: 'comparison' };
/** Figures keep their unit on the same line (a no-break space); the expectations read easier with plain spaces. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ');
const women: ChoroplethQuery = { ...total, breakdown: 'sex', category: 'women', colorMode: 'classes' };

describe('the map in words', () => {
  it('titles the map by indicator, period and the group named with its breakdown', () => {
    const model = buildChoropleth(catalog, smoking, features, women);
    expect(mapCategoryTitle(model, catalog, 'sv')).toBe('Kvinnor');
    expect(mapTitle(model, smoking, catalog, 'sv')).toBe('Daglig rökning, 2021 – Kön: Kvinnor');
    expect(mapTitle(model, smoking, catalog, 'en')).toBe('Daily smoking, 2021 – Sex: Women');
    expect(mapTitle(buildChoropleth(catalog, smoking, features, total), smoking, catalog, 'en')).toBe('Daily smoking, 2021');
  });

  it('describes highest, lowest, significant differences from the reference and missing areas', () => {
    const model = buildChoropleth(catalog, smoking, features, total);
    expect(plain(describeMap(model, smoking, catalog, 'sv'))).toBe(
      'Kartan visar daglig rökning, andel (%), år 2021 för 31 kommuner. Högst: Viksjö (16,6 %), lägst: Norrvik (5,0 %). ' +
        '16 av 28 kommuner skiljer sig signifikant från Rutlän: 7 bättre och 9 sämre. 3 kommuner saknar uppgift. Uppgifterna är simulerade.',
    );
    expect(plain(describeMap(buildChoropleth(catalog, smoking, features, women), smoking, catalog, 'en'))).toBe(
      'The map shows daily smoking, share (%), among women in 2021 for 31 municipalities. Highest: Viksjö (15.1 %), lowest: Norrvik (3.5 %). ' +
        '12 of 28 municipalities differ significantly from Rutlän: 7 better and 5 worse. 3 municipalities have no figure. The figures are simulated.',
    );
  });

  it('leaves the comparison out when the reference has no value', () => {
    const model = buildChoropleth(catalog, smoking, features, total);
    const withoutReference = { ...model, reference: { ...model.reference!, cell: undefined } };
    const text = plain(describeMap(withoutReference, smoking, catalog, 'sv'));
    expect(text).toContain('Högst: Viksjö (16,6 %)');
    expect(text).not.toContain('Rutlän');
  });

  it('labels each area with value, interval, verdict and selection, or why it has no value', () => {
    const model = buildChoropleth(catalog, smoking, features, total);
    const area = (code: string) => model.areas.find((candidate) => candidate.code === code)!;
    expect(plain(describeArea(model, area('1101'), smoking, 'sv', true))).toBe('Norrvik: 5,0 %, 95 % konfidensintervall 4,0–6,0, Signifikant bättre än Rutlän, vald');
    expect(describeArea(model, area('1103'), smoking, 'en', false)).toBe('Ekeberga: Too few respondents to publish');
    // The interval and the reason for a withheld value follow the indicator's own fields.
    const register = { ...smoking, intervalLevel: 99.8 as const, countOf: 'events' as const };
    expect(plain(describeArea(model, area('1101'), register, 'sv', false))).toMatch(/^Norrvik: 5,0 %, 99,8 % konfidensintervall 4,0–6,0/);
    expect(describeArea(model, area('1103'), register, 'sv', false)).toBe('Ekeberga: För få händelser för att redovisa');
  });
});
