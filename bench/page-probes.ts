/**
 * Code that runs inside the measured pages. Kept apart from the Node side because it is
 * serialised by Playwright and must not close over anything.
 */

/** Installed before any page script: records readiness events and long tasks from navigation on. */
export function installProbes(): void {
  const probes = {
    firstReady: new Map<Element, number>(),
    readyEvents: 0,
    baselineReady: null as number | null,
    baselineError: null as string | null,
    longTasks: [] as { start: number; duration: number }[],
  };
  (window as any).__bench = probes;
  // Capture on window: `kollen-ready` is composed, so it arrives here even from shadow roots
  // (the dashboard's children); composedPath()[0] is the element that fired it.
  window.addEventListener(
    'kollen-ready',
    (event) => {
      const at = performance.now();
      const element = event.composedPath()[0] as Element;
      probes.readyEvents++;
      if (!probes.firstReady.has(element)) probes.firstReady.set(element, at);
    },
    true,
  );
  document.addEventListener('bench-ready', () => (probes.baselineReady = performance.now()));
  document.addEventListener('bench-error', (event) => (probes.baselineError = String((event as CustomEvent).detail)));
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: counts stay empty.
  }
}

/** Readiness of a page, as seen from inside it. */
export interface PageReadiness {
  /** Every Kollen element settled (ready, empty, error, or idle out of view) and at least one ready; or the baseline marked done. */
  settled: boolean;
  /** When the last element first became ready (ms since navigation start). */
  readyAt: number | null;
  /** Kollen elements found (shadow roots included) and those in the error state. */
  elements: string[];
  errors: string[];
}

/** Reads the page's readiness; `kind` says whether it is a Kollen page or a baseline. */
export function readReadiness(kind: 'kollen' | 'baseline'): PageReadiness {
  const probes = (window as any).__bench;
  if (kind === 'baseline') {
    return {
      settled: probes.baselineReady !== null || probes.baselineError !== null,
      readyAt: probes.baselineReady,
      elements: [],
      errors: probes.baselineError ? [probes.baselineError] : [],
    };
  }
  const found: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('kollen-')) found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  const is = (element: Element, state: string) => {
    try {
      return element.matches(`:state(${state})`);
    } catch {
      return false;
    }
  };
  // Elements not yet defined will still load; defined ones without any state are not Kollen widgets.
  const widgets = found.filter(
    (element) => !customElements.get(element.localName) || ['idle', 'loading', 'ready', 'empty', 'error'].some((s) => is(element, s)),
  );
  const ready = widgets.filter((element) => is(element, 'ready'));
  const failed = widgets.filter((element) => is(element, 'error'));
  const settled =
    // A widget waiting out of view (`idle`, nothing fetched) is not waited for: readiness is the first screen's.
    widgets.length > 0 && ready.length > 0 && widgets.every((element) => ['ready', 'empty', 'error', 'idle'].some((state) => is(element, state)));
  const times = ready.map((element) => probes.firstReady.get(element) as number | undefined).filter((t) => t !== undefined);
  return {
    settled,
    readyAt: times.length === ready.length && times.length > 0 ? Math.max(...times) : null,
    elements: widgets.map((element) => element.localName),
    errors: failed.map((element) => `${element.localName} shows its error view: ${element.shadowRoot?.textContent?.trim().slice(0, 200) ?? ''}`),
  };
}
