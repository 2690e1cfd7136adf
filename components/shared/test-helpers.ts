/**
 * Helpers for the browser tests of every element: mount, wait for readiness, run axe-core.
 * Only imported by `*.test.ts` files, never by the library.
 */
import axe from 'axe-core';
import { expect } from 'vitest';

/** The fixture data root served by the test server (the real data lives at `/data/`). */
export const FIXTURE_DATA = '/test/fixtures/data/';

const mounted: Element[] = [];

/** Mounts HTML in a fresh container and returns its first element. */
export function mount<T extends Element>(markup: string, width = 800): T {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.innerHTML = markup;
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
      const states = ['loading', 'ready', 'error', 'empty'].filter((s) => element.matches(`:state(${s})`));
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
