/**
 * TopoJSON → GeoJSON features of one area level, checked and ready for d3-geo.
 *
 * Things that go wrong with real boundary files are handled here rather than in every map:
 * a level object that is not a collection of polygons with codes, or whose arcs and rings are
 * broken (`topology-check.ts`), ends in a precise `KollenDataError`; rings wound the RFC 7946 way
 * (counter-clockwise), which d3-geo reads as "the whole globe except this area" and which would
 * make the fitted map one flat colour, are rewound.
 */
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { KollenDataError, preview } from '../schema/errors.js';
import type { Area, GeometryRef } from '../schema/types.js';
import { borderMesh } from './mesh.js';
import { checkArcs, checkLevelRings, type ArcEnds } from './topology-check.js';

/** One area of a level with its geometry. */
export interface AreaFeature {
  code: string;
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
}

function levelObject(topology: Topology, ref: GeometryRef, file: string): GeometryCollection {
  const object = topology.objects[ref.object];
  if (!object || object.type !== 'GeometryCollection' || !Array.isArray((object as GeometryCollection).geometries)) {
    throw new KollenDataError('invalid', file, [
      { path: `$.objects.${ref.object}.type`, expected: '"GeometryCollection" of the level\'s areas', found: preview(object?.type) },
    ]);
  }
  return object as GeometryCollection;
}

function reverseRings(rings: Position[][]): Position[][] {
  return rings.map((ring) => [...ring].reverse());
}

/** Largest extent, in degrees, for which an area's winding is read in longitude/latitude directly. */
const PLANAR_WINDING_MAX_DEGREES = 10;

/**
 * True when every outer ring is clockwise in longitude/latitude and no polygon spans more than a
 * few degrees: then the area is small on the sphere, wound as d3-geo expects, and the spherical
 * area need not be computed (the usual case, checked without trigonometry before the first paint).
 */
function clearlyClockwise(geometry: Polygon | MultiPolygon): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    const ring = polygon[0];
    if (!ring) return false;
    let twiceArea = 0;
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (let i = 0; i < ring.length; i++) {
      const x = ring[i]![0]!;
      const y = ring[i]![1]!;
      if (i > 0) twiceArea += ring[i - 1]![0]! * y - x * ring[i - 1]![1]!;
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
    // A ring of zero area (an islet quantized to a line) counts for nothing either way, on the sphere too.
    if (twiceArea > 0 || east - west > PLANAR_WINDING_MAX_DEGREES || north - south > PLANAR_WINDING_MAX_DEGREES) return false;
  }
  return polygons.length > 0;
}

/** Returns the feature wound the way d3-geo expects (exterior rings clockwise), fixing it if needed. */
export function rewindForD3<F extends Feature<Polygon | MultiPolygon>>(area: F): F {
  if (clearlyClockwise(area.geometry)) return area;
  // A correctly wound area is tiny on the sphere; anything over a hemisphere is inside out.
  if (geoArea(area) <= 2 * Math.PI) return area;
  const geometry = area.geometry;
  const rewound: Polygon | MultiPolygon =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: reverseRings(geometry.coordinates) }
      : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(reverseRings) };
  return { ...area, geometry: rewound };
}

/**
 * The areas of a level: one feature per geometry with a code, named from the catalogue when it
 * knows the area (names there are the edited ones), else from the geometry. Throws a
 * `KollenDataError` naming the JSON path when the object or a code is missing.
 */
export function levelFeatures(topology: Topology, ref: GeometryRef, file: string, areas: readonly Area[] = []): AreaFeature[] {
  const names = new Map(areas.map((area) => [area.code, area.name]));
  return convertedFeatures(topology, ref, file).map(({ code, geometryName, feature }) => ({
    code,
    name: names.get(code) ?? geometryName ?? code,
    feature,
  }));
}

/** A level's geometries converted to GeoJSON, before naming. */
interface ConvertedFeature {
  code: string;
  geometryName: string | undefined;
  feature: Feature<Polygon | MultiPolygon>;
}

const converted = new WeakMap<Topology, Map<string, ConvertedFeature[]>>();
/** Each topology's checked arcs (or what was wrong with them): one pass per file, not per map. */
const checkedArcs = new WeakMap<Topology, ArcEnds | KollenDataError>();

function arcEndsOf(topology: Topology, file: string): ArcEnds {
  let known = checkedArcs.get(topology);
  if (!known) {
    try {
      known = checkArcs(topology, file);
    } catch (error) {
      if (!(error instanceof KollenDataError)) throw error;
      known = error;
    }
    checkedArcs.set(topology, known);
  }
  if (known instanceof KollenDataError) throw known;
  return known;
}

/**
 * Converts a level's object once per topology (several maps of one level on a page, or a map
 * loading again, share the features); the features are never modified, so sharing them is safe.
 */
function convertedFeatures(topology: Topology, ref: GeometryRef, file: string): ConvertedFeature[] {
  const key = `${ref.object}\u0000${ref.codeProperty}\u0000${ref.nameProperty}`;
  let byObject = converted.get(topology);
  const known = byObject?.get(key);
  if (known) return known;
  const object = levelObject(topology, ref, file);
  checkLevelRings(object, ref.object, topology.arcs.length, arcEndsOf(topology, file), file);
  const result: ConvertedFeature[] = [];
  object.geometries.forEach((geometry: GeometryObject, i) => {
    const properties = (geometry.properties ?? {}) as Record<string, unknown>;
    const code = properties[ref.codeProperty];
    if (typeof code !== 'string' && typeof code !== 'number') {
      throw new KollenDataError('invalid', file, [
        { path: `$.objects.${ref.object}.geometries[${i}].properties.${ref.codeProperty}`, expected: 'an area code', found: preview(code) },
      ]);
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return;
    const geo = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
    const fallbackName = properties[ref.nameProperty];
    result.push({ code: String(code), geometryName: typeof fallbackName === 'string' ? fallbackName : undefined, feature: rewindForD3(geo) });
  });
  if (!byObject) converted.set(topology, (byObject = new Map()));
  byObject.set(key, result);
  return result;
}

/** Keeps the areas whose catalogue `parent` is `parentCode` (all of them when it is empty). */
export function areasWithin(features: readonly AreaFeature[], areas: readonly Area[], level: string, parentCode: string): AreaFeature[] {
  if (!parentCode) return [...features];
  const inside = new Set(areas.filter((area) => area.level === level && area.parent === parentCode).map((area) => area.code));
  return features.filter((area) => inside.has(area.code));
}

/** All boundaries of the given areas as one multi-line (each shared border once). */
export function areaBorders(topology: Topology, ref: GeometryRef, codes: ReadonlySet<string>): MultiLineString {
  const object = topology.objects[ref.object] as GeometryCollection;
  const kept = object.geometries.filter((geometry) => codes.has(String((geometry.properties as Record<string, unknown> | undefined)?.[ref.codeProperty])));
  return borderMesh(topology, kept);
}

/** Wraps features in a collection for fitting. */
export function collectionOf(areas: readonly AreaFeature[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: 'FeatureCollection', features: areas.map((area) => area.feature) };
}
