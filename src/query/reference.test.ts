/**
 * One reference rule for every view, checked on the published data: for every indicator, every
 * level it has and every area of that level, the map, the ranking, the table and "your area"
 * compare with the same reference area — each through its own code path — and where two views
 * show the same cell they give it the same verdict.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../defaults/resolve-view.js';
import { buildChoropleth } from '../geo/choropleth.js';
import { levelFeatures } from '../geo/features.js';
import type { Catalog, IndicatorFile, ReferenceArea } from '../schema/types.js';
import { validateCatalog, validateIndicator } from '../schema/validate.js';
import { rankingData } from '../specs/ranking.js';
import { areaOverviewRow, overviewReference } from '../state/area-overview.js';
import { defaultState } from '../state/dashboard-state.js';
import { tableRows } from '../state/table-rows.js';
import { referenceFor } from './reference.js';

interface PublishedRoot {
  name: string;
  catalog: Catalog;
  indicators: IndicatorFile[];
  topologies: Map<string, Topology>;
}

function readRoot(folder: string): PublishedRoot {
  const root = resolve(import.meta.dirname, '../../data', folder);
  const read = (file: string): unknown => JSON.parse(readFileSync(resolve(root, file), 'utf8'));
  const catalog = validateCatalog(read('catalog.json'), 'catalog.json');
  const indicators = catalog.indicators.map((summary) => validateIndicator(read(summary.file), summary.file));
  const files = new Set(catalog.levels.flatMap((level) => (level.geometry ? [level.geometry.file] : [])));
  const topologies = new Map([...files].map((file) => [file, read(file) as Topology]));
  return { name: folder || 'data', catalog, indicators, topologies };
}

const key = (reference: ReferenceArea | undefined) => (reference ? `${reference.level}:${reference.code}` : 'none');

/** What each view compares the areas of `level` with, and the verdict it gives each area. */
function viewsOf(root: PublishedRoot, indicator: IndicatorFile, level: string) {
  const { catalog } = root;
  const period = resolvePeriod(indicator, '', { level, breakdown: 'total', category: 'total' });
  const query = { level, period, breakdown: 'total', category: 'total' };
  const geometry = catalog.levels.find((candidate) => candidate.id === level)?.geometry;
  const areas = catalog.areas.filter((area) => area.level === level);
  // Only levels with a geometry have a map.
  const map = geometry
    ? buildChoropleth(catalog, indicator, levelFeatures(root.topologies.get(geometry.file)!, geometry, geometry.file, areas), { ...query, colorMode: 'comparison' })
    : undefined;
  const ranking = rankingData({ catalog, indicator, ...query, lang: 'sv' });
  const table = tableRows(indicator, catalog, { ...defaultState(catalog), indicator: indicator.id, ...query }, {});
  const tableReference = table.find((row) => row.isReference);
  return {
    period,
    areas,
    map: map && { reference: key(map.reference), published: map.reference?.cell?.status === 'ok', verdicts: new Map(map.areas.map((area) => [area.code, area.verdict])) },
    // The ranking names its reference only when the reference has a value to draw as a rule.
    ranking: { reference: ranking.reference ? `${ranking.reference.level}:${ranking.reference.area}` : 'none', verdicts: new Map(ranking.areas.map((area) => [area.area, area.verdict])) },
    table: { reference: tableReference ? `${tableReference.level}:${tableReference.code}` : 'none', verdicts: new Map(table.filter((row) => !row.isReference).map((row) => [row.code, row.verdict])) },
  };
}

const roots = [readRoot(''), readRoot('sweden')];

describe.each(roots)('one reference for every view of the published data in $name/', (root) => {
  it('map, ranking, table and "your area" pick the same reference for every area of every level, and agree on verdicts', () => {
    let areasChecked = 0;
    for (const indicator of root.indicators) {
      for (const level of indicator.levels) {
        const views = viewsOf(root, indicator, level);
        const expected = key(referenceFor(indicator, level));
        const where = `${indicator.id} ${level} ${views.period}`;
        if (views.map) expect(views.map.reference, `map, ${where}`).toBe(expected);
        expect(views.table.reference, `table, ${where}`).toBe(expected);
        // A reference without a value for the period is left off the ranking, and only then.
        const referencePublished = views.map ? views.map.published : views.ranking.reference !== 'none';
        expect(views.ranking.reference, `ranking, ${where}`).toBe(referencePublished ? expected : 'none');
        for (const area of views.areas) {
          const overview = areaOverviewRow(indicator, area);
          expect(key(overview.reference), `your area, ${where} ${area.code}`).toBe(expected);
          expect(key(overviewReference([indicator], area)), `your area heading, ${where} ${area.code}`).toBe(expected);
          const verdicts = [views.map?.verdicts.get(area.code), views.ranking.verdicts.get(area.code), views.table.verdicts.get(area.code)].filter((v) => v !== undefined);
          expect(new Set(verdicts).size, `verdicts of ${where} ${area.code}: ${verdicts.join(', ')}`).toBeLessThanOrEqual(1);
          areasChecked++;
        }
      }
    }
    // Every area of every level of every indicator, not an empty loop.
    expect(areasChecked).toBeGreaterThan(root.name === 'sweden' ? 1200 : 800);
  });
});

describe('the documented reference of each level (src/stats/README.md)', () => {
  const [stockholm, sweden] = roots as [PublishedRoot, PublishedRoot];
  const find = (root: PublishedRoot, id: string) => root.indicators.find((indicator) => indicator.id === id)!;

  it('compares municipalities and districts with the county, the county with the country', () => {
    for (const level of ['municipality', 'district-2023', 'district-2020', 'district-2007']) {
      expect(referenceFor(find(stockholm, 'daily-smoking'), level), level).toEqual({ level: 'county', code: '01' });
    }
    expect(referenceFor(find(stockholm, 'voter-turnout'), 'municipality')).toEqual({ level: 'county', code: '01' });
    expect(referenceFor(find(stockholm, 'voter-turnout'), 'county')).toEqual({ level: 'country', code: 'SE' });
    expect(referenceFor(find(sweden, 'voter-turnout'), 'county')).toEqual({ level: 'country', code: 'SE' });
    expect(referenceFor(find(sweden, 'voter-turnout'), 'municipality')).toEqual({ level: 'country', code: 'SE' });
  });

  it('never compares an area with its own level, and has nothing for a level whose only reference is itself', () => {
    // The simulated survey's only reference is the county: the county has nothing to be compared with.
    expect(referenceFor(find(stockholm, 'daily-smoking'), 'county')).toBeUndefined();
    expect(referenceFor(find(sweden, 'voter-turnout'), 'country')).toBeUndefined();
    // A median cannot be aggregated: no reference at all.
    expect(referenceFor(find(stockholm, 'median-income'), 'municipality')).toBeUndefined();
    // With a reference on the shown level listed first (a county among counties), the rule skips it.
    const references = [{ level: 'county', code: '01' }, { level: 'country', code: 'SE' }];
    expect(referenceFor({ references }, 'county')).toEqual({ level: 'country', code: 'SE' });
  });
});
