/**
 * A fine tessellation of a county for the scale benchmark: a few thousand Voronoi cells, small
 * and dense around the city centre and large in the countryside (like statistical small areas,
 * DeSO/RegSO), clipped to the county's real outline, published as a Kollen data root (catalogue,
 * TopoJSON, one simulated indicator over several periods) that `<kollen-map>` and the baselines
 * read like any other. Deterministic for a given seed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Delaunay } from 'd3-delaunay';
import { geoArea, geoCentroid } from 'd3-geo';
import polygonClipping, { type MultiPolygon, type Polygon, type Ring } from 'polygon-clipping';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import type { Catalog, IndicatorFile } from '../src/schema/types.js';
import { validateCatalog, validateIndicator } from '../src/schema/validate.js';

/** What to tessellate and where to write it. */
export interface TessellationOptions {
  /** TopoJSON file (on disk) holding the county outline. */
  countyTopology: string;
  /** Object of that file with the county, e.g. `county`. */
  countyObject: string;
  /** Number of cells wanted. */
  cells: number;
  /** Folder to write the data root into. */
  outDir: string;
  seed?: number;
  /** Where cells are densest (lon, lat); default Stockholm city centre. */
  denseCentre?: [number, number];
}

/** What was written. */
export interface Tessellation {
  cells: number;
  periods: string[];
  level: string;
  indicator: string;
  /** Cell areas in km²: median, smallest, largest. */
  medianKm2: number;
  minKm2: number;
  maxKm2: number;
  topologyBytes: number;
}

const EARTH_RADIUS_KM = 6371;
const LEVEL = 'cell';
const INDICATOR = 'bench-simulated-share';
const PERIODS = ['2014', '2018', '2021'];

/** mulberry32: a small seeded generator, so every run draws the same map. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Even-odd point-in-polygon over every ring of a multipolygon (holes and islands included). */
function contains(county: MultiPolygon, x: number, y: number): boolean {
  let inside = false;
  for (const polygon of county) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

/** Shoelace area; positive when the ring runs clockwise (x east, y north). */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[i]![0] - ring[j]![0]) * (ring[i]![1] + ring[j]![1]);
  return sum / 2;
}

/** d3-geo reads rings by winding: exteriors clockwise (in lon/lat), holes counter-clockwise. */
function rewindForD3(polygon: Polygon): Polygon {
  return polygon.map((ring, index) => {
    const clockwise = signedArea(ring) > 0;
    return clockwise === (index === 0) ? ring : [...ring].reverse();
  });
}

type Box = [number, number, number, number];

function boxOf(rings: Ring[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

const overlaps = (a: Box, b: Box): boolean => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

function readCounty(file: string, object: string): MultiPolygon {
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  const geo = topo.objects[object];
  if (!geo) throw new Error(`${file}: no object "${object}"`);
  const shapes = feature(topo, geo) as unknown as GeoJSON.Feature | GeoJSON.FeatureCollection;
  const geometries = 'features' in shapes ? shapes.features.map((f) => f.geometry) : [shapes.geometry];
  const polygons: MultiPolygon = [];
  for (const geometry of geometries) {
    if (geometry.type === 'Polygon') polygons.push(geometry.coordinates as Polygon);
    if (geometry.type === 'MultiPolygon') polygons.push(...(geometry.coordinates as MultiPolygon));
  }
  return polygons;
}

/** Voronoi cells of seeded points (dense near the centre), each clipped to the county. */
function cellsOf(county: MultiPolygon, count: number, random: () => number, centre: [number, number]): MultiPolygon[] {
  const box = boxOf(county.flat());
  const [cx, cy] = centre[0] > box[0] && centre[0] < box[2] && centre[1] > box[1] && centre[1] < box[3]
    ? centre : [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  // Voronoi in a locally equal-distance plane, so cells are round rather than stretched north–south.
  const xScale = Math.cos((cy * Math.PI) / 180);
  const spread = (box[3] - box[1]) / 6;
  const points: [number, number][] = [];
  for (let attempt = 0; points.length < count && attempt < count * 200; attempt++) {
    const dense = random() < 0.55;
    const x = dense ? cx + (normal(random) * spread) / xScale : box[0] + random() * (box[2] - box[0]);
    const y = dense ? cy + normal(random) * spread : box[1] + random() * (box[3] - box[1]);
    if (contains(county, x, y)) points.push([x * xScale, y]);
  }
  const voronoi = Delaunay.from(points).voronoi([box[0] * xScale, box[1], box[2] * xScale, box[3]]);
  const countyParts = county.map((polygon) => ({ polygon, box: boxOf(polygon) }));
  const cells: MultiPolygon[] = [];
  points.forEach((_, index) => {
    const planar = voronoi.cellPolygon(index);
    if (!planar) return;
    const ring: Ring = planar.map(([x, y]) => [x / xScale, y]);
    const cellBox = boxOf([ring]);
    const inside = ring.every(([x, y]) => contains(county, x, y));
    // Clip only the cells that reach outside, and only against the parts of the county they touch.
    const clipped = inside
      ? [[ring]]
      : polygonClipping.intersection([ring], countyParts.filter((part) => overlaps(part.box, cellBox)).map((part) => part.polygon));
    if (clipped.length > 0) cells.push(clipped.map(rewindForD3));
  });
  return cells;
}

/** Writes `catalog.json`, `geo/cells.topo.json` and one indicator file under `options.outDir`. */
export function writeTessellation(options: TessellationOptions): Tessellation {
  const random = seededRandom(options.seed ?? 7);
  const county = readCounty(options.countyTopology, options.countyObject);
  const cells = cellsOf(county, options.cells, random, options.denseCentre ?? [18.07, 59.33]);
  const codes = cells.map((_, index) => `C${String(index + 1).padStart(4, '0')}`);
  const features: GeoJSON.Feature<GeoJSON.MultiPolygon>[] = cells.map((coordinates, index) => ({
    type: 'Feature',
    properties: { code: codes[index], name: `Ruta ${index + 1}` },
    geometry: { type: 'MultiPolygon', coordinates },
  }));
  const centroids = features.map((f) => geoCentroid(f));
  const west = Math.min(...centroids.map(([lon]) => lon));
  const east = Math.max(...centroids.map(([lon]) => lon));
  const areasKm2 = features.map((f) => geoArea(f) * EARTH_RADIUS_KM ** 2).sort((a, b) => a - b);
  const cellCollection: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features };
  const topo = topology({ cells: cellCollection }, 1e5);
  const topologyText = JSON.stringify(topo);
  mkdirSync(join(options.outDir, 'geo'), { recursive: true });
  mkdirSync(join(options.outDir, 'indicators'), { recursive: true });
  writeFileSync(join(options.outDir, 'geo', 'cells.topo.json'), topologyText);

  const text = (sv: string, en: string) => ({ sv, en });
  const unit = { kind: 'percent' as const, symbol: text('%', '%'), label: text('Andel (%)', 'Share (%)'), decimals: 1 };
  const catalog: Catalog = {
    schemaVersion: 1,
    title: text('Benchmark: fina rutor (simulerade)', 'Benchmark: fine cells (simulated)'),
    updated: '2026-01-01',
    themes: [{ id: 'bench', title: text('Benchmark', 'Benchmark') }],
    levels: [
      { id: 'county', title: text('Län', 'County'), division: 'lan-1968' },
      {
        id: LEVEL,
        title: text('Ruta', 'Cell'),
        division: 'bench-cells',
        parent: 'county',
        geometry: { file: 'geo/cells.topo.json', object: 'cells', codeProperty: 'code', nameProperty: 'name' },
      },
    ],
    breakdowns: [],
    areas: [
      { code: '01', name: 'Stockholms län', level: 'county' },
      ...codes.map((code, index) => ({ code, name: `Ruta ${index + 1}`, level: LEVEL, parent: '01' })),
    ],
    indicators: [
      {
        id: INDICATOR,
        title: text('Simulerad andel (benchmark)', 'Simulated share (benchmark)'),
        theme: 'bench',
        simulated: true,
        file: `indicators/${INDICATOR}.json`,
        unit,
        polarity: 'higher-is-worse',
        levels: [LEVEL, 'county'],
        periods: PERIODS,
        breakdowns: [],
      },
    ],
  };
  const columns: IndicatorFile['values'] = {
    level: [], area: [], period: [], breakdown: [], category: [], value: [], ciLow: [], ciHigh: [], n: [], status: [],
  };
  const push = (level: string, area: string, period: string, value: number, n: number) => {
    const margin = 1.96 * Math.sqrt((value / 100) * (1 - value / 100) / n) * 100;
    columns.level.push(level);
    columns.area.push(area);
    columns.period.push(period);
    columns.breakdown.push('total');
    columns.category.push('total');
    columns.value.push(Math.round(value * 10) / 10);
    columns.ciLow.push(Math.round(Math.max(0, value - margin) * 10) / 10);
    columns.ciHigh.push(Math.round(Math.min(100, value + margin) * 10) / 10);
    columns.n.push(n);
    columns.status.push('ok');
  };
  PERIODS.forEach((period, p) => {
    push('county', '01', period, 15 - p, 20000);
    codes.forEach((code, index) => {
      // A west–east gradient plus noise: neighbouring cells look related, as real ones do.
      const x = (centroids[index]![0] - west) / (east - west || 1);
      push(LEVEL, code, period, 8 + 10 * x + 4 * random() - p, 150 + Math.floor(random() * 300));
    });
  });
  const indicator: IndicatorFile = {
    schemaVersion: 1,
    id: INDICATOR,
    title: catalog.indicators[0]!.title,
    description: text('Simulerade värden för prestandamätning.', 'Simulated values for the performance benchmark.'),
    method: text('Slumpade värden; inga verkliga data.', 'Random values; no real data.'),
    theme: 'bench',
    unit,
    polarity: 'higher-is-worse',
    source: { name: text('Kollens benchmark', 'Kollen benchmark'), publisher: 'Kollen', licence: 'CC0 1.0' },
    simulated: true,
    levels: [LEVEL, 'county'],
    periods: PERIODS,
    breakdowns: [],
    references: [{ level: 'county', code: '01' }],
    values: columns,
  };
  // The generated root must pass the same checks as published data, or the benchmark measures an error view.
  validateCatalog(catalog, 'catalog.json');
  validateIndicator(indicator, `indicators/${INDICATOR}.json`);
  writeFileSync(join(options.outDir, 'catalog.json'), JSON.stringify(catalog));
  writeFileSync(join(options.outDir, 'indicators', `${INDICATOR}.json`), JSON.stringify(indicator));
  return {
    cells: cells.length,
    periods: PERIODS,
    level: LEVEL,
    indicator: INDICATOR,
    medianKm2: areasKm2[Math.floor(areasKm2.length / 2)]!,
    minKm2: areasKm2[0]!,
    maxKm2: areasKm2[areasKm2.length - 1]!,
    topologyBytes: Buffer.byteLength(topologyText),
  };
}
