/**
 * The chart engine: vega (vega → SVG), run through vega's expression interpreter so charts draw
 * under a Content-Security-Policy without `unsafe-eval`. Charts are specified in vega-lite, but
 * compiled ahead of time: each structure the spec builders make has a vega template
 * (`chart-templates.json`, made by `scripts/chart-templates.ts`), parsed once per page, and a chart
 * is its structure's template fed its own data, sizes and words as named datasets and signals
 * (`src/specs/template.ts`). vega-lite itself sits in a lazy chunk of its own
 * (`vega-lite-compile.ts`), fetched only for a spec no template covers.
 *
 * Not the `vega` bundle: it registers every transform vega has (geographic projections, force
 * layouts, trees, voronoi, word clouds, label placement, regression, crossfilter…) and with them
 * d3-geo, d3-force, d3-hierarchy and d3-delaunay, none of which a Kollen chart uses. This module
 * assembles vega the way vega's own `index.js` does, from the same packages, but registers only the
 * dataflow operators the compiled Kollen specs contain. `src/specs/vega-transforms.test.ts`
 * compiles every kind of spec the builders make and fails when one needs an operator missing
 * here; at run time `makeView` refuses such a spec with a plain error instead of drawing wrongly.
 *
 * Never import this module statically: `vega-loader.ts` imports it on first use, which makes the
 * bundler put vega, the interpreter and the templates in one lazy chunk that a page with only a map
 * never downloads.
 */
// Types from the `vega` bundle's typings only (published declarations must not need vega-packages.d.ts).
import type { Item, LocaleFormatters, Runtime, ScenegraphEvent, Spec, View as VegaView } from 'vega';
import { transforms, type TransformFactory } from 'vega-dataflow';
import { axisticks, datajoin, encode, legendentries, scale, sortitems, stack } from 'vega-encode';
import { locale } from 'vega-format';
import { expressionInterpreter } from 'vega-interpreter';
import type { TopLevelSpec } from 'vega-lite';
import { parse } from 'vega-parser';
import { aggregate, collect, extent, facet, filter, formula, multiextent, prefacet, proxy, relay, sieve, values } from 'vega-transforms';
import { View } from 'vega-view';
import { bound, mark, overlap, render, viewlayout } from 'vega-view-transforms';
import { numberSymbols } from '../../src/format/number.js';
import type { Lang } from '../../src/i18n/index.js';
import { holeSignal, liftSpec, type LiftedSpec } from '../../src/specs/template.js';
import templatesText from './chart-templates.json?raw';

/**
 * The dataflow operators Kollen's compiled specs use, by vega's (lower-case) type name: data
 * transforms (`formula`, `filter`, `stack`, `aggregate`…), the operators vega's parser adds for
 * every chart (`collect`, `sieve`, `facet`…), and the scenegraph ones (`mark`, `encode`, `bound`…).
 */
const KOLLEN_TRANSFORMS = {
  aggregate, collect, extent, facet, filter, formula, multiextent, prefacet, proxy, relay, sieve, values,
  bound, mark, overlap, render, viewlayout,
  axisticks, datajoin, encode, legendentries, scale, sortitems, stack,
} satisfies Record<string, TransformFactory>;

Object.assign(transforms, KOLLEN_TRANSFORMS);

/** Names of the dataflow operators this engine can run (see `KOLLEN_TRANSFORMS`). */
export const registeredTransforms: ReadonlySet<string> = new Set(Object.keys(KOLLEN_TRANSFORMS));

interface RuntimeOperator {
  type?: string;
  params?: { subflow?: { $subflow?: { operators?: RuntimeOperator[] } } };
}

/** The operator types a parsed vega runtime instantiates, including those of facet subflows. */
export function operatorTypes(runtime: Runtime): Set<string> {
  const types = new Set<string>();
  const visit = (operators: readonly RuntimeOperator[] | undefined): void => {
    for (const operator of operators ?? []) {
      // Untyped operators and `operator` are plain dataflow nodes, not transforms.
      if (operator.type && operator.type !== 'operator') types.add(operator.type.toLowerCase());
      visit(operator.params?.subflow?.$subflow?.operators);
    }
  };
  visit(runtime.operators as readonly RuntimeOperator[]);
  return types;
}

let templates: Record<string, Spec> | undefined;
/** Parsed templates by structure id: a second chart of the same structure reuses the first's parse. */
const parsed = new Map<string, Runtime>();
let templateMisses = 0;

/**
 * The dataflow of a spec's structure: its template parsed (once per page), or, for a structure no
 * template covers, the spec compiled by vega-lite (fetched then, in its own chunk).
 */
async function runtimeOf(spec: TopLevelSpec, lifted: LiftedSpec, via: ChartCompilation): Promise<{ runtime: Runtime; templated: boolean }> {
  templates ??= JSON.parse(templatesText) as Record<string, Spec>;
  const template = via === 'template' ? templates[lifted.id] : undefined;
  if (!template) {
    if (via === 'template') templateMisses++;
    const { toRuntime } = await import('./vega-lite-compile.js');
    return { runtime: checked(toRuntime(spec)), templated: false };
  }
  let runtime = parsed.get(lifted.id);
  if (!runtime) {
    runtime = checked(parse(template, undefined, { ast: true }));
    parsed.set(lifted.id, runtime);
  }
  return { runtime, templated: true };
}

/** Refuses a dataflow with an operator this engine does not register (it would draw wrongly). */
function checked(runtime: Runtime): Runtime {
  const missing = [...operatorTypes(runtime)].filter((type) => !registeredTransforms.has(type));
  if (missing.length > 0) {
    throw new Error(`This chart needs vega operator(s) ${missing.join(', ')}, which Kollen's chart engine does not load (see vega-runtime.ts).`);
  }
  return runtime;
}

/** How the engine made its charts so far: templates parsed, and charts that needed vega-lite. */
export function templateStats(): { parsed: number; misses: number } {
  return { parsed: parsed.size, misses: templateMisses };
}

const locales = new Map<Lang, LocaleFormatters>();

/** The view locale of a language, made once from the registry's number locale: every chart in that language shares its formatters. */
function viewLocale(lang: Lang): LocaleFormatters {
  let formatters = locales.get(lang);
  if (!formatters) {
    formatters = locale(numberSymbols(lang));
    locales.set(lang, formatters);
  }
  return formatters;
}

/** What a drawn chart tells its element. */
export interface ChartCallbacks {
  /** A mark with a datum was clicked (or tapped). */
  onSelect?: (datum: Record<string, unknown>) => void;
  /** A tooltip should show (`value` is the `{title: text}` record) or hide (`null`). */
  onTooltip?: (value: Record<string, unknown> | null, event: MouseEvent | undefined) => void;
}

/** A chart drawn into a container; `finalize` releases its listeners and timers. */
export interface DrawnChart {
  view: VegaView;
  finalize(): void;
}

/** How a view gets its dataflow: from the spec's template (always, on the page), or compiled by vega-lite (tests compare the two). */
export type ChartCompilation = 'template' | 'vega-lite';

/** A view of a spec, not yet run. */
export async function makeView(spec: TopLevelSpec, lang: Lang, renderer: 'svg' | 'none', via: ChartCompilation = 'template'): Promise<VegaView> {
  const lifted = liftSpec(spec);
  const { runtime, templated } = await runtimeOf(spec, lifted, via);
  const view = new View(runtime, {
    renderer,
    expr: expressionInterpreter,
    // vega's default logger warns on the console; Kollen reports problems itself.
    logLevel: 1,
  });
  if (templated) {
    lifted.holes.forEach((value, i) => view.signal(holeSignal(i), value));
    for (const [name, value] of Object.entries(lifted.params)) view.signal(name, value);
    // Copies: vega marks and extends the rows it ingests, and the element draws the same rows again.
    for (const [name, rows] of Object.entries(lifted.datasets)) view.data(name, rows.map((row) => (row && typeof row === 'object' ? { ...row } : row)));
    if (lifted.width !== undefined) view.width(lifted.width);
    if (lifted.height !== undefined) view.height(lifted.height);
  }
  // Not the constructor's `locale` option: vega-typings types it as formatters, but the View
  // reads locale *definitions* (`{number, time}`) there and silently falls back to en-US for
  // anything else. Setting the formatters on the view is what axis ticks, legends and the
  // `format()` expression read when the dataflow runs.
  return view.locale(viewLocale(lang));
}

/** Draws a vega-lite spec (through its template) as SVG inside `container`. */
export async function drawChart(container: HTMLElement, spec: TopLevelSpec, lang: Lang, callbacks: ChartCallbacks = {}): Promise<DrawnChart> {
  const view = await makeView(spec, lang, 'svg');
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
 * Used for downloads: the spec given carries the title, source line and simulated flag. PNG goes
 * through vega's canvas renderer (part of vega-scenegraph, drawn into a browser canvas).
 */
export async function renderImage(spec: TopLevelSpec, lang: Lang, format: 'svg' | 'png'): Promise<string> {
  const view = await makeView(spec, lang, 'none');
  try {
    await view.runAsync();
    return format === 'svg' ? await view.toSVG() : await view.toImageURL('png', 2);
  } finally {
    view.finalize();
  }
}
