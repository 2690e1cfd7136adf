/**
 * Loads the chart engine (vega, vega-interpreter and the charts' compiled templates; not vega-lite) the first time a chart draws, once
 * per page: every chart on the page awaits the same promise and shares one copy. A failed load
 * (network, blocked chunk) is forgotten so that "try again" really fetches again.
 */
import type * as Runtime from './vega-runtime.js';

/** The chart engine's functions (see `vega-runtime.ts`). */
export type VegaRuntime = typeof Runtime;

let loading: Promise<VegaRuntime> | undefined;
let loads = 0;
let failedChunk: URL | undefined;

/**
 * The URL of the chunk a failed dynamic import names (Chromium and Firefox put it in the message).
 * Browsers remember a failed module fetch for the life of the page, so importing the same URL
 * again fails at once without a request; a retry has to ask for a URL the page has not seen.
 */
function chunkUrlOf(error: unknown): URL | undefined {
  const match = /https?:\/\/[^\s'"]+/.exec(error instanceof Error ? error.message : String(error));
  if (!match) return undefined;
  try {
    return new URL(match[0]);
  } catch {
    return undefined;
  }
}

function importRuntime(): Promise<VegaRuntime> {
  if (!failedChunk) return import('./vega-runtime.js');
  const retry = new URL(failedChunk);
  retry.searchParams.set('retry', String(loads));
  return import(/* @vite-ignore */ retry.href) as Promise<VegaRuntime>;
}

/** The chart engine, loaded on first call and shared by every later call. */
export function loadVega(): Promise<VegaRuntime> {
  if (!loading) {
    loads++;
    loading = importRuntime().catch((error: unknown) => {
      loading = undefined;
      failedChunk ??= chunkUrlOf(error);
      throw error;
    });
  }
  return loading;
}

/** How many times the engine was actually requested (tests prove two charts share one load). */
export function vegaLoadCount(): number {
  return loads;
}
