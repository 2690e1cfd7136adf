/**
 * The chart engine: vega-lite (spec → vega) and vega (vega → SVG), run through vega's expression
 * interpreter so charts draw under a Content-Security-Policy without `unsafe-eval`.
 *
 * Never import this module statically: `vega-loader.ts` imports it on first use, which makes the
 * bundler put vega, vega-lite and the interpreter in one lazy chunk that a page with only a map
 * never downloads.
 */
import * as vega from 'vega';
import { parse, View, type Item, type LocaleFormatters, type ScenegraphEvent, type Spec } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Lang } from '../../src/i18n/index.js';

/** Number formats of the two languages in d3-format's terms (decimal comma and a non-breaking space in Swedish). */
// vega exports `locale(numberSpec, timeSpec)` but its typings do not declare it.
const vegaLocale = (vega as unknown as { locale: (number: object, time?: object) => LocaleFormatters }).locale;

const NUMBER_LOCALES = {
  sv: { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'], minus: '\u2212' },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''], minus: '\u2212' },
} as const;

/** What a drawn chart tells its element. */
export interface ChartCallbacks {
  /** A mark with a datum was clicked (or tapped). */
  onSelect?: (datum: Record<string, unknown>) => void;
  /** A tooltip should show (`value` is the `{title: text}` record) or hide (`null`). */
  onTooltip?: (value: Record<string, unknown> | null, event: MouseEvent | undefined) => void;
}

/** A chart drawn into a container; `finalize` releases its listeners and timers. */
export interface DrawnChart {
  view: View;
  finalize(): void;
}

function toVega(spec: TopLevelSpec): Spec {
  return compile(spec).spec as Spec;
}

function makeView(spec: TopLevelSpec, lang: Lang, renderer: 'svg' | 'none'): View {
  const runtime = parse(toVega(spec), undefined, { ast: true });
  const numberLocale = NUMBER_LOCALES[lang];
  return new View(runtime, {
    renderer,
    expr: expressionInterpreter,
    locale: vegaLocale({ ...numberLocale, grouping: [...numberLocale.grouping], currency: [...numberLocale.currency] }),
    // vega's default logger warns on the console; Kollen reports problems itself.
    logLevel: 1,
  });
}

/** Compiles a vega-lite spec and draws it as SVG inside `container`. */
export async function drawChart(container: HTMLElement, spec: TopLevelSpec, lang: Lang, callbacks: ChartCallbacks = {}): Promise<DrawnChart> {
  const view = makeView(spec, lang, 'svg');
  view.tooltip((_handler: unknown, event: MouseEvent | undefined, _item: unknown, value: unknown) => {
    callbacks.onTooltip?.(value && typeof value === 'object' ? (value as Record<string, unknown>) : null, event);
  });
  view.addEventListener('click', (_event: ScenegraphEvent, item: Item | null | undefined) => {
    const datum = (item as { datum?: Record<string, unknown> } | null | undefined)?.datum;
    if (datum && typeof datum === 'object') callbacks.onSelect?.(datum);
  });
  view.initialize(container);
  await view.runAsync();
  return { view, finalize: () => view.finalize() };
}

/**
 * Renders a spec off-screen to an SVG document or a PNG data URL (twice the pixels, for print).
 * Used for downloads: the spec given carries the title, source line and simulated flag.
 */
export async function renderImage(spec: TopLevelSpec, lang: Lang, format: 'svg' | 'png'): Promise<string> {
  const view = makeView(spec, lang, 'none');
  try {
    await view.runAsync();
    return format === 'svg' ? await view.toSVG() : await view.toImageURL('png', 2);
  } finally {
    view.finalize();
  }
}

/** The vega-lite version that compiled the charts (stamped into copied specs' `$schema`). */
export { version as vegaLiteVersion } from 'vega-lite';
