/**
 * What `lib/kollen-distribution.js` runs (the build entry, see vite.config.ts;
 * `kollen-distribution.ts` is the element). It imports nothing statically, so it runs the moment it arrives and asks for the chart
 * engine at once, in parallel with the element's own code. Otherwise the engine's request waits
 * until the element's chunks have arrived and the element is on the page: one more round of
 * requests before the largest download starts. The element's `loadVega()` later gets this same
 * module instance; it also reports a failed load, so a failure here is left to it. It imports
 * `components/entries/kollen-distribution.ts` (the element, its events and the page-wide settings such as
 * `setDataRoot`; the npm build's entry and the types of these exports): one module, so the
 * bundler's chunks stay those of the element alone.
 */
const element = import('../entries/kollen-distribution.js');
import('../shared/vega-runtime.js').catch(() => undefined);

export const { KollenDistribution, KollenAreaSelectEvent, KollenReadyEvent, getDataRoot, setDataRoot, setDefaultDataRoot, setLoadTimeout } = await element;
