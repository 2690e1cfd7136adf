/**
 * Loads the chart engine (vega + vega-lite + vega-interpreter) the first time a chart draws, once
 * per page: every chart on the page awaits the same promise and shares one copy. A failed load
 * (network, blocked chunk) is forgotten so that "try again" really fetches again.
 */
import type * as Runtime from './vega-runtime.js';

/** The chart engine's functions (see `vega-runtime.ts`). */
export type VegaRuntime = typeof Runtime;

let loading: Promise<VegaRuntime> | undefined;
let loads = 0;

/** The chart engine, loaded on first call and shared by every later call. */
export function loadVega(): Promise<VegaRuntime> {
  if (!loading) {
    loads++;
    loading = import('./vega-runtime.js').catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  }
  return loading;
}

/** How many times the engine was actually requested (tests prove two charts share one load). */
export function vegaLoadCount(): number {
  return loads;
}
