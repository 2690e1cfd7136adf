/**
 * The colours of Kollen's maps. All are colour-blind safe and were chosen for the map path's size
 * budget: the ColorBrewer schemes are copied here as five hex values each (a unit test checks them
 * against `d3-scale-chromatic`), because importing that package pulls every scheme and its
 * interpolators into the bundle (~12 KB gzip for two arrays of five colours).
 */

/** ColorBrewer OrRd, 5 classes (Cynthia Brewer, Apache-2.0): light = good, dark red = bad. */
export const ORANGE_RED_5 = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'] as const;

/** ColorBrewer Purples, 5 classes: for indicators without a good or bad direction. */
export const PURPLES_5 = ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'] as const;

/**
 * Comparison against the reference area. Better and worse sit on the blue–red axis and differ in
 * hue as well as lightness from the light yellow "similar", so they stay apart for people with
 * red–green colour blindness (blue against dark olive-brown); red–green pairs are avoided.
 */
export const COMPARISON_COLORS = {
  better: '#2166ac',
  similar: '#fee08b',
  worse: '#b2182b',
  higher: '#54278f',
  lower: '#b2abd2',
  'not-compared': '#d9d9d9',
} as const;

/** Boundary lines: a light halo under a dark core, so a border shows on the lightest and darkest fills. */
export const BORDER_HALO = '#ffffff';
export const BORDER_CORE = '#1b1b1b';

/** Text colours tried on coloured fills (the first with enough contrast wins; pure black is the last resort for mid-tones). */
export const TEXT_ON_FILL = ['#1b1b1b', '#ffffff', '#000000'] as const;

/** Missing values are drawn with patterns in these colours, over a light background. */
export const MISSING_BACKGROUND = '#f4f4f4';
export const MISSING_INK = '#4a4a4a';

/**
 * The marks of the missing-value patterns (a 6 × 6 tile on MISSING_BACKGROUND, in MISSING_INK):
 * hatching for a withheld value, a dot for one not collected, a cross for no data. The live map
 * and its static preview both draw these.
 */
export const MISSING_MARKS = {
  suppressed: { kind: 'path', d: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2', strokeWidth: 1.2 },
  'not-collected': { kind: 'dot', cx: 3, cy: 3, r: 1.1 },
  'no-data': { kind: 'path', d: 'M0,3 h6 M3,0 v6', strokeWidth: 0.8 },
} as const;
