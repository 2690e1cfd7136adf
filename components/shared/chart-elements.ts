/**
 * The chart elements (`<kollen-trend>`, `<kollen-distribution>`) loaded on first use. The dashboard
 * opens on the map and `kollen.js` serves pages that may hold no chart at all, so neither carries
 * the charts' code (elements, spec builders, chart styles: ~13 kB gzip) on its first screen: the
 * dashboard asks for a chart's module when it shows a chart view, `kollen.js` when a chart's tag
 * appears in the page. Until the module arrives the tag is an undefined element; once defined, it
 * upgrades with the attributes it already has, like any custom element.
 */
const CHART_MODULES = {
  'kollen-trend': () => import('../kollen-trend/kollen-trend.js'),
  'kollen-distribution': () => import('../kollen-distribution/kollen-distribution.js'),
} satisfies Record<string, () => Promise<unknown>>;

/** The tag of a chart element this module can load. */
export type ChartTag = keyof typeof CHART_MODULES;

export const CHART_TAGS = Object.keys(CHART_MODULES) as ChartTag[];

const requested = new Set<ChartTag>();

/**
 * Starts loading a chart element's module, once per tag, and the chart engine alongside (as the
 * chart entries do: otherwise the engine's request waits for the element's code). A failed load is
 * reported and forgotten, so the next call (the next render of a chart view) tries again.
 */
export function defineChart(tag: ChartTag): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  import('./vega-runtime.js').catch(() => undefined);
  CHART_MODULES[tag]().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`Kollen: the code of <${tag}> could not be loaded`, error);
  });
}

/**
 * Loads each chart element once its tag is in the document (there now, or added later): what a
 * page with one `<script src="kollen.js">` needs. Stops watching once every chart is loading.
 */
export function defineChartsOnFirstUse(root: Document): void {
  const waiting = new Set(CHART_TAGS);
  const check = () => {
    for (const tag of waiting) {
      if (!root.querySelector(tag)) continue;
      waiting.delete(tag);
      defineChart(tag);
    }
    if (waiting.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { childList: true, subtree: true });
  check();
}
