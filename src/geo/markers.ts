/**
 * Places the numbered discs on areas too small to point at so that they do not cover each other:
 * Stockholm's inner municipalities and city districts sit so close that their centroids are a few
 * pixels apart on a phone. Discs that overlap are pushed apart a little at a time (a few rounds of
 * pairwise relaxation, enough for a dozen discs); each keeps its anchor for a leader line.
 */

/** A disc placed for an area: where it is drawn and the centroid it belongs to. */
export interface PlacedMarker {
  code: string;
  anchor: [number, number];
  position: [number, number];
}

/** Spreads discs of `radius` px anchored at centroids until no two overlap (or `rounds` run out). */
export function spreadMarkers(anchors: readonly { code: string; centroid: readonly [number, number] }[], radius: number, rounds = 60): PlacedMarker[] {
  const placed = anchors.map((a) => ({ code: a.code, anchor: [a.centroid[0], a.centroid[1]] as [number, number], position: [a.centroid[0], a.centroid[1]] as [number, number] }));
  const gap = 2 * radius + 1;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!.position;
        const b = placed[j]!.position;
        let dx = b[0] - a[0];
        let dy = b[1] - a[1];
        let distance = Math.hypot(dx, dy);
        if (distance >= gap) continue;
        if (distance < 1e-6) {
          // Same spot: split them along a fixed, index-dependent direction so the result is deterministic.
          [dx, dy, distance] = [Math.cos(i + j), Math.sin(i + j), 1];
        }
        const push = (gap - distance) / 2 / distance;
        a[0] -= dx * push;
        a[1] -= dy * push;
        b[0] += dx * push;
        b[1] += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return placed;
}
