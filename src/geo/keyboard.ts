/**
 * Keyboard order on a map: arrow keys move to the nearest area in the arrow's direction, seen from
 * the focused area's centroid, and Home/End go to the first and last area in reading order
 * (north-west first, row by row). This is what a sighted keyboard user expects from a map, and a
 * screen-reader user still hears every area because the table alternative lists them all.
 */

/** An area reduced to what navigation needs: its code and centroid in screen px (y grows downwards). */
export interface NavPoint {
  code: string;
  centroid: readonly [number, number];
}

/** An arrow key's direction. */
export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Record<Direction, readonly [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/**
 * How much sideways distance counts against a candidate, relative to distance along the arrow.
 * Two: a neighbour straight ahead wins over a nearer one off to the side, but a far-away area
 * straight ahead does not win over the adjacent one diagonally ahead.
 */
const SIDEWAYS_WEIGHT = 2;

/** The area to move to from `fromCode` with an arrow key, or `undefined` at the edge of the map. */
export function neighbourInDirection(points: readonly NavPoint[], fromCode: string, direction: Direction): string | undefined {
  const from = points.find((point) => point.code === fromCode);
  if (!from) return undefined;
  const [dx, dy] = VECTORS[direction];
  // Only areas within 63° of the arrow (sideways at most twice as far as ahead): at the edge of the
  // map an arrow does nothing rather than jump to a far corner.
  return nearestAhead(points, from, dx, dy, 2);
}

function nearestAhead(points: readonly NavPoint[], from: NavPoint, dx: number, dy: number, maxSlope: number): string | undefined {
  let best: NavPoint | undefined;
  let bestScore = Infinity;
  for (const candidate of points) {
    if (candidate === from) continue;
    const vx = candidate.centroid[0] - from.centroid[0];
    const vy = candidate.centroid[1] - from.centroid[1];
    const along = vx * dx + vy * dy;
    if (along <= 0.5) continue;
    const sideways = Math.abs(vx * dy - vy * dx);
    if (sideways > maxSlope * along) continue;
    const score = along + SIDEWAYS_WEIGHT * sideways;
    if (score < bestScore || (score === bestScore && best && candidate.code < best.code)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best?.code;
}

/**
 * Codes in reading order: rows from north to south, west to east within a row. Rows are bands as
 * tall as a typical area, so areas side by side with slightly different centroids share a row.
 */
export function readingOrder(points: readonly NavPoint[], rowHeight?: number): string[] {
  if (points.length === 0) return [];
  const ys = points.map((point) => point.centroid[1]).sort((a, b) => a - b);
  const band = rowHeight ?? Math.max(1, (ys[ys.length - 1]! - ys[0]!) / Math.max(1, Math.sqrt(points.length)));
  const top = ys[0]!;
  return [...points]
    .map((point) => ({ point, row: Math.floor((point.centroid[1] - top) / band + 0.5) }))
    .sort((a, b) => a.row - b.row || a.point.centroid[0] - b.point.centroid[0] || (a.point.code < b.point.code ? -1 : 1))
    .map(({ point }) => point.code);
}
