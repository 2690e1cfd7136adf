/**
 * TopoJSON geometry, validated rather than trusted. topojson-client and d3-geo draw whatever they
 * are given: an arc index past the end becomes a `TypeError`, a garbage `transform` or a missing one
 * on quantized arcs turns every point into `NaN` or into a point far off the globe (a map of `NaN`
 * paths reported as ready), and rings whose arcs do not meet come out as a tangle of lines. Here
 * each of those ends in a `KollenDataError` naming the file and JSON path instead.
 *
 * It runs on the map's hot path, so it is one pass over the arcs per topology (remembered), and one
 * pass over a level's arc indexes: 1–2 ms for the 290 municipalities of Sweden, a fraction of one
 * for Stockholm (`topology-check.test.ts` measures it).
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { KollenDataError, preview, type DataIssue } from '../schema/errors.js';

/** More problems than this in one file are not worth listing (nor the time to find them). */
const MAX_ISSUES = 10;

/**
 * Widest extent, in degrees either way, of a file of areas. Kollen maps Swedish areas (all of
 * Sweden spans about 13° × 14°); a file several times wider holds a stray point, a wrong
 * transform or another projection, and would draw its real areas as specks in a corner.
 */
export const MAX_EXTENT_DEGREES = 45;

/** More positions than any arc has (2^20): arc and position index packed into one number. */
const POSITIONS = 2 ** 20;

/** Where each arc starts and ends, in the file's own units (quantized or degrees): 4 numbers an arc. */
export type ArcEnds = Float64Array;

/** True for a finite number. */
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The `transform` of a quantized topology, checked: two positive scales and two offsets. */
function checkedTransform(topology: Topology, issues: DataIssue[]): { scale: [number, number]; translate: [number, number] } | undefined {
  const transform = (topology as { transform?: unknown }).transform;
  if (transform === undefined) return undefined;
  const { scale, translate } = (transform ?? {}) as { scale?: unknown; translate?: unknown };
  const pair = (value: unknown, positive: boolean) =>
    Array.isArray(value) && value.length === 2 && value.every((n) => finite(n) && (!positive || n > 0));
  if (!transform || typeof transform !== 'object') issues.push({ path: '$.transform', expected: 'an object with scale and translate', found: preview(transform) });
  else if (!pair(scale, true)) issues.push({ path: '$.transform.scale', expected: 'two positive finite numbers', found: preview(scale) });
  else if (!pair(translate, false)) issues.push({ path: '$.transform.translate', expected: 'two finite numbers', found: preview(translate) });
  else return { scale: scale as [number, number], translate: translate as [number, number] };
  return undefined;
}

/**
 * Checks every arc of the topology in one pass: at least two positions of finite numbers each, and,
 * decoded with the `transform`, longitude and latitude on the globe within a plausible extent.
 * Returns the arcs' end points for the ring checks; throws a `KollenDataError` listing the problems.
 */
export function checkArcs(topology: Topology, file: string): ArcEnds {
  const issues: DataIssue[] = [];
  const transform = checkedTransform(topology, issues);
  if (issues.length > 0) throw new KollenDataError('invalid', file, issues);
  const quantized = (topology as { transform?: unknown }).transform !== undefined;
  const arcs = topology.arcs as unknown;
  if (!Array.isArray(arcs)) throw new KollenDataError('invalid', file, [{ path: '$.arcs', expected: 'an array of arcs', found: preview(arcs) }]);
  const ends = new Float64Array(arcs.length * 4);
  // The extent in the file's units, and where its west, east, south and north ends are (to name them).
  // Plain numbers, not arrays: this loop runs for every point of the map, before its first paint.
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  let westAt = 0;
  let eastAt = 0;
  let southAt = 0;
  let northAt = 0;
  for (let i = 0; i < arcs.length && issues.length < MAX_ISSUES; i++) {
    const arc = arcs[i] as unknown;
    if (!Array.isArray(arc) || arc.length < 2) {
      issues.push({ path: `$.arcs[${i}]`, expected: 'an arc of at least two positions', found: preview(arc) });
      continue;
    }
    let x = 0;
    let y = 0;
    for (let j = 0; j < arc.length; j++) {
      const position = arc[j] as unknown;
      const px = Array.isArray(position) ? (position[0] as unknown) : undefined;
      const py = Array.isArray(position) ? (position[1] as unknown) : undefined;
      // `n - n === 0` is false for NaN and ±Infinity: a finite check without a call per point.
      if (typeof px !== 'number' || typeof py !== 'number' || px - px !== 0 || py - py !== 0) {
        issues.push({ path: `$.arcs[${i}][${j}]`, expected: 'a position of two finite numbers', found: positionPreview(position) });
        break;
      }
      // Quantized arcs hold deltas from the previous position; the first is absolute.
      x = quantized ? x + px : px;
      y = quantized ? y + py : py;
      // Where an end of the extent lies, as one number: arc index × 2^20 + position index.
      if (x < west) {
        west = x;
        westAt = i * POSITIONS + j;
      }
      if (x > east) {
        east = x;
        eastAt = i * POSITIONS + j;
      }
      if (y < south) {
        south = y;
        southAt = i * POSITIONS + j;
      }
      if (y > north) {
        north = y;
        northAt = i * POSITIONS + j;
      }
    }
    ends[4 * i] = (arc[0] as number[])[0]!;
    ends[4 * i + 1] = (arc[0] as number[])[1]!;
    ends[4 * i + 2] = x;
    ends[4 * i + 3] = y;
  }
  if (issues.length === 0 && arcs.length > 0) {
    const extremes = [westAt, eastAt, southAt, northAt].map((at): [number, number] => [Math.floor(at / POSITIONS), at % POSITIONS]);
    issues.push(...extentIssues([west, east, south, north], extremes, arcs, transform));
  }
  if (issues.length > 0) throw new KollenDataError('invalid', file, issues);
  return ends;
}

/** A point off the globe, or an extent no map of Swedish areas has, named by the arcs at its ends. */
function extentIssues(
  extent: [number, number, number, number],
  extremes: [number, number][],
  arcs: unknown[],
  transform: { scale: [number, number]; translate: [number, number] } | undefined,
): DataIssue[] {
  const [kx, ky] = transform?.scale ?? [1, 1];
  const [dx, dy] = transform?.translate ?? [0, 0];
  const degrees = [extent[0] * kx + dx, extent[1] * kx + dx, extent[2] * ky + dy, extent[3] * ky + dy];
  const at = (side: number) => `$.arcs[${extremes[side]![0]}][${extremes[side]![1]}]`;
  for (let side = 0; side < 4; side++) {
    const value = degrees[side]!;
    const longitude = side < 2;
    if (longitude ? value >= -180 && value <= 180 : value >= -90 && value <= 90) continue;
    const [i, j] = extremes[side]!;
    const expected = transform
      ? 'a point on the globe once decoded with $.transform (longitude -180…180, latitude -90…90)'
      : 'longitude -180…180 and latitude -90…90 in degrees (quantized arcs need a $.transform)';
    return [{ path: at(side), expected, found: `${longitude ? 'longitude' : 'latitude'} ${round(value)} (${preview((arcs[i] as unknown[])[j])})` }];
  }
  const [west, east, south, north] = degrees as [number, number, number, number];
  if (east - west <= MAX_EXTENT_DEGREES && north - south <= MAX_EXTENT_DEGREES) return [];
  return [{
    path: '$.arcs',
    expected: `areas within ${MAX_EXTENT_DEGREES}° × ${MAX_EXTENT_DEGREES}° (Sweden spans about 13° × 14°)`,
    found: `longitude ${round(west)} (${at(0)}) to ${round(east)} (${at(1)}), latitude ${round(south)} (${at(2)}) to ${round(north)} (${at(3)})`,
  }];
}

/** A position for messages; `1e999` in a file is Infinity, which JSON (and so `preview`) would show as null. */
function positionPreview(position: unknown): string {
  const nonFinite = Array.isArray(position) && position.some((n) => typeof n === 'number' && !Number.isFinite(n));
  return nonFinite ? `array [${(position as unknown[]).map((n) => (typeof n === 'number' ? String(n) : JSON.stringify(n))).join(',')}]` : preview(position);
}

const round = (n: number) => (Math.abs(n) >= 1e6 ? n.toExponential(2) : String(Math.round(n * 1000) / 1000));

/**
 * Checks the rings of a level's polygons: each polygon has rings, each ring arc indexes within
 * `$.arcs`, and its arcs meet end to start and close. Throws a `KollenDataError` with the paths.
 */
export function checkLevelRings(object: GeometryCollection, objectName: string, arcCount: number, ends: ArcEnds, file: string): void {
  const issues: DataIssue[] = [];
  const start = (i: number) => (i < 0 ? 4 * ~i + 2 : 4 * i);
  const end = (i: number) => (i < 0 ? 4 * ~i : 4 * i + 2);
  const meet = (a: number, b: number) => ends[a] === ends[b] && ends[a + 1] === ends[b + 1];
  const checkRing = (ring: unknown, path: string) => {
    if (!Array.isArray(ring) || ring.length === 0) {
      issues.push({ path, expected: 'a ring of at least one arc index', found: preview(ring) });
      return;
    }
    for (let k = 0; k < ring.length; k++) {
      const i = ring[k] as unknown;
      if (typeof i !== 'number' || !Number.isInteger(i) || i >= arcCount || ~i >= arcCount) {
        issues.push({ path: `${path}[${k}]`, expected: `an arc index within $.arcs (${arcCount} arcs; ~i for reversed)`, found: preview(i) });
        return;
      }
    }
    for (let k = 0; k < ring.length; k++) {
      const next = ring[(k + 1) % ring.length] as number;
      if (!meet(end(ring[k] as number), start(next))) {
        const what = k === ring.length - 1 ? 'a closed ring (its last arc ends where its first starts)' : `arc ${next} to start where arc ${ring[k]} ends`;
        issues.push({ path: `${path}[${(k + 1) % ring.length}]`, expected: what, found: 'a gap' });
        return;
      }
    }
  };
  const checkPolygon = (rings: unknown, path: string) => {
    if (!Array.isArray(rings) || rings.length === 0) issues.push({ path, expected: 'a polygon of at least one ring', found: preview(rings) });
    else for (let r = 0; r < rings.length && issues.length < MAX_ISSUES; r++) checkRing(rings[r], `${path}[${r}]`);
  };
  object.geometries.forEach((geometry, g) => {
    if (issues.length >= MAX_ISSUES) return;
    if (!geometry || typeof geometry !== 'object') {
      issues.push({ path: `$.objects.${objectName}.geometries[${g}]`, expected: 'a geometry object', found: preview(geometry) });
      return;
    }
    const path = `$.objects.${objectName}.geometries[${g}].arcs`;
    const arcs = (geometry as { arcs?: unknown }).arcs;
    if (geometry.type === 'Polygon') checkPolygon(arcs, path);
    else if (geometry.type === 'MultiPolygon') {
      if (!Array.isArray(arcs) || arcs.length === 0) issues.push({ path, expected: 'a multipolygon of at least one polygon', found: preview(arcs) });
      else arcs.forEach((polygon, p) => checkPolygon(polygon, `${path}[${p}]`));
    }
  });
  if (issues.length > 0) throw new KollenDataError('invalid', file, issues.slice(0, MAX_ISSUES));
}
