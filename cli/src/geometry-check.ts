/**
 * Checks a level's TopoJSON before any widget draws it: the object exists, every geometry names its
 * area, arcs are in range, coordinates are finite longitude/latitude. Returns the codes found so
 * the caller can compare them with the catalogue and the indicator values.
 */
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { DataIssue } from '../../src/schema/errors.js';
import { preview } from '../../src/schema/errors.js';
import type { GeometryRef } from '../../src/schema/types.js';

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What a topology holds for one level, and what is wrong with it. */
export interface LevelGeometry {
  codes: Set<string>;
  issues: DataIssue[];
}

/** Checks arcs and transform once per file; returns problems (at most 50). */
export function checkTopology(topology: unknown): DataIssue[] {
  const issues: DataIssue[] = [];
  const fail = (path: string, expected: string, found: unknown) => {
    if (issues.length < 50) issues.push({ path, expected, found: preview(found) });
  };
  if (!isObject(topology) || topology.type !== 'Topology') {
    fail('$.type', '"Topology" (a TopoJSON file)', isObject(topology) ? topology.type : topology);
    return issues;
  }
  if (!isObject(topology.objects)) fail('$.objects', 'an object of named geometry collections', topology.objects);
  if (!Array.isArray(topology.arcs)) {
    fail('$.arcs', 'an array of arcs', topology.arcs);
    return issues;
  }
  let scale = [1, 1];
  let translate = [0, 0];
  const transform = topology.transform;
  if (transform !== undefined) {
    const pair = (value: unknown) => Array.isArray(value) && value.length === 2 && value.every((x) => typeof x === 'number' && Number.isFinite(x));
    if (!isObject(transform) || !pair(transform.scale) || !pair(transform.translate)) {
      fail('$.transform', 'scale and translate as pairs of finite numbers', transform);
      return issues;
    }
    scale = transform.scale as number[];
    translate = transform.translate as number[];
  }
  const quantized = transform !== undefined;
  topology.arcs.forEach((arc: unknown, i: number) => {
    if (!Array.isArray(arc) || arc.length < 2) {
      fail(`$.arcs[${i}]`, 'an arc of two or more positions', arc);
      return;
    }
    let x = 0;
    let y = 0;
    arc.forEach((position: unknown, j: number) => {
      if (!Array.isArray(position) || typeof position[0] !== 'number' || typeof position[1] !== 'number' || !Number.isFinite(position[0]) || !Number.isFinite(position[1])) {
        fail(`$.arcs[${i}][${j}]`, 'a position of two finite numbers', position);
        return;
      }
      x = quantized ? x + position[0] : position[0];
      y = quantized ? y + position[1] : position[1];
      const lon = x * scale[0]! + translate[0]!;
      const lat = y * scale[1]! + translate[1]!;
      if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
        fail(`$.arcs[${i}][${j}]`, 'longitude −180…180 and latitude −90…90 (WGS84)', [lon, lat]);
      }
    });
  });
  return issues;
}

/**
 * Spherical area (steradians) of each polygon's outer ring of a Polygon or MultiPolygon with valid
 * arcs. d3-geo takes a ring's inside to be on its right: a ring wound the other way, or one that
 * simplification folded over, covers the rest of the globe (area near 4π) and floods the map.
 */
export function outerRingAreas(topology: Topology, geometry: { type: string; arcs?: unknown }): number[] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs) as number[][][];
  return polygons.map((rings) => geoArea(feature(topology, { type: 'Polygon', arcs: [rings[0]!] } as never) as never));
}

/** Outer rings above this area (a hemisphere) are inside out. */
export const HEMISPHERE = 2 * Math.PI;

/** Checks the geometries of one level's object and collects their codes. */
export function checkLevelGeometry(topology: unknown, ref: GeometryRef): LevelGeometry {
  const codes = new Set<string>();
  const issues: DataIssue[] = [];
  const fail = (path: string, expected: string, found: unknown) => {
    if (issues.length < 50) issues.push({ path, expected, found: preview(found) });
  };
  const objects = isObject(topology) && isObject(topology.objects) ? topology.objects : {};
  const arcCount = isObject(topology) && Array.isArray(topology.arcs) ? topology.arcs.length : 0;
  const object = objects[ref.object];
  const base = `$.objects.${ref.object}`;
  if (!isObject(object) || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
    fail(base, `a GeometryCollection named "${ref.object}"`, object);
    return { codes, issues };
  }
  const checkArcs = (arcs: unknown, path: string): void => {
    if (typeof arcs === 'number') {
      const index = arcs < 0 ? ~arcs : arcs;
      if (!Number.isInteger(arcs) || index >= arcCount) fail(path, `an arc index below ${arcCount}`, arcs);
    } else if (Array.isArray(arcs)) {
      if (arcs.length === 0) fail(path, 'a non-empty list of arcs', arcs);
      arcs.forEach((a, i) => checkArcs(a, `${path}[${i}]`));
    } else {
      fail(path, 'arc indices', arcs);
    }
  };
  object.geometries.forEach((raw: unknown, i: number) => {
    const path = `${base}.geometries[${i}]`;
    if (!isObject(raw)) return fail(path, 'a geometry', raw);
    if (raw.type !== 'Polygon' && raw.type !== 'MultiPolygon') return fail(`${path}.type`, '"Polygon" or "MultiPolygon"', raw.type);
    const before = issues.length;
    checkArcs(raw.arcs, `${path}.arcs`);
    if (issues.length === before) {
      outerRingAreas(topology as Topology, raw as { type: string; arcs: unknown }).forEach((area, k) => {
        if (area > HEMISPHERE) fail(`${path}.arcs${raw.type === 'MultiPolygon' ? `[${k}]` : ''}[0]`, 'an outer ring wound clockwise around its area (as d3-geo draws it); this one covers the rest of the globe', `${((area / (4 * Math.PI)) * 100).toFixed(1)} % of the sphere`);
      });
    }
    const properties = isObject(raw.properties) ? raw.properties : {};
    const code = properties[ref.codeProperty];
    const name = properties[ref.nameProperty];
    if (typeof code !== 'string' || code === '') fail(`${path}.properties.${ref.codeProperty}`, 'the area code as a non-empty string', code);
    else if (codes.has(code)) fail(`${path}.properties.${ref.codeProperty}`, 'an area code not used by another geometry', code);
    else codes.add(code);
    if (typeof name !== 'string' || name === '') fail(`${path}.properties.${ref.nameProperty}`, 'the area name as a non-empty string', name);
  });
  return { codes, issues };
}
