/**
 * Zooming and panning a drawn map by its SVG `viewBox`: the paths stay as projected (no redraw,
 * no new projection), only the window onto them moves. Used by the drill-down's zoom into an area
 * and by pinch, ctrl+wheel (a trackpad's pinch) and drag inside a dense or drilled map.
 */

/** The visible window onto a map of `width` × `height` px: `[x, y, width, height]` as in `viewBox`. */
export type ViewBox = readonly [x: number, y: number, width: number, height: number];

/** Closest a map zooms in: an eighth of its width across the window. */
export const MAX_ZOOM = 8;

/** The whole map. */
export function fullView(width: number, height: number): ViewBox {
  return [0, 0, width, height];
}

/**
 * The window that shows `bounds` (`[[x0, y0], [x1, y1]]` in map px) as large as it fits, centred,
 * with the map's own proportions (so nothing is stretched), at most `MAX_ZOOM`.
 */
export function viewToFit(bounds: readonly [readonly [number, number], readonly [number, number]], width: number, height: number, padding = 0.1): ViewBox {
  const [[x0, y0], [x1, y1]] = bounds;
  const scale = Math.min(MAX_ZOOM, Math.max(1, Math.min(width / Math.max(x1 - x0, 1e-9), height / Math.max(y1 - y0, 1e-9)) * (1 - padding)));
  const w = width / scale;
  const h = height / scale;
  return clampView([(x0 + x1) / 2 - w / 2, (y0 + y1) / 2 - h / 2, w, h], width, height);
}

/** Keeps a window inside the map and between the whole map and `MAX_ZOOM`, with the map's proportions. */
export function clampView(view: ViewBox, width: number, height: number): ViewBox {
  const w = Math.min(width, Math.max(width / MAX_ZOOM, view[2]));
  const h = (w * height) / width;
  const x = Math.min(Math.max(view[0], 0), width - w);
  const y = Math.min(Math.max(view[1], 0), height - h);
  return [x, y, w, h];
}

/** The window zoomed by `factor` (> 1 in) about the map point `[cx, cy]`, which stays where it is on screen. */
export function zoomView(view: ViewBox, factor: number, [cx, cy]: readonly [number, number], width: number, height: number): ViewBox {
  const w = view[2] / factor;
  const h = view[3] / factor;
  return clampView([cx - ((cx - view[0]) * w) / view[2], cy - ((cy - view[1]) * h) / view[3], w, h], width, height);
}

/** The window moved by `[dx, dy]` screen px on a map drawn `scale` screen px per map px at full view. */
export function panView(view: ViewBox, [dx, dy]: readonly [number, number], screenPerMap: number, width: number, height: number): ViewBox {
  const perScreen = view[2] / width / screenPerMap;
  return clampView([view[0] - dx * perScreen, view[1] - dy * perScreen, view[2], view[3]], width, height);
}

/** Whether a window shows less than the whole map. */
export function isZoomed(view: ViewBox, width: number): boolean {
  return view[2] < width - 0.5;
}

/** The CSS transform that makes the whole map look like `view` (for animating the zoom into an area). */
export function transformTo(view: ViewBox, width: number): { scale: number; x: number; y: number } {
  const scale = width / view[2];
  return { scale, x: -view[0] * scale, y: -view[1] * scale };
}
