/**
 * Helpers for the browser tests of every element: mount, wait for readiness, run axe-core.
 * Only imported by `*.test.ts` files, never by the library.
 */
import axe from 'axe-core';
import { expect } from 'vitest';

/** The fixture data root served by the test server (the real data lives at `/data/`). */
export const FIXTURE_DATA = '/test/fixtures/data/';

const mounted: Element[] = [];

/**
 * Mounts HTML in a fresh container and returns its first element. Widgets without a `loading`
 * attribute get `loading="eager"`: the test page's viewport is small, and a test of drawing must
 * not depend on where a widget lands on it (waiting out of view is tested end to end, in
 * test/e2e/layout-shift-lazy.test.ts).
 */
export function mount<T extends Element>(markup: string, width = 800): T {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.innerHTML = markup;
  for (const element of container.querySelectorAll('*')) {
    if (element.localName.startsWith('kollen-') && !element.hasAttribute('loading')) element.setAttribute('loading', 'eager');
  }
  document.body.append(container);
  mounted.push(container);
  return container.firstElementChild as T;
}

/** Removes everything `mount` added (call in `afterEach`). */
export function unmountAll(): void {
  for (const element of mounted.splice(0)) element.remove();
}

/** Resolves when the element matches `:state(name)`, or rejects after `timeoutMs`. */
export async function waitForState(element: Element, state: string, timeoutMs = 10_000): Promise<void> {
  const started = performance.now();
  while (!element.matches(`:state(${state})`)) {
    if (performance.now() - started > timeoutMs) {
      const states = ['idle', 'loading', 'ready', 'error', 'empty'].filter((s) => element.matches(`:state(${s})`));
      throw new Error(`${element.localName} did not reach :state(${state}) within ${timeoutMs} ms (now: ${states.join(', ') || 'none'})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if ('updateComplete' in element) await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on an element and fails with the violations listed. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: { region: { enabled: false } },
  });
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
  expect(summary).toEqual([]);
}
