/**
 * What every Kollen chart spec shares: colour-blind-safe series colours, the look (config), and
 * the title block that carries the indicator's name, its source line and the simulated flag, so
 * an exported PNG or SVG is never separated from where its figures come from.
 */
import type { Config } from 'vega-lite';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../i18n/locales.js';
import { sourceLine } from '../query/index.js';
import type { IndicatorFile, Unit } from '../schema/types.js';

/**
 * Series colours for areas: Okabe & Ito's colour-blind-safe palette, darkened where needed so each
 * reaches 3:1 against white (WCAG 1.4.11 for graphics); the yellow is left out (too light).
 */
export const SERIES_COLORS = ['#0072b2', '#c85200', '#007a5a', '#b0498f', '#7a5c00', '#3a78a8'] as const;

/** Reference series are grey (and dashed): never mistaken for one of the compared areas. */
export const REFERENCE_COLORS = ['#5a5a5a', '#7a7a7a'] as const;

/** Dash patterns: a solid line for areas, dashes (then dots) for references. */
export const AREA_DASH: number[] = [];
export const REFERENCE_DASHES: number[][] = [[6, 4], [2, 3]];

/**
 * Dash patterns for the categories of a breakdown (women, men, …) in a trend: colour stays with the
 * area, so the category needs a second channel; solid first, then long dashes, dots, dash-dot.
 */
export const CATEGORY_DASHES: number[][] = [[], [7, 3], [2, 2], [8, 3, 2, 3], [4, 4], [1, 4]];

/** Outline of the selected area's bar or point. */
export const HIGHLIGHT_COLOR = '#1b1b1b';

/** Text and grid colours (≥ 4.5:1 text on white). */
const INK = '#1b1b1b';
const MUTED = '#555555';
const GRID = '#e3e3e3';

/** Fonts: the system UI font, so exported images look like the widget. */
export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The shared look of every chart, given as vega-lite `config`. */
export function chartConfig(): Config {
  return {
    font: CHART_FONT,
    // The element gives the chart its text alternative (description and table); per-mark ARIA would only add noise.
    aria: false,
    background: '#ffffff',
    padding: 8,
    view: { stroke: null },
    axis: {
      labelColor: INK,
      titleColor: INK,
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: 'normal',
      gridColor: GRID,
      domainColor: MUTED,
      tickColor: MUTED,
    },
    // Opaque symbols: a legend merged with a translucent interval band must still show the line's colour.
    legend: { labelColor: INK, titleColor: INK, labelFontSize: 12, titleFontSize: 12, labelLimit: 320, titleLimit: 320, symbolStrokeWidth: 3, symbolOpacity: 1 },
    title: { color: INK, subtitleColor: MUTED, fontSize: 16, subtitleFontSize: 12, anchor: 'start', offset: 12, subtitlePadding: 4 },
    text: { color: INK, fontSize: 11 },
  };
}

/** The words every spec's title block needs. */
export interface ChartHeading {
  /** Indicator title plus what the chart is about, e.g. `Daglig rökning – Åby`. */
  title: string;
  /** Extra line under the title (unit, period). */
  subtitle?: string;
}

/** A vega-lite title block (a subset of its `TitleParams`). */
export interface ChartTitleBlock {
  text: string;
  subtitle: string[];
  limit: number;
}

/**
 * Title, subtitle, source line and (when the data are simulated) the simulated flag, in that
 * order, as a vega-lite title. The source line and flag sit in the title block (vega-lite has no
 * footer) so they are part of every exported image; lines are wrapped to the chart's `width` so a
 * phone-sized export does not cut them off.
 */
export function chartTitle(indicator: IndicatorFile, heading: ChartHeading, lang: Lang, width: number): ChartTitleBlock {
  const text = messagesFor(lang).charts;
  const lines: string[] = [];
  if (heading.subtitle) lines.push(heading.subtitle);
  lines.push(sourceLine(indicator, lang));
  if (indicator.simulated) lines.push(text.simulatedFlag);
  // ~6.5 px per character at the 12 px subtitle size.
  const maxChars = Math.max(30, Math.floor(width / 6.5));
  return { text: heading.title, subtitle: lines.flatMap((line) => wrapLine(line, maxChars)), limit: 0 };
}

/** Splits a line at spaces into pieces of at most `maxChars` characters (longer words stay whole). */
export function wrapLine(line: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > maxChars) {
      pieces.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Width of the plot inside a container of `width` pixels: the spec's `width` with `fit-x`. */
export function chartWidth(width: number): number {
  return Math.max(280, Math.round(width));
}

/** True when a chart must lay out for a phone (legend under the plot, fewer labels). */
export function isNarrow(width: number): boolean {
  return width < 520;
}

/** Axis ticks of a value scale (a subset of vega-lite's axis properties). */
export interface ValueTicks {
  tickCount: number;
  tickMinStep: number;
}

/**
 * Ticks of a value axis `length` pixels long: about one per `spacing` pixels (vega-lite's default,
 * one per 40 px, put 33 ticks of 0.5 on a wide ranking) and never finer than the unit's decimals,
 * so a whole-number unit gets whole-number ticks and a one-decimal unit whole numbers whenever the
 * step allows. vega's tick format then shows exactly the decimals the step needs. Labels of a
 * horizontal axis need more room than those of a vertical one, hence the default of 90 px.
 */
export function valueTicks(unit: Pick<Unit, 'decimals'>, length: number, spacing = 90): ValueTicks {
  return { tickCount: Math.max(3, Math.round(length / spacing)), tickMinStep: 10 ** -Math.max(0, unit.decimals) };
}

/**
 * The height in pixels of a band axis of `bands` bands `step` pixels apart, as vega-lite computes
 * it for `height: {step}` (`bandspace`; its bar paddings by default: inner 0.1, outer 0.05, which
 * makes exactly `bands × step`). The specs give this number instead of `{step}` because a step
 * height together with `autosize: fit-x` makes vega-lite warn "Dropping 'fit-y' because spec has
 * discrete height" on every draw.
 */
export function bandHeight(step: number, bands: number, paddingInner = 0.1, paddingOuter = paddingInner / 2): number {
  return Math.round(step * (Math.max(1, bands) - paddingInner + 2 * paddingOuter));
}
