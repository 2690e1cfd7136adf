/**
 * The chart examples as a visitor gets them: the built `lib/kollen-trend.js` and
 * `lib/kollen-distribution.js`, the published data, gzip from the server. Checks that the
 * CSP-strict page (no `unsafe-eval`, no `unsafe-inline`) draws both charts with zero policy
 * violations and zero console errors, that the example pages draw real data, and that several
 * charts on one page download the chart engine once.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordPage, waitForReady, useSiteAndBrowser } from './browser.js';
import type { StaticServer } from './server.js';

let server: StaticServer;
let browser: Browser;

useSiteAndBrowser((started) => ({ server, browser } = started));

/** Opens a page, collecting CSP violations (the DOM event) besides requests and console errors. */
async function open(page: Page, path: string) {
  const record = recordPage(page);
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as any).__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
    });
  });
  await page.goto(`${server.url}${path}`);
  return record;
}

const count = (page: Page, chart: string, selector: string) =>
  page.locator(chart).evaluate((element, sel) => element.shadowRoot!.querySelectorAll(`.plot svg ${sel}`).length, selector);

describe('chart examples (built library, real data)', () => {
  it('draws both charts under a strict Content-Security-Policy with no violations', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const record = await open(page, 'examples/csp-charts.html');
    await waitForReady(page, 'kollen-trend, kollen-distribution');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).not.toMatch(/unsafe-(eval|inline)/);
    expect(await count(page, 'kollen-trend', '.mark-line.role-mark path')).toBeGreaterThanOrEqual(2);
    expect(await count(page, 'kollen-distribution', '.mark-rect.role-mark path')).toBeGreaterThan(20);
    // hovering a point shows its tooltip (vega's event handling and expressions run interpreted)
    const point = await page.locator('kollen-trend').evaluate((element) => {
      const box = element.shadowRoot!.querySelector('.plot svg .mark-symbol.role-mark path')!.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await page.locator('kollen-trend [part="tooltip"]').waitFor();
    expect(await page.locator('kollen-trend [part="tooltip"]').textContent()).toContain('%');
    // exporting renders off-screen with the same engine
    await page.locator('kollen-trend').evaluate(async (element: any) => {
      HTMLAnchorElement.prototype.click = () => {};
      await element.download('svg');
      await element.download('png');
    });
    expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
    expect(record.errors).toEqual([]);
    // and the policy really is enforced: an inline script is refused on this page
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as any).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(await page.evaluate(() => (window as any).__violations.length)).toBe(1);
    await page.close();
  });

  it('the trend example draws Stockholm against the county, with intervals and the simulated flag', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const record = await open(page, 'examples/trend.html');
    await waitForReady(page, 'kollen-trend');
    expect(await count(page, 'kollen-trend', '.mark-line.role-mark path')).toBe(2);
    expect(await count(page, 'kollen-trend', '.mark-area.role-mark path')).toBe(2);
    expect(await count(page, 'kollen-trend', '.mark-symbol.role-mark path')).toBe(12);
    const caption = await page.locator('kollen-trend [part="title"]').textContent();
    expect(caption).toContain('Stockholm');
    expect(caption).toContain('Stockholms län (jämförelse)');
    expect(await page.locator('kollen-trend [part="simulated"]').textContent()).toContain('Simulerade data');
    const width = await page.locator('kollen-trend').evaluate((el) => el.shadowRoot!.querySelector('.plot svg')!.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(375);
    expect(record.errors).toEqual([]);
    await page.close();
  });

  it('the distribution example draws a ranking of 26 municipalities, a breakdown and a pyramid, loading vega once', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const record = await open(page, 'examples/distribution.html');
    await waitForReady(page, 'kollen-distribution');
    const [ranking, breakdown, pyramid] = await page.locator('kollen-distribution').evaluateAll((elements) =>
      elements.map((element) => ({
        bars: element.shadowRoot!.querySelectorAll('.plot svg .mark-rect.role-mark path').length,
        text: element.shadowRoot!.querySelector('.plot svg')!.textContent ?? '',
        rows: element.shadowRoot!.querySelectorAll('tbody tr').length,
      })),
    );
    expect(ranking!.rows).toBe(26);
    expect(ranking!.bars).toBeGreaterThan(20);
    expect(ranking!.text).toContain('Stockholms län');
    expect(breakdown!.bars).toBe(6);
    expect(pyramid!.bars).toBeGreaterThan(30);
    const vegaRequests = record.requests.filter((url) => /vega-runtime/.test(new URL(url).pathname));
    expect(vegaRequests).toHaveLength(1);
    // The charts draw from templates compiled at build time: vega-lite is never fetched.
    expect(record.requests.filter((url) => /vega-lite/.test(new URL(url).pathname))).toEqual([]);
    expect(record.errors).toEqual([]);
    await page.close();
  });

  it('writes axis numbers in the chart\'s language (sv "50 000", en "50,000") and ranks on whole-number ticks', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, 'examples/distribution.html');
    await waitForReady(page, 'kollen-distribution');
    const axisLabels = () =>
      page.locator('kollen-distribution').evaluateAll((elements) =>
        elements.map((element) => [...element.shadowRoot!.querySelectorAll('.plot svg .role-axis-label text')].map((text) => text.textContent ?? '')),
      );
    const [ranking, , pyramid] = await axisLabels();
    expect(pyramid).toContain('50\u00a0000');
    expect(pyramid!.some((label) => label.includes(','))).toBe(false);
    // daily smoking (one decimal) ranked on a wide screen: whole-number ticks, no "0.0"
    expect(ranking).toEqual(expect.arrayContaining(['0', '2', '4']));
    expect(ranking!.some((label) => /^\d+[.,]\d$/.test(label))).toBe(false);
    await page.evaluate(() => document.querySelectorAll('kollen-distribution').forEach((element) => element.setAttribute('lang', 'en')));
    await expect.poll(async () => (await axisLabels())[2], { timeout: 10_000 }).toContain('50,000');
    await page.close();
  });
});
