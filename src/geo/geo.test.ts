import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoArea, geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { KollenDataError } from '../schema/errors.js';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import { referenceFor } from '../query/index.js';
import { buildChoropleth } from './choropleth.js';
import { areaBorders, areasWithin, levelFeatures, rewindForD3 } from './features.js';
import { neighbourInDirection, readingOrder, type Direction, type NavPoint } from './keyboard.js';
import { fitMap, MAP_PADDING, projectMap, tooSmallToPoint } from './projection.js';
import { spreadMarkers } from './markers.js';

const root = resolve(import.meta.dirname, '../../test/fixtures/map');
const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(root, file), 'utf8')) as T;
const topology = read<Topology>('geo/grid.topo.json');
const catalog = read<Catalog>('catalog.json');
const smoking = read<IndicatorFile>('indicators/grid-smoking.json');
const age = read<IndicatorFile>('indicators/grid-age.json');
const levelRef = (id: string) => catalog.levels.find((level) => level.id === id)!.geometry!;
const municipalities = levelFeatures(topology, levelRef('municipality'), 'grid.topo.json', catalog.areas);

/** Every area reachable from the first one with the four arrow keys. */
function reachable(points: readonly NavPoint[]): Set<string> {
  const seen = new Set([points[0]!.code]);
  const queue = [points[0]!.code];
  while (queue.length > 0) {
    const code = queue.shift()!;
    for (const direction of ['up', 'down', 'left', 'right'] as Direction[]) {
      const next = neighbourInDirection(points, code, direction);
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('levelFeatures', () => {
  it('turns the level object into named, coded features', () => {
    expect(municipalities).toHaveLength(31);
    expect(municipalities[0]).toMatchObject({ code: '1101', name: 'Norrvik' });
    for (const area of municipalities) expect(geoArea(area.feature)).toBeLessThan(0.01);
  });

  it('names the JSON path when the object or a code is missing', () => {
    const missing = () => levelFeatures(topology, { ...levelRef('municipality'), object: 'nope' }, 'grid.topo.json');
    expect(missing).toThrow(KollenDataError);
    expect(missing).toThrow(/objects\.nope\.type/);
    const miscoded = () => levelFeatures(topology, levelRef('miscoded'), 'grid.topo.json');
    expect(miscoded).toThrow(/\$\.objects\.municipalities\.geometries\[0\]\.properties\.kod/);
  });

  it('rewinds counter-clockwise (RFC 7946) rings that d3-geo would read inside out', () => {
    const ccw: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[[18, 59], [18, 58.9], [18.1, 58.9], [18.1, 59], [18, 59]]] },
    };
    expect(geoArea(ccw)).toBeGreaterThan(2 * Math.PI);
    const fixed = rewindForD3(ccw);
    expect(geoArea(fixed)).toBeLessThan(1e-4);
    expect(geoArea(fixed)).toBeCloseTo(4 * Math.PI - geoArea(ccw), 8);
    expect(rewindForD3(fixed)).toBe(fixed);
  });

  it('keeps correctly wound features as they are, islets quantized to a line included', () => {
    for (const area of municipalities) expect(rewindForD3(area.feature)).toBe(area.feature);
    const withIslet: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [[[18, 59], [18.1, 59], [18.1, 58.9], [18, 58.9], [18, 59]]],
          [[[18.2, 59], [18.3, 59], [18.2, 59], [18.2, 59]]],
        ],
      },
    };
    expect(rewindForD3(withIslet)).toBe(withIslet);
    // Wound the RFC 7946 way, the same area is still turned around.
    const reversed: Feature<MultiPolygon> = { ...withIslet, geometry: { type: 'MultiPolygon', coordinates: [[[...withIslet.geometry.coordinates[0]![0]!].reverse()]] } };
    expect(geoArea(rewindForD3(reversed))).toBeLessThan(1e-4);
  });

  it('converts a level once per topology and names it per call', () => {
    const renamed = catalog.areas.map((area) => (area.code === '1101' ? { ...area, name: 'Norrvik (edited)' } : area));
    const again = levelFeatures(topology, levelRef('municipality'), 'grid.topo.json', renamed);
    expect(again[0]!.feature).toBe(municipalities[0]!.feature);
    expect(again[0]!.name).toBe('Norrvik (edited)');
    expect(levelFeatures(topology, levelRef('municipality'), 'grid.topo.json', catalog.areas)[0]!.name).toBe('Norrvik');
  });

  it('keeps only the areas within a parent, and all without one', () => {
    const districts = levelFeatures(topology, levelRef('district'), 'grid.topo.json', catalog.areas);
    expect(districts).toHaveLength(6);
    expect(areasWithin(districts, catalog.areas, 'district', '1101').map((d) => d.code)).toEqual(['1101-1', '1101-2', '1101-3']);
    expect(areasWithin(districts, catalog.areas, 'district', '')).toHaveLength(6);
  });

  it('meshes shared borders once', () => {
    const codes = new Set(['1101', '1102']);
    const borders = areaBorders(topology, levelRef('municipality'), codes);
    expect(borders.type).toBe('MultiLineString');
    expect(borders.coordinates.length).toBeGreaterThan(0);
  });
});

describe('projection', () => {
  it('fits the areas inside the width with padding, height following the shape', () => {
    const layout = fitMap(municipalities, 400);
    const map = projectMap(municipalities, null, 400);
    expect(map.width).toBe(400);
    expect(layout.height).toBe(map.height);
    // The grid is about as tall as wide: a near-square map.
    expect(map.height).toBeGreaterThan(330);
    expect(map.height).toBeLessThan(470);
    const x0 = Math.min(...map.areas.map((a) => a.bounds[0][0]));
    const x1 = Math.max(...map.areas.map((a) => a.bounds[1][0]));
    const y0 = Math.min(...map.areas.map((a) => a.bounds[0][1]));
    const y1 = Math.max(...map.areas.map((a) => a.bounds[1][1]));
    expect(x0).toBeGreaterThanOrEqual(MAP_PADDING - 0.5);
    expect(x1).toBeLessThanOrEqual(400 - MAP_PADDING + 0.5);
    expect(y0).toBeGreaterThanOrEqual(MAP_PADDING - 0.5);
    expect(y1).toBeLessThanOrEqual(map.height - MAP_PADDING + 0.5);
    expect(Math.max(x1 - x0 - (400 - 2 * MAP_PADDING), y1 - y0 - (map.height - 2 * MAP_PADDING))).toBeCloseTo(0, 0);
  });

  it('keeps north up and west left', () => {
    const map = projectMap(municipalities, null, 600);
    const at = (code: string) => map.areas.find((a) => a.code === code)!.centroid;
    expect(at('1101')[0]).toBeLessThan(at('1105')[0]);
    expect(at('1101')[1]).toBeLessThan(at('1120')[1]);
  });

  it('rounds paths to 0.1 px and caches them per width', () => {
    const map = projectMap(municipalities, null, 500);
    expect(map.areas[0]!.d).toMatch(/^M[\d.,LZ-]+$/);
    for (const number of map.areas[0]!.d.match(/\d+(\.\d+)?/g)!) expect(number.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(1);
    expect(projectMap(municipalities, null, 500)).toBe(map);
    expect(projectMap(municipalities, null, 501)).not.toBe(map);
  });

  it('draws, measures and fits exactly as d3-geo’s geoPath with the fitted projection does', () => {
    const borders = areaBorders(topology, levelRef('municipality'), new Set(municipalities.map((a) => a.code)));
    for (const width of [320, 777]) {
      const map = projectMap(municipalities, borders, width);
      // d3-geo's own projection object, set as the layout says: the map's points come from its raw formula.
      const settings = fitMap(municipalities, width).projection;
      const projection = geoConicEqualArea().parallels(settings.parallels).rotate([settings.rotate, 0]).scale(settings.scale).translate(settings.translate);
      const path = geoPath(projection).digits(1);
      const exact = geoPath(projection);
      const points = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => `${m[1]},${m[2]}`);
      municipalities.forEach((area, i) => {
        const drawn = map.areas[i]!;
        expect(drawn.code).toBe(area.code);
        // Same vertices (repeats after rounding left out), same centroid, bounds and area on screen.
        expect(points(drawn.d)).toEqual(points(path(area.feature)!).filter((p, j, all) => j === 0 || p !== all[j - 1]));
        const [cx, cy] = exact.centroid(area.feature);
        expect(drawn.centroid[0]).toBeCloseTo(cx, 6);
        expect(drawn.centroid[1]).toBeCloseTo(cy, 6);
        expect(drawn.bounds.flat()).toEqual(exact.bounds(area.feature).flat().map((v) => expect.closeTo(v, 6)));
        expect(drawn.pixelArea).toBeCloseTo(exact.area(area.feature), 4);
      });
      expect(points(map.borders)).toEqual(points(path(borders)!).filter((p, j, all) => j === 0 || p !== all[j - 1]));
    }
  });

  it('caps the height for tall shapes', () => {
    const tall = municipalities.filter((a) => ['1101', '1106', '1111', '1115', '1120'].includes(a.code));
    const map = projectMap(tall, null, 600);
    expect(map.height).toBeLessThanOrEqual(640);
  });

  it('finds the areas too small to point at, more of them on a phone', () => {
    const phone = tooSmallToPoint(projectMap(municipalities, null, 320).areas).map((a) => a.code);
    const desktop = tooSmallToPoint(projectMap(municipalities, null, 1000).areas).map((a) => a.code);
    expect(phone).toEqual(['1193', '1194', '1195', '1196']);
    expect(desktop).toEqual([]);
  });
});

describe('keyboard order', () => {
  const grid: NavPoint[] = [];
  for (let row = 0; row < 5; row++) for (let col = 0; col < 5; col++) grid.push({ code: `${row}${col}`, centroid: [col * 10 + (row % 2), row * 10] });

  it('moves to the neighbour in the arrow\'s direction, or nowhere at the edge', () => {
    expect(neighbourInDirection(grid, '22', 'right')).toBe('23');
    expect(neighbourInDirection(grid, '22', 'left')).toBe('21');
    expect(neighbourInDirection(grid, '22', 'up')).toBe('12');
    expect(neighbourInDirection(grid, '22', 'down')).toBe('32');
    expect(neighbourInDirection(grid, '04', 'right')).toBeUndefined();
    expect(neighbourInDirection(grid, '00', 'up')).toBeUndefined();
    expect(neighbourInDirection(grid, 'nope', 'up')).toBeUndefined();
  });

  it('reads rows from north to south, west to east', () => {
    expect(readingOrder(grid)).toEqual(grid.map((p) => p.code));
    expect(readingOrder([])).toEqual([]);
  });

  it('reaches every area of the fixture county with arrow keys, at phone and desktop widths', () => {
    for (const width of [320, 1000]) {
      const points = projectMap(municipalities, null, width).areas;
      expect(reachable(points).size).toBe(points.length);
    }
  });

  it('moves between geographic neighbours in the fixture', () => {
    const points = projectMap(municipalities, null, 800).areas;
    expect(neighbourInDirection(points, '1101', 'right')).toBe('1102');
    expect(neighbourInDirection(points, '1101', 'down')).toBe('1106');
    // From the cell west of the split centre, right goes into the centre's western quadrants.
    expect(['1190', '1193', '1195']).toContain(neighbourInDirection(points, '1112', 'right'));
    expect(neighbourInDirection(points, '1105', 'right')).toBeUndefined();
  });
});

describe('buildChoropleth', () => {
  const query = { level: 'municipality', period: '2021', breakdown: 'total', category: 'total', colorMode: 'classes' as const };

  it('classes areas into five quantile classes, the darkest red on the highest smoking', () => {
    const model = buildChoropleth(catalog, smoking, municipalities, query);
    const classes = model.legend.filter((e) => e.kind === 'class');
    expect(classes).toHaveLength(5);
    expect(classes.reduce((sum, e) => sum + e.count, 0)).toBe(28);
    const highest = model.highest[0]!;
    expect(highest.color).toBe('#b30000');
    expect(model.lowest[0]!.color).toBe('#fef0d9');
    expect(model.empty).toBe(false);
  });

  it('says why values are missing', () => {
    const model = buildChoropleth(catalog, smoking, municipalities, query);
    const byCode = new Map(model.areas.map((a) => [a.code, a]));
    expect(byCode.get('1103')!.missing).toBe('suppressed');
    expect(byCode.get('1104')!.missing).toBe('not-collected');
    expect(byCode.get('1105')!.missing).toBe('no-data');
    expect(byCode.get('1103')!.color).toBeUndefined();
    expect(model.legend.filter((e) => e.kind === 'missing')).toEqual([
      { kind: 'missing', reason: 'suppressed', count: 1 },
      { kind: 'missing', reason: 'not-collected', count: 1 },
      { kind: 'missing', reason: 'no-data', count: 1 },
    ]);
  });

  it('compares with the county in comparison mode, using the intervals', () => {
    const model = buildChoropleth(catalog, smoking, municipalities, { ...query, colorMode: 'comparison' });
    expect(model.reference).toMatchObject({ level: 'county', code: '11', name: 'Rutlän' });
    expect(model.reference!.cell!.value).toBe(11);
    for (const area of model.areas.filter((a) => !a.missing)) {
      const { ciLow, ciHigh } = area.cell!;
      const expected = ciLow! > 11 ? 'worse' : ciHigh! < 11 ? 'better' : 'similar';
      expect(area.verdict).toBe(expected);
    }
    expect(model.verdictCounts.better).toBeGreaterThan(0);
    expect(model.verdictCounts.worse).toBeGreaterThan(0);
    expect(model.legend.slice(0, 3).map((e) => (e.kind === 'verdict' ? e.verdict : e.kind))).toEqual(['better', 'similar', 'worse']);
  });

  it('compares a breakdown category with the same category of the reference', () => {
    const model = buildChoropleth(catalog, smoking, municipalities, { ...query, breakdown: 'sex', category: 'women', colorMode: 'comparison' });
    expect(model.reference!.cell!.value).toBe(10);
    expect(model.areas.find((a) => a.code === '1101')!.cell!.value).toBe(3.5);
  });

  it('uses higher/lower for neutral indicators and "not compared" without an interval', () => {
    const model = buildChoropleth(catalog, age, municipalities, { ...query, period: '2020', colorMode: 'comparison' });
    expect(model.legend.map((e) => (e.kind === 'verdict' ? e.verdict : e.kind))).toEqual(['higher', 'similar', 'lower', 'not-compared']);
    expect(model.areas[0]!.verdict).toBe('not-compared');
    expect(model.areas.some((a) => a.verdict === 'higher')).toBe(true);
  });

  it('colours by classes and says why when a comparison is asked for but none can be made', () => {
    const withoutIntervals: IndicatorFile = { ...smoking, values: { ...smoking.values, ciLow: smoking.values.ciLow.map(() => null), ciHigh: smoking.values.ciHigh.map(() => null) } };
    const model = buildChoropleth(catalog, withoutIntervals, municipalities, { ...query, colorMode: 'comparison' });
    expect(model.noComparison).toBe('no-intervals');
    expect(model.query.colorMode).toBe('classes');
    expect(model.legend.filter((e) => e.kind === 'class')).toHaveLength(5);
    const noReference: IndicatorFile = { ...smoking, values: { ...smoking.values, value: smoking.values.value.map((v, i) => (smoking.values.level[i] === 'county' ? null : v)) } };
    expect(buildChoropleth(catalog, noReference, municipalities, { ...query, colorMode: 'comparison' }).noComparison).toBe('no-reference');
    // One comparable area is enough to colour by comparison; classes never carry a reason.
    expect(buildChoropleth(catalog, smoking, municipalities, { ...query, colorMode: 'comparison' }).noComparison).toBeUndefined();
    expect(buildChoropleth(catalog, withoutIntervals, municipalities, query).noComparison).toBeUndefined();
  });

  it('is empty for a period without values, and compares the county with the country', () => {
    expect(buildChoropleth(catalog, smoking, municipalities, { ...query, period: '1999' }).empty).toBe(true);
    expect(referenceFor(smoking, 'county')).toEqual({ level: 'country', code: 'SE' });
    expect(referenceFor(smoking, 'municipality')).toEqual({ level: 'county', code: '11' });
  });
});

describe('the published Stockholm geometry', () => {
  const dataRoot = resolve(import.meta.dirname, '../../data');
  const stockholm = JSON.parse(readFileSync(resolve(dataRoot, 'geo/stockholm.topo.json'), 'utf8')) as Topology;
  const published = JSON.parse(readFileSync(resolve(dataRoot, 'catalog.json'), 'utf8')) as Catalog;
  const ref = (id: string) => published.levels.find((level) => level.id === id)!.geometry!;

  it('gives 26 municipalities, each wound for d3 and named from the catalogue', () => {
    const areas = levelFeatures(stockholm, ref('municipality'), 'stockholm.topo.json', published.areas);
    expect(areas).toHaveLength(26);
    for (const area of areas) expect(geoArea(area.feature)).toBeLessThan(0.001);
    expect(areas.map((a) => a.code)).toContain('0180');
  });

  it('keeps Stockholm city\'s 11 districts of 2023 within 0180', () => {
    const districts = levelFeatures(stockholm, ref('district-2023'), 'stockholm.topo.json', published.areas);
    expect(areasWithin(districts, published.areas, 'district-2023', '0180')).toHaveLength(11);
  });

  it('lets the arrow keys reach every municipality at 320 px and 1280 px', () => {
    const areas = levelFeatures(stockholm, ref('municipality'), 'stockholm.topo.json', published.areas);
    for (const width of [320, 1280]) {
      const points = projectMap(areas, null, width).areas;
      expect(reachable(points).size).toBe(26);
    }
  });
});

describe('spreadMarkers', () => {
  it('pushes overlapping discs apart, leaves distant ones alone and keeps anchors', () => {
    const placed = spreadMarkers(
      [
        { code: 'a', centroid: [100, 100] },
        { code: 'b', centroid: [104, 101] },
        { code: 'c', centroid: [104, 101] },
        { code: 'd', centroid: [300, 300] },
      ],
      9,
    );
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        const [p, q] = [placed[i]!.position, placed[j]!.position];
        expect(Math.hypot(p[0] - q[0], p[1] - q[1])).toBeGreaterThanOrEqual(18.9);
      }
    }
    expect(placed[3]!.position).toEqual([300, 300]);
    expect(placed[1]!.anchor).toEqual([104, 101]);
    // Discs stay near their areas.
    for (const marker of placed) expect(Math.hypot(marker.position[0] - marker.anchor[0], marker.position[1] - marker.anchor[1])).toBeLessThan(25);
  });
});
