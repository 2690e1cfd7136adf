/**
 * Which areas a map can name on itself (issue 13, point 14): a district map writes an area's name
 * inside the area where the name fits in its box with room to spare, never on tiny areas (they
 * have numbered discs), never two names over each other, and not on a map of hundreds of areas.
 * Pure: widths are estimated from the number of characters, so placement is the same everywhere.
 */

import { MAX_LABELLED_AREAS } from './label-limit.js';

export { MAX_LABELLED_AREAS };

/** A name placed on the map, centred at `x`, `y`. */
export interface AreaLabel {
  code: string;
  text: string;
  x: number;
  y: number;
}

/** A box on the map in px: left, top, right, bottom. */
export type LabelBox = [number, number, number, number];

/** What placing needs of a projected area. */
export interface LabelledShape {
  code: string;
  centroid: readonly [number, number];
  bounds: readonly [readonly [number, number], readonly [number, number]];
  pixelArea: number;
}

/** Width of a character of the 11 px label, generous so a name rather stays off than spills over. */
export const AREA_LABEL_CHAR_WIDTH = 6.4;
const LABEL_HEIGHT = 13;
/** Room (px) a name keeps from its area's box edges and from other names. */
const MARGIN = 4;

/** The box a label of `text` centred at `x`, `y` covers. */
export function labelBox(text: string, x: number, y: number, charWidth = AREA_LABEL_CHAR_WIDTH, height = LABEL_HEIGHT): LabelBox {
  const half = (text.length * charWidth) / 2;
  return [x - half, y - height / 2, x + half, y + height / 2];
}

const overlaps = (a: LabelBox, b: LabelBox) => a[0] < b[2] + MARGIN && b[0] < a[2] + MARGIN && a[1] < b[3] + MARGIN && b[1] < a[3] + MARGIN;

/**
 * The names that fit: largest areas first, each at its centroid, kept when its box lies inside the
 * area's bounds with a margin, the area covers at least three times the box (a thin or ragged area
 * would put the name over its neighbours), and it overlaps no name placed before nor `avoid`.
 */
export function placeAreaLabels(shapes: readonly LabelledShape[], nameOf: (code: string) => string | undefined, avoid: readonly LabelBox[] = []): AreaLabel[] {
  if (shapes.length > MAX_LABELLED_AREAS) return [];
  const placed: LabelBox[] = [...avoid];
  const labels: AreaLabel[] = [];
  for (const shape of [...shapes].sort((a, b) => b.pixelArea - a.pixelArea || (a.code < b.code ? -1 : 1))) {
    const text = nameOf(shape.code);
    if (!text) continue;
    const [x, y] = shape.centroid;
    const box = labelBox(text, x, y);
    const [[x0, y0], [x1, y1]] = shape.bounds;
    const inside = box[0] >= x0 + MARGIN && box[2] <= x1 - MARGIN && box[1] >= y0 + MARGIN && box[3] <= y1 - MARGIN;
    const roomy = shape.pixelArea >= 3 * (box[2] - box[0]) * (box[3] - box[1]);
    if (!inside || !roomy || placed.some((other) => overlaps(box, other))) continue;
    placed.push(box);
    labels.push({ code: shape.code, text, x, y });
  }
  return labels;
}
