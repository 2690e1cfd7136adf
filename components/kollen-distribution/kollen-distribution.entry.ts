/**
 * What `lib/kollen-distribution.js` runs (the build entry, see vite.config.ts;
 * `kollen-distribution.ts` is the element). It imports nothing statically, so it runs the moment it arrives and asks for the chart
 * engine at once, in parallel with the element's own code. Otherwise the engine's request waits
 * until the element's chunks have arrived and the element is on the page: one more round of
 * requests before the largest download starts. The element's `loadVega()` later gets this same
 * module instance; it also reports a failed load, so a failure here is left to it. The events and
 * the page-wide settings (`setDataRoot`, …) come the same way, so they too cost no static import.
 * (`components/entries/kollen-distribution.ts` is the npm build's entry and these exports' types.)
 */
const element = import('./kollen-distribution.js');
import('../shared/vega-runtime.js').catch(() => undefined);

const events = import('../shared/events.js');
const page = import('../page-settings.js');

export const { KollenDistribution } = await element;
export const { KollenAreaSelectEvent, KollenReadyEvent } = await events;
export const { getDataRoot, setDataRoot, setDefaultDataRoot, setLoadTimeout } = await page;
