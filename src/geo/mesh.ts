/**
 * The border mesh of some areas: every arc they use, once, stitched into lines — what
 * topojson-client's `mesh(topology, object)` returns, without its weak point. topojson-client's
 * stitching keeps fragments in plain objects and walks them with `for…in`, so a host page with an
 * enumerable `Object.prototype` property (`Object.prototype.foo = 1`) feeds `"foo"` in as a fragment
 * and the map fails. Here the fragments live in `Map`s, which inherit nothing; the result is the
 * same, line for line (`src/geo/geo.test.ts` compares both on the published geometry).
 */
import type { MultiLineString } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

/** A run of arc indexes (negative = reversed, as in TopoJSON) joined end to start. */
interface Fragment {
  arcs: number[];
  start: string;
  end: string;
}

const arcIndex = (i: number) => (i < 0 ? ~i : i);

/** Every arc the geometries use, once, in order of first use by arc index (as topojson-client). */
function meshArcs(geometries: readonly GeometryObject[]): number[] {
  const firstUse: number[] = [];
  const take = (i: number) => {
    if (firstUse[arcIndex(i)] === undefined) firstUse[arcIndex(i)] = i;
  };
  for (const geometry of geometries) {
    if (geometry.type === 'Polygon') geometry.arcs.forEach((ring) => ring.forEach(take));
    else if (geometry.type === 'MultiPolygon') geometry.arcs.forEach((polygon) => polygon.forEach((ring) => ring.forEach(take)));
    else if (geometry.type === 'MultiLineString') geometry.arcs.forEach((line) => line.forEach(take));
    else if (geometry.type === 'LineString') geometry.arcs.forEach(take);
  }
  // A sparse array's forEach skips the holes: the arcs in index order, as topojson-client collects them.
  const arcs: number[] = [];
  firstUse.forEach((i) => arcs.push(i));
  return arcs;
}

/** Joins arcs that meet end to start into longer lines (topojson-client's `stitch`, on Maps). */
function stitch(topology: Topology, arcs: number[]): number[][] {
  const ends = (i: number): [string, string] => {
    const arc = topology.arcs[arcIndex(i)]!;
    const first = arc[0]!;
    let last = arc[arc.length - 1]!;
    if (topology.transform) {
      // Quantized arcs hold deltas: the end point is their sum.
      let x = 0;
      let y = 0;
      for (const point of arc) {
        x += point[0]!;
        y += point[1]!;
      }
      last = [x, y];
    }
    const [start, end] = [`${first[0]},${first[1]}`, `${last[0]},${last[1]}`];
    return i < 0 ? [end, start] : [start, end];
  };
  // Empty arcs (a point repeated) go first, since longer arcs may take them in.
  let emptyIndex = -1;
  arcs.forEach((i, j) => {
    const arc = topology.arcs[arcIndex(i)]!;
    if (arc.length < 3 && !arc[1]![0] && !arc[1]![1]) {
      const swapped = arcs[++emptyIndex]!;
      arcs[emptyIndex] = i;
      arcs[j] = swapped;
    }
  });
  const byStart = new Map<string, Fragment>();
  const byEnd = new Map<string, Fragment>();
  const keep = (fragment: Fragment) => {
    byStart.set(fragment.start, fragment);
    byEnd.set(fragment.end, fragment);
  };
  for (const i of arcs) {
    const [start, end] = ends(i);
    let f = byEnd.get(start);
    if (f) {
      byEnd.delete(f.end);
      f.arcs.push(i);
      f.end = end;
      const g = byStart.get(end);
      if (g) {
        byStart.delete(g.start);
        const joined = g === f ? f : { arcs: f.arcs.concat(g.arcs), start: f.start, end: g.end };
        keep(joined);
      } else keep(f);
    } else if ((f = byStart.get(end))) {
      byStart.delete(f.start);
      f.arcs.unshift(i);
      f.start = start;
      const g = byEnd.get(start);
      if (g) {
        byEnd.delete(g.end);
        const joined = g === f ? f : { arcs: g.arcs.concat(f.arcs), start: g.start, end: f.end };
        keep(joined);
      } else keep(f);
    } else {
      keep({ arcs: [i], start, end });
    }
  }
  const stitched = new Set<number>();
  const fragments: number[][] = [];
  const flush = (from: Map<string, Fragment>, other: Map<string, Fragment>) => {
    for (const fragment of from.values()) {
      // As topojson-client does, even when `other` holds another fragment there (arcs branching at
      // a node): that fragment's arcs then come out one by one below, so the output is the same.
      other.delete(fragment.start);
      fragment.arcs.forEach((i) => stitched.add(arcIndex(i)));
      fragments.push(fragment.arcs);
    }
  };
  flush(byEnd, byStart);
  flush(byStart, byEnd);
  for (const i of arcs) if (!stitched.has(arcIndex(i))) fragments.push([i]);
  return fragments;
}

/** The borders of `geometries` as one multi-line: each shared border once, lines stitched. */
export function borderMesh(topology: Topology, geometries: readonly GeometryObject[]): MultiLineString {
  const lines = stitch(topology, meshArcs(geometries));
  return feature(topology, { type: 'MultiLineString', arcs: lines }).geometry as MultiLineString;
}
