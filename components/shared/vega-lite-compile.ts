/**
 * vega-lite, for the rare chart whose structure has no template (`chart-templates.json` covers
 * every structure the spec builders make from the published data and the fixtures; a data root
 * with a new shape could make another). Its own lazy chunk: a page whose charts all have templates
 * never downloads it.
 */
import type { Runtime, Spec } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse } from 'vega-parser';

/** Compiles a vega-lite spec to a vega dataflow description (expressions as syntax trees for the interpreter). */
export function toRuntime(spec: TopLevelSpec): Runtime {
  return parse(compile(spec).spec as Spec, undefined, { ast: true });
}

/** The vega-lite version that compiled such a chart. */
export { version as vegaLiteVersion } from 'vega-lite';
