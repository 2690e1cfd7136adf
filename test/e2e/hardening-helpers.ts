/**
 * Shared pieces of the hardening tests: pages made up on the fly (served through Playwright
 * routing, on the test server's origin so they load the built library like any page), console
 * messages with their arguments (the precise location of a data problem is in the message and in
 * its `issues` argument), and waiting for several widgets to settle into a state.
 */
import type { Page } from 'playwright-core';

/** A console message as text plus its arguments as JSON, so tests can look for file and JSON path. */
export interface ConsoleEntry {
  type: string;
  text: string;
}

/** Records console errors and warnings (with their arguments serialised) and page errors. */
export function recordConsole(page: Page): ConsoleEntry[] {
  const entries: ConsoleEntry[] = [];
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const entry = { type, text: message.text() };
    entries.push(entry);
    // Argument values arrive asynchronously; appended to the same entry.
    void Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => '')))
      .then((values) => {
        entry.text += ` ${JSON.stringify(values)}`;
      })
      .catch(() => undefined);
  });
  page.on('pageerror', (error) => entries.push({ type: 'pageerror', text: `${error.message}\n${error.stack ?? ''}` }));
  return entries;
}

/** Serves `html` at `url` for this page (an HTML page made up by the test). */
export async function routePage(page: Page, url: string, html: string): Promise<void> {
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

/** A bare page that loads the whole built library and holds `body`. */
export function libraryPage(body: string, head = ''): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script type="module" src="/lib/kollen.js"></script>${head}</head><body>${body}</body></html>`;
}

/** Escapes text for an HTML attribute value in quotes. */
export function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Waits until every element matching `selector` is in one of `states` (`:state(...)`). */
export async function waitForStates(page: Page, selector: string, states: string[], timeout = 20_000): Promise<void> {
  try {
    await waitForFunction(page, selector, states, timeout);
  } catch (error) {
    // Say where each widget got stuck: far more useful than "timeout".
    const seen = await page
      .evaluate((sel) => [...document.querySelectorAll(sel)].map((element) => {
        const state = ['idle', 'loading', 'ready', 'error', 'empty'].find((s) => element.matches(`:state(${s})`)) ?? 'none';
        return `${element.localName}: ${state}: ${element.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 160) ?? ''}`;
      }), selector)
      .catch(() => []);
    throw new Error(`${selector} did not reach ${states.join('|')}:\n${seen.join('\n')}`, { cause: error });
  }
}

async function waitForFunction(page: Page, selector: string, states: string[], timeout: number): Promise<void> {
  await page.waitForFunction(
    ([sel, wanted]) => {
      const elements = [...document.querySelectorAll(sel as string)];
      return elements.length > 0 && elements.every((element) => (wanted as string[]).some((state) => element.matches(`:state(${state})`)));
    },
    [selector, states] as const,
    { timeout },
  );
}

/** The text of a widget's status view (`[part=status]` in its shadow root), or null. */
export function statusText(page: Page, selector: string): Promise<string | null> {
  return page.locator(selector).evaluate((element) => element.shadowRoot?.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null);
}

/** Which `:state()` a widget is in. */
export function stateOf(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .evaluate((element) => ['loading', 'ready', 'error', 'empty'].find((state) => element.matches(`:state(${state})`)) ?? 'none');
}

/**
 * Browser-side source of `roots()`: the document and every shadow root under it, nested ones
 * included. A string rather than a function, so the test transform cannot add helpers to it.
 */
export const SHADOW_ROOTS = `(() => {
  const found = [document];
  for (let i = 0; i < found.length; i++) {
    for (const element of found[i].querySelectorAll('*')) if (element.shadowRoot) found.push(element.shadowRoot);
  }
  return found;
})()`;

/** Facts about every shadow root on a page: injected elements, event-handler attributes, link targets, ids. */
export interface ShadowFacts {
  roots: number;
  dangerous: string[];
  handlers: string[];
  links: string[];
  ids: { root: number; id: string; svg: boolean }[];
  text: string;
}

/** Collects `ShadowFacts` from the page (shadow roots only; the host page is the host's business). */
export function shadowFacts(page: Page): Promise<ShadowFacts> {
  return page.evaluate(`(() => {
    const roots = ${SHADOW_ROOTS}.slice(1);
    const facts = { roots: roots.length, dangerous: [], handlers: [], links: [], ids: [], text: '' };
    roots.forEach((root, index) => {
      for (const element of root.querySelectorAll('*')) {
        const tag = element.localName;
        if (['script', 'img', 'iframe', 'object', 'embed', 'foreignobject', 'image'].includes(tag)) facts.dangerous.push(tag);
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name)) facts.handlers.push(tag + ' ' + attribute.name);
        }
        if ((tag === 'a' || tag === 'area') && element.hasAttribute('href')) facts.links.push(element.getAttribute('href'));
        if (element.id) facts.ids.push({ root: index, id: element.id, svg: !!element.closest('svg') });
      }
      facts.text += ' ' + [...root.childNodes].map((node) => node.textContent).join(' ');
    });
    return facts;
  })()`);
}
