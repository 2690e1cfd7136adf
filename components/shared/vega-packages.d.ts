/**
 * Types for the parts of vega that `vega-runtime.ts` assembles itself. The packages ship without
 * typings (only the `vega` bundle has them, through vega-typings), so the few names used are
 * declared here with vega's own types.
 */

declare module 'vega-dataflow' {
  /** A transform's constructor as registered with the dataflow (vega's `Transform` subclasses). */
  export type TransformFactory = abstract new (...args: never[]) => unknown;
  /** The registry the runtime looks operator types up in (lower-case type → constructor). */
  export const transforms: Record<string, TransformFactory>;
}

declare module 'vega-transforms' {
  import type { TransformFactory } from 'vega-dataflow';
  export const aggregate: TransformFactory;
  export const collect: TransformFactory;
  export const extent: TransformFactory;
  export const facet: TransformFactory;
  export const filter: TransformFactory;
  export const formula: TransformFactory;
  export const multiextent: TransformFactory;
  export const prefacet: TransformFactory;
  export const proxy: TransformFactory;
  export const relay: TransformFactory;
  export const sieve: TransformFactory;
  export const values: TransformFactory;
  export const values: TransformFactory;
}

declare module 'vega-view-transforms' {
  import type { TransformFactory } from 'vega-dataflow';
  export const bound: TransformFactory;
  export const mark: TransformFactory;
  export const overlap: TransformFactory;
  export const render: TransformFactory;
  export const viewlayout: TransformFactory;
}

declare module 'vega-encode' {
  import type { TransformFactory } from 'vega-dataflow';
  export const axisticks: TransformFactory;
  export const datajoin: TransformFactory;
  export const encode: TransformFactory;
  export const legendentries: TransformFactory;
  export const scale: TransformFactory;
  export const sortitems: TransformFactory;
  export const stack: TransformFactory;
}

declare module 'vega-parser' {
  import type { Config, Runtime, Spec } from 'vega';
  export function parse(spec: Spec, config?: Config, options?: { ast?: boolean }): Runtime;
}

declare module 'vega-view' {
  export { View } from 'vega';
}

declare module 'vega-format' {
  import type { LocaleFormatters } from 'vega';
  /** Number and time formatting for one view (d3-format / d3-time-format locale definitions). */
  export function locale(numberSpec?: object, timeSpec?: object): LocaleFormatters;
}
