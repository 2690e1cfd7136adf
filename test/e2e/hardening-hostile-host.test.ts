/**
 * `examples/hostile.html`: a host page with `* { all: unset }`, a 40 px root font, hidden SVG and
 * buttons, forced `box-sizing`, and globals polluted before Kollen loads (enumerable
 * `Array.prototype.x` and `Object.prototype.foo`, junk `d3`/`vega`, an AMD `define`). The widgets
 * must still draw and work by keyboard, and leak no globals or styles back to the page. Also: a
 * page with an enumerable `Object.prototype` property, and a page that resizes its widgets, which
 * must send no error event (a ResizeObserver callback that changes layout in the same frame is
 * reported as one on `window`, and host pages' error trackers log it as theirs).
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from './browser.js';
import { libraryPage, recordConsole, routePage, waitForStates } from './hardening-helpers.js';
import type { StaticServer } from './server.js';

let server: StaticServer;
let browser: Browser;

useSiteAndBrowser((started) => ({ server, browser } = started));

/** Every kind of widget, in a box the host page resizes. */
// Eager: all of them are drawn and resized at once, wherever they land on the page.
const RESIZED_WIDGETS = `<div id="box">
  <kollen-map loading="eager" indicator="daily-smoking" level="municipality"></kollen-map>
  <kollen-trend loading="eager" indicator="daily-smoking" level="municipality" area="0180"></kollen-trend>
  <kollen-distribution loading="eager" kind="ranking" indicator="daily-smoking" level="municipality" area="0180"></kollen-distribution>
  <kollen-distribution loading="eager" kind="breakdown" indicator="daily-smoking" level="municipality" area="0180" breakdown="sex"></kollen-distribution>
  <kollen-dashboard loading="eager" indicator="daily-smoking" no-history></kollen-dashboard>
</div>`;

// lit registers its version in these arrays on globalThis (to warn about duplicate copies), and
// its decorators keep class metadata in `litPropertyMetadata`.
const LIT_VERSION_GLOBALS = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata'];

describe('hostile host page', () => {
  it('draws, works by keyboard, and leaks nothing back', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    const entries = recordConsole(page);
    await page.goto(`${server.url}examples/hostile.html`);
    await waitForStates(page, 'kollen-map, kollen-trend, kollen-distribution, kollen-indicator-list', ['ready'], 30_000);

    const drawn = await page.evaluate(() => {
      const box = (element: Element | null | undefined) => {
        const rect = element?.getBoundingClientRect();
        return rect ? { width: Math.round(rect.width), height: Math.round(rect.height) } : null;
      };
      const map = document.querySelector('kollen-map')!.shadowRoot!;
      const trend = document.querySelector('kollen-trend')!.shadowRoot!;
      const ranking = document.querySelector('kollen-distribution')!.shadowRoot!;
      return {
        areas: map.querySelectorAll('path.area').length,
        mapBox: box(map.querySelector('svg.map')),
        mapFill: getComputedStyle(map.querySelector('path.area')!).fill,
        toggle: box(map.querySelector('button.table-toggle')),
        trendLines: trend.querySelectorAll('.plot svg .mark-line.role-mark path').length,
        trendBox: box(trend.querySelector('.plot svg')),
        bars: ranking.querySelectorAll('.plot svg .mark-rect.role-mark path').length,
        rankingBox: box(ranking.querySelector('.plot svg')),
        items: document.querySelector('kollen-indicator-list')!.shadowRoot!.querySelectorAll('li').length,
      };
    });
    expect(drawn.areas).toBe(26);
    expect(drawn.mapBox!.width).toBeGreaterThan(200);
    expect(drawn.mapBox!.height).toBeGreaterThan(200);
    expect(drawn.mapFill).not.toBe('rgb(255, 0, 0)');
    expect(drawn.toggle!.height).toBeGreaterThan(10);
    expect(drawn.trendLines).toBeGreaterThanOrEqual(2);
    expect(drawn.trendBox!.height).toBeGreaterThan(100);
    expect(drawn.bars).toBeGreaterThan(20);
    expect(drawn.rankingBox!.height).toBeGreaterThan(100);
    expect(drawn.items).toBeGreaterThanOrEqual(15);

    // Keyboard: tab stop on the map, arrows move, Enter selects, and the trend follows.
    await page.locator('kollen-map svg.map').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const selected = await page.locator('kollen-map').getAttribute('area');
    expect(selected).toMatch(/^\d{4}$/);
    await expect.poll(() => page.locator('kollen-trend').getAttribute('area')).toBe(selected);
    await page.keyboard.press('t');
    await page.locator('kollen-map [part="table"]').waitFor();
    expect(await page.locator('kollen-map [part="table"] tbody tr').count()).toBe(26);

    // Nothing leaks back: no new globals beyond lit's version arrays, the probe paragraph and the
    // page's style sheets are as they were before Kollen loaded.
    const after = await page.evaluate(() => {
      const baseline = (window as unknown as { __kollenBaseline: { keys: string[]; probe: Record<string, string>; sheets: number } }).__kollenBaseline;
      const style = getComputedStyle(document.getElementById('probe')!);
      const changed = Object.keys(baseline.probe).filter((name) => style.getPropertyValue(name) !== baseline.probe[name]);
      const keys = Object.keys(window).filter((key) => !baseline.keys.includes(key) && key !== '__kollenBaseline');
      return { keys, changed, sheets: document.styleSheets.length - baseline.sheets, adopted: document.adoptedStyleSheets.length };
    });
    expect(after.keys.filter((key) => !LIT_VERSION_GLOBALS.includes(key))).toEqual([]);
    expect(after.changed).toEqual([]);
    expect(after.sheets).toBe(0);
    expect(after.adopted).toBe(0);
    expect(entries.filter((entry) => entry.type === 'pageerror' || entry.type === 'error')).toEqual([]);
    await page.close();
  });

  it('with an enumerable Object.prototype property, the map and the charts still draw', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    const entries = recordConsole(page);
    // topojson-client's mesh and the bundler's namespace helper iterated with for…in and failed on
    // such a page; Kollen's own border mesh and the rewritten helper (vite.config.ts) do not.
    await page.addInitScript("Object.prototype.foo = 'bar';");
    await page.goto(`${server.url}examples/hostile.html`);
    expect(await page.evaluate(() => Object.keys(Object.prototype))).toEqual(['foo']);
    // Polled with plain evaluate: Playwright's own waitForFunction machinery is not safe on such a page.
    const settled = `[...document.querySelectorAll('main > *')].filter((e) => e.localName.startsWith('kollen-'))
      .every((e) => e.matches(':state(ready)') || e.matches(':state(error)'))`;
    for (let tries = 0; !(await page.evaluate(settled)); tries++) {
      expect(tries, 'widgets settle').toBeLessThan(300);
      await page.waitForTimeout(100);
    }
    const drawn = await page.evaluate(() => {
      const widgets = [...document.querySelectorAll('main > *')].filter((element) => element.localName.startsWith('kollen-'));
      const shadow = (tag: string) => document.querySelector(tag)!.shadowRoot!;
      return {
        notReady: widgets.filter((element) => !element.matches(':state(ready)')).map((element) => element.localName),
        areas: shadow('kollen-map').querySelectorAll('path.area').length,
        borders: shadow('kollen-map').querySelector('path.border-core')?.getAttribute('d')?.length ?? 0,
        trendLines: shadow('kollen-trend').querySelectorAll('.plot svg .mark-line.role-mark path').length,
        bars: shadow('kollen-distribution').querySelectorAll('.plot svg .mark-rect.role-mark path').length,
      };
    });
    expect(drawn.notReady, entries.map((e) => e.text).join("\n")).toEqual([]);
    expect(drawn.areas).toBe(26);
    expect(drawn.borders).toBeGreaterThan(1000);
    expect(drawn.trendLines).toBeGreaterThanOrEqual(2);
    expect(drawn.bars).toBeGreaterThan(20);

    // The dashboard too, in a map view and a chart view (the same init script runs on this page).
    await page.goto(`${server.url}examples/csp-dashboard.html`);
    const dashboardDrawn = `(() => {
      const dashboard = document.querySelector('kollen-dashboard');
      const widgets = [...(dashboard?.shadowRoot?.querySelectorAll('kollen-map, kollen-trend, kollen-distribution') ?? [])];
      return !!dashboard?.matches(':state(ready)') && widgets.length > 0 && widgets.every((w) => w.matches(':state(ready)'));
    })()`;
    for (const view of ['map', 'ranking']) {
      await page.locator('kollen-dashboard').evaluate((element, v) => element.setAttribute('view', v), view);
      await page.waitForTimeout(100);
      for (let tries = 0; !(await page.evaluate(dashboardDrawn)); tries++) {
        expect(tries, `dashboard ${view} view draws`).toBeLessThan(300);
        await page.waitForTimeout(100);
      }
    }
    expect(entries.filter((entry) => entry.type === 'pageerror' || entry.type === 'error')).toEqual([]);
    await page.close();
  });

  it('resizing the widgets sends no error event to the page (no ResizeObserver loop), and they end drawn at the final width', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const entries = recordConsole(page);
    await page.addInitScript(() => {
      const errors: string[] = [];
      (window as unknown as { __errors: string[] }).__errors = errors;
      window.addEventListener('error', (event) => errors.push(event.message || String(event.error)));
    });
    const url = `${server.url}hardening/resize.html`;
    await routePage(page, url, libraryPage(RESIZED_WIDGETS));
    await page.goto(url);
    const all = '#box > *';
    await waitForStates(page, all, ['ready'], 30_000);
    // The container narrows and widens frame by frame, as a sidebar animation does, then the window does.
    await page.evaluate(async () => {
      const box = document.getElementById('box')!;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (const width of [1100, 900, 700, 520, 380, 320, 360, 600, 840, 1000, 760, 480]) {
        box.style.width = `${width}px`;
        await frame();
        await frame();
      }
    });
    for (const width of [700, 420, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(150);
    }
    await page.evaluate(() => (document.getElementById('box')!.style.width = '640px'));
    await page.waitForTimeout(300);
    await waitForStates(page, all, ['ready'], 30_000);
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    expect(entries.filter((entry) => entry.type === 'pageerror' || entry.type === 'error')).toEqual([]);
    // Everything is drawn for the final 640 px, not stuck at an earlier width.
    const widths = await page.evaluate(() => {
      const map = document.querySelector('kollen-map')!.shadowRoot!.querySelector('svg.map')!;
      const ranking = document.querySelector('kollen-distribution')!.shadowRoot!.querySelector('.plot svg')!;
      return { map: Math.round(map.getBoundingClientRect().width), ranking: Math.round(ranking.getBoundingClientRect().width) };
    });
    expect(widths.map).toBeLessThanOrEqual(640);
    expect(widths.map).toBeGreaterThan(560);
    expect(widths.ranking).toBeLessThanOrEqual(640);
    expect(widths.ranking).toBeGreaterThan(500);
    await page.close();
  });
});
