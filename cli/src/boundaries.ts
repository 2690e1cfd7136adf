/**
 * Boundaries → one TopoJSON with one object per level, ready for the web.
 *
 * Reads GeoJSON in WGS84 longitude/latitude (projected coordinates are refused with a clear
 * message: Kollen's maps project on the sphere) or a Shapefile, reprojected from the coordinate
 * system its `.prj` names (`shapefile.ts`), rewinds rings the way d3-geo wants
 * (`toD3Winding`), builds one topology so borders shared between levels are stored once, merges
 * finer areas into coarser ones where a level says `dissolve`, and simplifies with the data
 * build's own `webReady` (Visvalingam on the sphere, small islands dropped, quantised) until the
 * file fits the stated size.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import polygonClipping, { type MultiPolygon as PcMultiPolygon } from 'polygon-clipping';
import { topology as buildTopology } from 'topojson-server';
import type { GeometryCollection } from 'topojson-specification';
import type { AreaProperties } from '../../data/scripts/geo/stockholm.js';
import { pruneArcs, webReady } from '../../data/scripts/geo/stockholm.js';
import { polygonFeature, polygonsOf, toD3Winding, type MultiRings, type Topo } from '../../data/scripts/geo/topology-tools.js';
import { json } from '../../data/scripts/lib/output.js';
import { SourceDir, SourceError } from '../../data/scripts/lib/sources.js';
import { readShapefile } from './shapefile.js';
import type { AreaListConfig, BoundaryOptions, DissolvedGeometry, FileGeometry, LevelConfig } from './config.js';

/** Name and parent of an area from the config's area lists. */
type AreaInfo = { name: string; parent?: string };

/** Area lists by level, then code. */
export type AreaLists = Map<string, Map<string, AreaInfo>>;

/** Reads the config's area lists (CSV with named columns); a code listed twice must agree. */
export function readAreaLists(lists: readonly AreaListConfig[]): AreaLists {
  const byLevel: AreaLists = new Map();
  for (const list of lists) {
    const source = new SourceDir(dirname(list.file));
    const columns = [list.code, list.name, ...(list.parent ? [list.parent] : [])];
    const known = byLevel.get(list.level) ?? new Map<string, AreaInfo>();
    byLevel.set(list.level, known);
    for (const row of source.csv(basename(list.file), columns)) {
      const code = row.text(list.code);
      const info: AreaInfo = { name: row.text(list.name), ...(list.parent ? { parent: row.text(list.parent) } : {}) };
      const before = known.get(code);
      if (before && (before.name !== info.name || before.parent !== info.parent)) row.fail(`area ${code} of level "${list.level}" is listed before with another name or parent`);
      known.set(code, info);
    }
  }
  return byLevel;
}

const display = (file: string) => relative(process.cwd(), file) || file;

/** Refuses coordinates that are not longitude/latitude, naming the first one found. */
function checkLonLat(file: string, index: number, polygons: Position[][][]): void {
  for (const ring of polygons.flat()) {
    for (const [x, y] of ring) {
      if (!(Number.isFinite(x) && Number.isFinite(y) && Math.abs(x!) <= 180 && Math.abs(y!) <= 90)) {
        throw new SourceError(
          display(file),
          null,
          `feature ${index} has the coordinate [${x}, ${y}], which is not WGS84 longitude/latitude. The file looks projected (for example SWEREF 99 TM, EPSG:3006). Reproject it to WGS84 first, e.g. \`npx mapshaper ${basename(file)} -proj wgs84 -o wgs84.geojson\`, or with GDAL: \`ogr2ogr -t_srs EPSG:4326 wgs84.geojson ${basename(file)}\`.`,
        );
      }
    }
  }
}

/** A level's boundary file as GeoJSON: a `.shp` through `readShapefile`, anything else parsed as GeoJSON. */
async function readFeatureCollection(file: string): Promise<FeatureCollection> {
  if (/\.shp$/i.test(file)) return readShapefile(file);
  let data: FeatureCollection;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
  } catch (error) {
    throw new SourceError(display(file), null, `not readable GeoJSON (${(error as Error).message})`);
  }
  if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features)) throw new SourceError(display(file), null, 'expected a GeoJSON FeatureCollection');
  const crs = (data as { crs?: { properties?: { name?: string } } }).crs?.properties?.name;
  if (crs !== undefined && !/CRS84|EPSG:+4326$/i.test(crs)) {
    throw new SourceError(display(file), null, `the file declares the coordinate system ${crs}; Kollen needs WGS84 longitude/latitude. Reproject it first (e.g. \`npx mapshaper ${basename(file)} -proj wgs84 -o wgs84.geojson\`).`);
  }
  return data;
}

function readLevelFeatures(level: LevelConfig, geometry: FileGeometry, lists: AreaLists, data: FeatureCollection): Feature<Polygon | MultiPolygon, AreaProperties>[] {
  const file = geometry.file;
  const listed = lists.get(level.id);
  const seen = new Set<string>();
  return data.features.map((feature, i) => {
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const rawCode = properties[geometry.code];
    if ((typeof rawCode !== 'string' && typeof rawCode !== 'number') || String(rawCode) === '') {
      throw new SourceError(display(file), null, `feature ${i} has no code in property "${geometry.code}"`);
    }
    const code = String(rawCode);
    if (seen.has(code)) throw new SourceError(display(file), null, `feature ${i}: area code ${code} is used by an earlier feature`);
    seen.add(code);
    const type = feature.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') throw new SourceError(display(file), null, `feature ${i} (${code}) is a ${type ?? 'missing geometry'}, expected Polygon or MultiPolygon`);
    const polygons = polygonsOf(feature.geometry as Polygon | MultiPolygon);
    checkLonLat(file, i, polygons);
    const named = geometry.name ? properties[geometry.name] : undefined;
    const parentSource = geometry.parent;
    const parent =
      parentSource === undefined
        ? listed?.get(code)?.parent
        : 'property' in parentSource
          ? String(properties[parentSource.property] ?? '')
          : code.slice(0, parentSource.codePrefix);
    const name = typeof named === 'string' && named !== '' ? named : (listed?.get(code)?.name ?? code);
    return polygonFeature(toD3Winding(polygons), { code, name, ...(parent ? { parent } : {}) });
  });
}

const KM_PER_DEGREE = 111.32;

/**
 * Area (km²) and compactness (4πA/P²: 1 for a circle, near 0 for a sliver) of a ring, planar in
 * km with longitudes scaled by the cosine of the latitude (ample for thresholds).
 */
function ringShape(ring: readonly Position[]): { km2: number; compactness: number } {
  const scale = Math.cos(((ring.reduce((sum, p) => sum + p[1]!, 0) / ring.length) * Math.PI) / 180);
  let twice = 0;
  let perimeter = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = [ring[j]![0]! * scale * KM_PER_DEGREE, ring[j]![1]! * KM_PER_DEGREE];
    const [x1, y1] = [ring[i]![0]! * scale * KM_PER_DEGREE, ring[i]![1]! * KM_PER_DEGREE];
    twice += (x0 - x1) * (y0 + y1);
    perimeter += Math.hypot(x1 - x0, y1 - y0);
  }
  const km2 = Math.abs(twice) / 2;
  return { km2, compactness: perimeter > 0 ? (4 * Math.PI * km2) / perimeter ** 2 : 0 };
}

/** Holes less compact than this are slivers along a border, however long. */
const SLIVER_COMPACTNESS = 0.05;

/**
 * Whether a hole of a merged area is a sliver to fill: smaller than `minKm2`, or so thin that it
 * can only be a gap along a border. Neighbouring source polygons rarely meet exactly (each was
 * digitised or simplified on its own), so their union has such holes; real holes (lakes,
 * enclaves) are larger and rounder, and stay.
 */
function isSliver(ring: readonly Position[], minKm2: number): boolean {
  const shape = ringShape(ring);
  return shape.km2 < minKm2 || shape.compactness < SLIVER_COMPACTNESS;
}

/**
 * Spherical area (steradians) of each polygon's outer ring of a Polygon or MultiPolygon. d3-geo
 * takes a ring's inside to be on its right: a ring folded over by simplification covers the rest
 * of the globe (area near 4π).
 */
function outerRingAreas(topology: Topo, geometry: { type: string; arcs?: unknown }): number[] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs) as number[][][];
  return polygons.map((rings) => geoArea(feature(topology as never, { type: 'Polygon', arcs: [rings[0]!] } as never) as never));
}

/** Outer rings above this area (a hemisphere) are inside out. */
const HEMISPHERE = 2 * Math.PI;

/**
 * Drops polygon parts that simplification and quantisation collapsed (no area left) or folded
 * inside out (a sliver a few metres wide whose ring now runs the other way): the first draws
 * nothing, the second would cover the whole map.
 */
function dropCollapsedParts(topology: Topo): Topo {
  for (const object of Object.values(topology.objects)) {
    for (const geometry of (object as GeometryCollection).geometries) {
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
      const areas = outerRingAreas(topology, geometry);
      const keep = (area: number) => area > 0 && area < HEMISPHERE;
      if (geometry.type === 'MultiPolygon') {
        const parts = geometry.arcs.filter((_, i) => keep(areas[i]!));
        if (parts.length > 0) geometry.arcs = parts;
      }
    }
  }
  return pruneArcs(topology);
}

/** The features of every level with geometry, before simplification. */
export interface Boundaries {
  collections: Record<string, FeatureCollection<Polygon | MultiPolygon, AreaProperties>>;
  /** Areas of each level with geometry, in the order of the geometry. */
  areas: Map<string, AreaProperties[]>;
}

/** Size of a topology as published (compact JSON). */
const kilobytes = (topology: Topo) => Buffer.byteLength(json(topology)) / 1024;

function simplified(built: Topo, options: BoundaryOptions): Topo {
  const run = (keep: number) =>
    webReady(structuredClone(built), { keep, quantization: options.quantization ?? 1e4, ...(options.minIslandKm2 !== undefined ? { minIslandKm2: options.minIslandKm2 } : {}) });
  if (options.maxKilobytes === undefined) return run(options.keep ?? 0.3);
  // The largest share of vertices that fits: size grows with `keep`, so bisect.
  let low = 0.001;
  let high = Math.min(1, options.keep ?? 1);
  let best = run(low);
  if (kilobytes(best) > options.maxKilobytes) {
    throw new SourceError('boundaries', null, `even with 0.1 % of the vertices the TopoJSON is ${Math.ceil(kilobytes(best))} KB, above maxKilobytes ${options.maxKilobytes}; raise it or lower the quantization`);
  }
  // Eight halvings find the share to within 0.4 % of the range: ample for a size budget.
  for (let step = 0; step < 8; step++) {
    const keep = (low + high) / 2;
    const candidate = run(keep);
    if (kilobytes(candidate) <= options.maxKilobytes) {
      best = candidate;
      low = keep;
    } else {
      high = keep;
    }
  }
  const all = run(high);
  return kilobytes(all) <= options.maxKilobytes ? all : best;
}

/** Builds the geometry of every level that has some. */
export async function readBoundaries(levels: readonly LevelConfig[], lists: AreaLists, options: BoundaryOptions): Promise<Boundaries | null> {
  const fromFiles = levels.filter((l) => l.geometry && 'file' in l.geometry);
  if (fromFiles.length === 0) return null;
  const collections: Boundaries['collections'] = {};
  for (const level of fromFiles) {
    const geometry = level.geometry as FileGeometry;
    collections[level.id] = { type: 'FeatureCollection', features: readLevelFeatures(level, geometry, lists, await readFeatureCollection(geometry.file)) };
  }
  const pending = levels.filter((l) => l.geometry && 'dissolve' in l.geometry);
  while (pending.length > 0) {
    const index = pending.findIndex((l) => collections[(l.geometry as DissolvedGeometry).dissolve]);
    if (index < 0) throw new SourceError('config', null, `levels ${pending.map((l) => l.id).join(', ')} dissolve levels that have no geometry`);
    const level = pending.splice(index, 1)[0]!;
    collections[level.id] = dissolve(level, collections[(level.geometry as DissolvedGeometry).dissolve]!.features, lists, options.minHoleKm2 ?? 0.05);
  }
  const areas = new Map(Object.entries(collections).map(([id, collection]) => [id, collection.features.map((f) => f.properties)]));
  return { collections, areas };
}

/**
 * One topology for all levels, simplified for the web: a border two levels share (a
 * municipality's edge and its DeSO areas' edges) is one arc, simplified once, so the levels stay
 * in register.
 */
export function webTopology(boundaries: Boundaries, options: BoundaryOptions): Topo {
  const built = buildTopology(boundaries.collections) as unknown as Topo;
  return dropCollapsedParts(simplified(built, options));
}

/**
 * A coarser level as the union (polygon-clipping) of the finer areas that name it as parent.
 * Union rather than TopoJSON's `mergeArcs`, because real boundary files seldom tile exactly:
 * neighbours overlap or leave slivers, which arc merging turns into stray rings.
 */
function dissolve(
  level: LevelConfig,
  finer: readonly Feature<Polygon | MultiPolygon, AreaProperties>[],
  lists: AreaLists,
  minHoleKm2: number,
): FeatureCollection<Polygon | MultiPolygon, AreaProperties> {
  const groups = new Map<string, MultiRings[]>();
  for (const f of finer) {
    const { code, parent } = f.properties;
    if (!parent) throw new SourceError('config', null, `level "${level.id}" dissolves areas without a parent code (${code}); give the finer level a geometry.parent`);
    groups.set(parent, [...(groups.get(parent) ?? []), polygonsOf(f.geometry)]);
  }
  const listed = lists.get(level.id);
  const features = [...groups.keys()].sort().map((code) => {
    const [first, ...rest] = groups.get(code)! as PcMultiPolygon[];
    const union = polygonClipping.union(first!, ...rest) as MultiRings;
    const filled = union.map(([outer, ...holes]) => [outer!, ...holes.filter((hole) => !isSliver(hole, minHoleKm2))]);
    const info = listed?.get(code);
    return polygonFeature(toD3Winding(filled), { code, name: info?.name ?? code, ...(info?.parent ? { parent: info.parent } : {}) });
  });
  return { type: 'FeatureCollection', features };
}
