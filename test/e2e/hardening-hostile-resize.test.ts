/**
 * A host page that resizes its widgets (a sidebar opening, a window dragged, a phone turned): no
 * `ResizeObserver loop` error event — nor any other — may reach the page. Browsers report a
 * ResizeObserver callback that changes layout in the same frame as an `error` event on `window`,
 * which host pages' error trackers log as a failure of theirs.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { libraryPage, recordConsole, routePage, waitForStates } from './hardening-helpers.js';
import { serveStatic, type StaticServer } from './server.js';

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

const WIDGETS = `<div id="box">
  <kollen-map indicator="daily-smoking" level="municipality"></kollen-map>
  <kollen-trend indicator="daily-smoking" level="municipality" area="0180"></kollen-trend>
  <kollen-distribution kind="ranking" indicator="daily-smoking" level="municipality" area="0180"></kollen-distribution>
  <kollen-distribution kind="breakdown" indicator="daily-smoking" level="municipality" area="0180" breakdown="sex"></kollen-distribution>
  <kollen-dashboard indicator="daily-smoking" no-history></kollen-dashboard>
</div>`;

describe('widgets resized by the host page', () => {
  it('send no error event to the page while they resize, and end drawn at the final width', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const entries = recordConsole(page);
    await page.addInitScript(() => {
      const errors: string[] = [];
      (window as unknown as { __errors: string[] }).__errors = errors;
      window.addEventListener('error', (event) => errors.push(event.message || String(event.error)));
    });
    const url = `${server.url}hardening/resize.html`;
    await routePage(page, url, libraryPage(WIDGETS));
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
