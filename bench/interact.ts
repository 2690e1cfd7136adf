/**
 * Interactions on a drawn page, timed inside the page with `performance.now()`:
 *  - period change: set `period` on the map, until the map's DOM has stopped changing and the map
 *    is ready again (its last mutation or its `kollen-ready`, whichever is later);
 *  - area selection: click an area of the map (what a visitor does; the map turns it into a
 *    `kollen-area-select`), until the linked trend chart has redrawn the same way.
 * Watching the DOM rather than one element's internals keeps the measure honest for any
 * implementation: a widget that re-renders in several steps is timed to its last step.
 */
import type { Page } from 'playwright-core';

/** Timings of one batch of interactions, in ms; `errors` says what could not be done. */
export interface InteractionResult {
  samples: number[];
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
  /** Resolves with when the element's DOM last changed (or it fired ready), once quiet and ready. */
  const redrawn = (element: Element, quietMs = 150, timeoutMs = 10_000) =>
    new Promise<{ at: number; mutations: number } | null>((resolve) => {
      let last = 0;
      let mutations = 0;
      const observer = new MutationObserver((records) => {
        mutations += records.length;
        last = performance.now();
      });
      observer.observe(element.shadowRoot ?? element, { subtree: true, childList: true, attributes: true, characterData: true });
      const onReady = () => (last = Math.max(last, performance.now()));
      element.addEventListener('kollen-ready', onReady);
      const started = performance.now();
      const finish = (result: { at: number; mutations: number } | null) => {
        observer.disconnect();
        element.removeEventListener('kollen-ready', onReady);
        resolve(result);
      };
      const check = () => {
        const now = performance.now();
        if (last > 0 && element.matches(':state(ready)') && now - last >= quietMs) return finish({ at: last, mutations });
        if (now - started > timeoutMs) return finish(null);
        setTimeout(check, 10);
      };
      setTimeout(check, 10);
    });

  const map = deepFind('kollen-map');
  if (!map?.shadowRoot) return { samples: [], errors: ['no drawn <kollen-map> on the page'] };
  const samples: number[] = [];
  const errors: string[] = [];
  const record = (result: { at: number; mutations: number } | null, start: number, what: string) => {
    if (!result) errors.push(`${what}: not redrawn within 10 s`);
    else if (result.mutations === 0) errors.push(`${what}: nothing changed`);
    else samples.push(result.at - start);
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
    return { samples, errors };
  }

  const trend = deepFind('kollen-trend');
  if (!trend) return { samples: [], errors: ['no <kollen-trend> linked to the map'] };
  // Areas are the map's focusable shapes (a keyboard-operable map makes every area focusable).
  const areas = [...map.shadowRoot.querySelectorAll('path[tabindex], [role="button"], [data-code], [data-area]')];
  if (areas.length < 2) return { samples: [], errors: [`found ${areas.length} selectable areas in the map`] };
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
  return { samples, errors };
}

/** Runs `interaction` on the open page. */
export function interact(page: Page, interaction: Interaction): Promise<InteractionResult> {
  return page.evaluate(interactInPage, interaction);
}
