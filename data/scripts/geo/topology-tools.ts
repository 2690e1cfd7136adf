/**
 * Small TopoJSON and polygon helpers for the geography build.
 *
 * Winding: d3-geo works on the sphere and takes a ring's interior to be on its right, so exterior
 * rings must run clockwise (in lon/lat drawn with north up) and holes counter-clockwise — the
 * opposite of RFC 7946. polygon-clipping returns RFC 7946 winding, so its output goes through
 * `toD3Winding` before it enters a topology.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';

/** The topology type used throughout the geography build. */
export type Topo = Topology;
import { quantize } from 'topojson-client';

/** polygon-clipping's geometry type: a list of polygons, each a list of rings. */
export type Rings = Position[][];
export type MultiRings = Position[][][];

/** Twice the signed planar area of a ring (positive = counter-clockwise with y pointing north). */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return sum;
}

/** Rewinds polygons so exterior rings are clockwise and holes counter-clockwise (d3-geo). */
export function toD3Winding(polygons: MultiRings): MultiRings {
  return polygons.map((rings) =>
    rings.map((ring, i) => {
      const clockwise = signedArea(ring) < 0;
      const wantClockwise = i === 0;
      return clockwise === wantClockwise ? ring : [...ring].reverse();
    }),
  );
}

/** The polygons of a Polygon or MultiPolygon geometry as a MultiPolygon coordinate list. */
export function polygonsOf(geometry: Polygon | MultiPolygon): MultiRings {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** A feature holding `polygons`, stored as a Polygon when there is only one. */
export function polygonFeature<P>(polygons: MultiRings, properties: P): Feature<Polygon | MultiPolygon, P> {
  const geometry: Polygon | MultiPolygon =
    polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
  return { type: 'Feature', properties, geometry };
}

/** Turns a quantised, delta-encoded topology back into absolute coordinates (no transform). */
export function dequantize(topology: Topo): Topo {
  const transform = topology.transform;
  if (!transform) return topology;
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * sx + tx, y * sy + ty];
    });
  });
  const { transform: _dropped, ...rest } = topology;
  return { ...rest, arcs } as Topo;
}

/** Re-quantises a topology to `count` steps per side of its bounding box (drops `bbox`). */
export function requantize(topology: Topo, count: number): Topo {
  const { bbox: _bbox, ...plain } = dequantize(topology);
  return quantize(plain as never, count) as Topo;
}

/** Number of points stored in the topology's arcs (what the browser has to project). */
export function vertexCount(topology: Topo): number {
  return topology.arcs.reduce((sum, arc) => sum + arc.length, 0);
}
