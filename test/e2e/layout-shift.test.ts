/**
 * Kollen is a guest on other people's pages: when its widgets arrive they must not push the host's
 * text around. Cumulative layout shift (the `layout-shift` entries a PerformanceObserver sees, as
 * Core Web Vitals sum them: shifts right after input do not count) is measured cold — a fresh
 * browser context, nothing cached — on each example page and the dashboard, on a phone (375 px)
 * and a laptop (1280 px), from the first byte until every widget is drawn and the network is idle.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from './browser.js';
import type { StaticServer } from './server.js';

/** "Good" CLS is ≤ 0.1; a guest should cost its host a small part of that. */
const CLS_BUDGET = 0.02;
const PAGES = [
  { path: 'examples/map.html', ready: 'kollen-map' },
  { path: 'examples/trend.html', ready: 'kollen-trend' },
  { path: 'examples/distribution.html', ready: 'kollen-distribution' },
  { path: '', ready: 'kollen-dashboard' },
];
const WIDTHS = [375, 1280];

let server: StaticServer;
let browser: Browser;

useSiteAndBrowser((started) => ({ server, browser } = started));

interface Shift {
  value: number;
  sources: string[];
}

/** Opens `path` cold at `width` px and returns the layout shifts until everything is drawn. */
async function layoutShifts(path: string, ready: string, width: number): Promise<Shift[]> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
          if (entry.hadRecentInput) continue;
          const sources = (entry.sources ?? []).map(({ node }) => (node instanceof Element ? node.localName + (node.className ? `.${String(node.className)}` : '') : String(node?.nodeName)));
          shifts.push({ value: entry.value, sources });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}${path}`);
    const settled = (state: string) =>
      page.waitForFunction(([sel, states]) => document.querySelector(sel) !== null && [...document.querySelectorAll(sel)].every((element) => element.matches(states)), [ready, state] as const, {
        timeout: 30_000,
      });
    await settled(':state(ready), :state(idle)');
    await page.waitForLoadState('networkidle');
    // Then down the page a screen at a time, as a reader scrolls: the widgets that waited below the
    // fold load now, and their shifts count too (scrolling is no input that excuses a shift).
    for (let y = 800; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 800) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(50);
    }
    await settled(':state(ready)');
    await page.waitForLoadState('networkidle');
    // Two frames, so that the last drawing's shifts (if any) have been reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
  } finally {
    await context.close();
  }
}

describe('layout shift while widgets load (cold)', () => {
  for (const { path, ready } of PAGES) {
    for (const width of WIDTHS) {
      // One retry: under a fully loaded test run (every file in parallel on 2 cores) the distribution
      // page has measured 0.04–0.085 at times, never when run alone. Known, not yet explained (issue 20's
      // note); the retry keeps the gate without letting a steady shift through.
      it(`/${path} at ${width} px: CLS ≤ ${CLS_BUDGET}`, { retry: 1, timeout: 60_000 }, async () => {
        const shifts = await layoutShifts(path, ready, width);
        const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
        console.log(`CLS /${path} at ${width} px: ${cls.toFixed(4)} (${shifts.length} shifts${shifts.length ? `: ${JSON.stringify(shifts)}` : ""})`);
        expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(CLS_BUDGET);
      });
    }
  }
});
