/**
 * Every element, and the dashboard in each of its views, under the strict policy of
 * `examples/csp.html` and `examples/csp-dashboard.html` (`default-src 'self'; script-src 'self';
 * style-src 'self'; img-src 'self' data:`, no `unsafe-inline`, no `unsafe-eval`), and under the same
 * policy with Trusted Types required (`examples/trusted-types*.html`: `require-trusted-types-for
 * 'script'; trusted-types lit-html`, lit's own policy the only one): zero `securitypolicyviolation`
 * events, zero CSP console errors, and every widget reaches ready.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from './browser.js';
import { recordConsole, SHADOW_ROOTS, waitForStates } from './hardening-helpers.js';
import type { StaticServer } from './server.js';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const TRUSTED_TYPES_POLICY = `${POLICY}; require-trusted-types-for 'script'; trusted-types lit-html`;

/** The two policies, each with its page of every element and its dashboard page. */
const POLICIES = [
  { name: 'strict Content-Security-Policy', policy: POLICY, elements: 'examples/csp.html', dashboard: 'examples/csp-dashboard.html', trustedTypes: false },
  { name: 'strict Content-Security-Policy with Trusted Types', policy: TRUSTED_TYPES_POLICY, elements: 'examples/trusted-types.html', dashboard: 'examples/trusted-types-dashboard.html', trustedTypes: true },
];
let server: StaticServer;
let browser: Browser;

useSiteAndBrowser((started) => ({ server, browser } = started));

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

/**
 * Trusted Types are enforced on the page: a string assigned to `innerHTML` throws, and only lit's
 * policy exists (a second one, or one of another name, would be refused).
 */
async function expectTrustedTypesEnforced(page: Page): Promise<void> {
  const enforced = await page.evaluate(() => {
    let sinkRefused = false;
    try {
      document.createElement('div').innerHTML = '<b>text</b>';
    } catch {
      sinkRefused = true;
    }
    let otherPolicyRefused = false;
    try {
      (window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes.createPolicy('other', {});
    } catch {
      otherPolicyRefused = true;
    }
    return { sinkRefused, otherPolicyRefused };
  });
  expect(enforced).toEqual({ sinkRefused: true, otherPolicyRefused: true });
}

describe.each(POLICIES)('$name', ({ policy, elements, dashboard, trustedTypes }) => {
  it('runs the map, trend, ranking, breakdown, pyramid and indicator list with zero violations', async () => {
    const { page, console: entries } = await open(elements);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(policy);
    await waitForStates(page, 'kollen-map, kollen-trend, kollen-distribution, kollen-indicator-list', ['ready'], 30_000);
    // Interact a little: keyboard and tooltip on the map, a chart tooltip, a table.
    await page.locator('kollen-map svg.map').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('kollen-map [part="tooltip"]').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('kollen-trend [part="toolbar"] button >> nth=0').click();
    if (trustedTypes) {
      // Downloads draw the chart again off-screen (SVG markup, PNG through a canvas), and the
      // spec is copied as text: none may need a string-to-DOM sink.
      for (const kind of ['svg', 'png', 'spec']) await page.locator(`kollen-distribution >> nth=0 >> [data-export="${kind}"]`).click();
      await page.locator('kollen-map button.table-toggle').click();
      await page.locator('kollen-map [part="table"]').waitFor();
    }
    await waitForStates(page, 'kollen-map, kollen-trend, kollen-distribution, kollen-indicator-list', ['ready'], 30_000);
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
    expect(cspErrors(entries)).toEqual([]);
    expect(entries.filter((entry) => entry.type === 'error' || entry.type === 'pageerror')).toEqual([]);
    if (trustedTypes) await expectTrustedTypesEnforced(page);
    await page.close();
  });

  it('runs the dashboard in every view with zero violations', async () => {
    const { page, console: entries } = await open(dashboard);
    await waitAllReady(page);
    for (const view of ['map', 'trend', 'ranking', 'breakdown', 'table', 'area']) {
      await page.locator('kollen-dashboard').evaluate((element, v) => element.setAttribute('view', v), view);
      await page.waitForTimeout(100);
      await waitAllReady(page);
    }
    if (trustedTypes) {
      // The share panel (link, embed codes, a live preview widget) and every download.
      await page.locator('kollen-dashboard').evaluate((element) => element.setAttribute('view', 'map'));
      await page.locator('kollen-dashboard details.share summary').click();
      await waitAllReady(page);
      for (const kind of ['png', 'svg', 'csv-view', 'csv-all']) {
        await Promise.all([page.waitForEvent('download'), page.locator(`kollen-dashboard [data-download="${kind}"]`).click()]);
      }
    }
    expect(await violations(page)).toEqual([]);
    expect(cspErrors(entries)).toEqual([]);
    expect(entries.filter((entry) => entry.type === 'pageerror')).toEqual([]);
    // The policy is enforced on this page: an inline script is refused (and reported); with
    // Trusted Types its text is refused already, as a string assigned to a script sink.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      try {
        script.textContent = 'window.__inlineRan = true';
      } catch {
        return 'text refused';
      }
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true ? 'ran' : 'refused';
    });
    expect(ran).toBe(trustedTypes ? 'text refused' : 'refused');
    expect((await violations(page)).length).toBe(1);
    if (trustedTypes) {
      expect((await violations(page))[0]).toMatch(/^require-trusted-types-for/);
      await expectTrustedTypesEnforced(page);
    }
    await page.close();
  });
});
