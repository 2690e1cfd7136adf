/**
 * Every element, and the dashboard in each of its views, under the strict policy of
 * `examples/csp.html` and `examples/csp-dashboard.html` (`default-src 'self'; script-src 'self';
 * style-src 'self'; img-src 'self' data:`, no `unsafe-inline`, no `unsafe-eval`): zero
 * `securitypolicyviolation` events, zero CSP console errors, and every widget reaches ready.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { recordConsole, SHADOW_ROOTS, waitForStates } from './hardening-helpers.js';
import { serveStatic, type StaticServer } from './server.js';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 1280): Promise<{ page: Page; console: ReturnType<typeof recordConsole> }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const entries = recordConsole(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  await page.goto(`${server.url}${path}`);
  return { page, console: entries };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
const cspErrors = (entries: { text: string }[]) =>
  entries.filter((entry) => /content security policy|content-security-policy|refused to/i.test(entry.text)).map((entry) => entry.text);

/** True once every Kollen element in the page, nested ones in the dashboard included, is ready. */
const allReady = `(() => {
  const widgets = ${SHADOW_ROOTS}.flatMap((root) => [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('kollen-')));
  return widgets.length > 0 && widgets.every((el) => el.matches(':state(ready)'));
})()`;

/** Polls `allReady` with `evaluate` (waitForFunction with a string would need eval, which the policy forbids). */
async function waitAllReady(page: Page, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(allReady))) {
    if (Date.now() > end) throw new Error('not every Kollen element reached ready');
    await page.waitForTimeout(100);
  }
}

describe('strict Content-Security-Policy', () => {
  it('runs the map, trend, ranking, breakdown, pyramid and indicator list with zero violations', async () => {
    const { page, console: entries } = await open('examples/csp.html');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(POLICY);
    await waitForStates(page, 'kollen-map, kollen-trend, kollen-distribution, kollen-indicator-list', ['ready'], 30_000);
    // Interact a little: keyboard and tooltip on the map, a chart tooltip, a table.
    await page.locator('kollen-map svg.map').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('kollen-map [part="tooltip"]').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('kollen-trend [part="toolbar"] button >> nth=0').click();
    await waitForStates(page, 'kollen-map, kollen-trend, kollen-distribution, kollen-indicator-list', ['ready'], 30_000);
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
    expect(cspErrors(entries)).toEqual([]);
    expect(entries.filter((entry) => entry.type === 'error' || entry.type === 'pageerror')).toEqual([]);
    await page.close();
  });

  it('runs the dashboard in every view with zero violations', async () => {
    const { page, console: entries } = await open('examples/csp-dashboard.html');
    await waitAllReady(page);
    for (const view of ['map', 'trend', 'ranking', 'breakdown', 'table', 'area']) {
      await page.locator('kollen-dashboard').evaluate((element, v) => element.setAttribute('view', v), view);
      await page.waitForTimeout(100);
      await waitAllReady(page);
    }
    expect(await violations(page)).toEqual([]);
    expect(cspErrors(entries)).toEqual([]);
    expect(entries.filter((entry) => entry.type === 'pageerror')).toEqual([]);
    // The policy is enforced on this page: an inline script is refused (and reported).
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect((await violations(page)).length).toBe(1);
    await page.close();
  });
});
