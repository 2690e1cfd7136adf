/**
 * Interactions on a drawn page, timed inside the page with `performance.now()`:
 *  - period change: set `period` on the map, until the map's DOM has stopped changing and the map
 *    is ready again (its last mutation or its `kollen-ready`, whichever is later);
 *  - area selection: click an area of the map (what a visitor does; the map turns it into a
 *    `kollen-area-select`), until the linked trend chart has redrawn the same way.
 * Watching the DOM rather than one element's internals keeps the measure honest for any
 * implementation: a widget that re-renders in several steps is timed to its last step. Each
 * sample also records when the widget fired `kollen-ready` and when the frame after its last
 * change had been rendered (`painted`: a task queued from the next animation frame).
 */
import type { Page } from 'playwright-core';

/** Timings of one batch of interactions, in ms from the change; `errors` says what could not be done. */
export interface InteractionResult {
  /** Until the widget's DOM stopped changing (the headline figure). */
  samples: number[];
  /** Until the widget fired `kollen-ready` (when it did). */
  readyEvent: number[];
  /** Until the frame after the last change was rendered. */
  painted: number[];
  errors: string[];
}

/** What to do: change the map's period, or select areas on the map and watch the trend. */
export type Interaction = { kind: 'period'; periods: string[]; repeat: number } | { kind: 'select'; repeat: number };

/** Runs inside the page (serialised by Playwright: no closures over module scope). */
async function interactInPage(interaction: Interaction): Promise<InteractionResult> {
  const deepFind = (selector: string, root: Document | ShadowRoot = document): Element | null => {
    const direct = root.querySelector(selector);
    if (direct) return direct;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot && deepFind(selector, element.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  interface Redraw {
    at: number;
    readyAt: number | null;
    paintedAt: number;
    mutations: number;
  }
  /** Resolves with when the element's DOM last changed, once it has been quiet and ready for a while. */
  const redrawn = (element: Element, quietMs = 150, timeoutMs = 10_000) =>
    new Promise<Redraw | null>((resolve) => {
      let last = 0;
      let readyAt: number | null = null;
      let paintedAt = 0;
      let mutations = 0;
      const observer = new MutationObserver((records) => {
        mutations += records.length;
        last = performance.now();
        const changedAt = last;
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (changedAt === last) paintedAt = performance.now();
          }, 0),
        );
      });
      observer.observe(element.shadowRoot ?? element, { subtree: true, childList: true, attributes: true, characterData: true });
      const onReady = () => (readyAt ??= performance.now());
      element.addEventListener('kollen-ready', onReady);
      const started = performance.now();
      const finish = (result: Redraw | null) => {
        observer.disconnect();
        element.removeEventListener('kollen-ready', onReady);
        resolve(result);
      };
      const check = () => {
        const now = performance.now();
        if (last > 0 && paintedAt > last && element.matches(':state(ready)') && now - last >= quietMs) {
          return finish({ at: last, readyAt, paintedAt, mutations });
        }
        if (now - started > timeoutMs) return finish(null);
        setTimeout(check, 10);
      };
      setTimeout(check, 10);
    });

  const map = deepFind('kollen-map');
  if (!map?.shadowRoot) return { samples: [], readyEvent: [], painted: [], errors: ['no drawn <kollen-map> on the page'] };
  const samples: number[] = [];
  const readyEvent: number[] = [];
  const painted: number[] = [];
  const errors: string[] = [];
  const record = (result: Redraw | null, start: number, what: string) => {
    if (!result) return errors.push(`${what}: not redrawn within 10 s`);
    samples.push(result.at - start);
    painted.push(result.paintedAt - start);
    if (result.readyAt !== null) readyEvent.push(result.readyAt - start);
  };

  if (interaction.kind === 'period') {
    for (let i = 0; i < interaction.repeat; i++) {
      const period = interaction.periods[i % interaction.periods.length]!;
      await frame();
      const done = redrawn(map);
      const start = performance.now();
      map.setAttribute('period', period);
      record(await done, start, `map after period=${period}`);
    }
    return { samples, readyEvent, painted, errors };
  }

  const trend = deepFind('kollen-trend');
  if (!trend) return { samples, readyEvent, painted, errors: ['no <kollen-trend> linked to the map'] };
  // The map's area shapes: the first of these that finds several (a code on each shape is the
  // usual way a map tells which area was clicked).
  const shadow = map.shadowRoot;
  const areas =
    ['path[data-code]', 'path[data-area]', '[role="option"]', 'path[tabindex]', '[data-code]']
      .map((selector) => [...shadow.querySelectorAll(selector)])
      .find((found) => found.length >= 2) ?? [];
  if (areas.length < 2) return { samples, readyEvent, painted, errors: [`found ${areas.length} selectable areas in the map`] };
  let selections = 0;
  const onSelect = () => selections++;
  document.addEventListener('kollen-area-select', onSelect);
  for (let i = 0; i < interaction.repeat; i++) {
    const area = areas[Math.floor(((i + 1) * areas.length) / (interaction.repeat + 2)) % areas.length]!;
    await frame();
    const before = selections;
    const done = redrawn(trend);
    const start = performance.now();
    area.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, view: window }));
    const result = await done;
    if (selections === before) errors.push('clicking an area of the map fired no kollen-area-select');
    record(result, start, 'trend after selecting an area');
  }
  document.removeEventListener('kollen-area-select', onSelect);
  return { samples, readyEvent, painted, errors };
}

/** Runs `interaction` on the open page. */
export function interact(page: Page, interaction: Interaction): Promise<InteractionResult> {
  return page.evaluate(interactInPage, interaction);
}
