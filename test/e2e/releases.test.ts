/**
 * Embeds that last, end to end on the built site: the script embed without JavaScript shows the
 * indicator's picture with its description, the iframe embed page and the share page show it
 * before (or without) scripts, and each preview's colours are the live map's for the same areas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/schema/types.js';
import { useSiteAndBrowser, waitForReady } from './browser.js';
import type { StaticServer } from './server.js';

let server: StaticServer;
let browser: Browser;
useSiteAndBrowser((started) => ({ server, browser } = started));

const DIST = join(import.meta.dirname, '../../dist');
const catalog = JSON.parse(readFileSync(join(DIST, 'data/catalog.json'), 'utf8')) as Catalog;

describe('a picture when scripts do not run', () => {
  it('the script embed code, with JavaScript off, shows the picture and its description as alt text', { timeout: 90_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}index.html?indicator=daily-smoking&lang=en`);
    await page.locator('kollen-dashboard details.share summary').click();
    const code = await page.locator('kollen-dashboard #embed-script').inputValue();
    await page.close();
    const description = catalog.indicators.find((i) => i.id === 'daily-smoking')!.previews!.map!.description.en!;
    expect(code).toContain('release="2026-12"');

    const context = await browser.newContext({ javaScriptEnabled: false });
    const host = await context.newPage();
    await host.goto(`${server.url}releases.html`);
    await host.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsletter</title></head><body><h1>News</h1>${code}</body></html>`);
    const img = host.locator('kollen-map img');
    await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(1200);
    expect(await img.getAttribute('alt')).toBe(description);
    expect(await img.isVisible()).toBe(true);
    expect(await host.locator('kollen-map a').last().textContent()).toBe('Open in Kollen');
    // The iframe embed page and the share page show the picture before scripts run.
    await host.goto(`${server.url}embed-daily-smoking.html?indicator=daily-smoking`);
    expect(await host.locator('kollen-dashboard img').getAttribute('alt')).toBe(catalog.indicators.find((i) => i.id === 'daily-smoking')!.previews!.map!.description.sv);
    await expect.poll(() => host.locator('kollen-dashboard img').evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(1200);
    const share = await (await context.request.get(`${server.url}share/daily-smoking.html`)).text();
    expect(share).toContain('<meta property="og:image" content="../data/previews/daily-smoking-map.png" />');
    expect(share).toContain('<meta name="twitter:card" content="summary_large_image" />');
    await context.close();
  });

  it('the share page forwards into the dashboard with the link’s state', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}share/daily-smoking.html?indicator=daily-smoking&view=trend&period=2018&release=2026-12`);
    await page.waitForURL(/\/\?indicator=daily-smoking&view=trend&period=2018&release=2026-12$/);
    await page.close();
  });

  it('every indicator’s map picture gives each area the colour the live map gives it', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}releases.html`);
    await page.addScriptTag({ url: `${server.url}lib/kollen.js`, type: 'module' });
    const ids = catalog.indicators.filter((i) => i.previews?.map).map((i) => i.id);
    expect(ids.length).toBe(catalog.indicators.length);
    await page.evaluate((list) => {
      for (const id of list) document.body.insertAdjacentHTML('beforeend', `<kollen-map indicator="${id}" data-root="./data/" loading="eager" style="display:block;width:600px"></kollen-map>`);
    }, ids);
    await waitForReady(page, 'kollen-map', 90_000);
    for (const id of ids) {
      const live = await page.evaluate((indicator) => {
        const map = document.querySelector(`kollen-map[indicator="${indicator}"]`)!;
        return Object.fromEntries([...map.shadowRoot!.querySelectorAll('path.area[data-code]')].map((path) => [path.getAttribute('data-code'), path.getAttribute('fill')]));
      }, id);
      const svg = readFileSync(join(DIST, 'data', catalog.indicators.find((i) => i.id === id)!.previews!.map!.svg), 'utf8');
      const pictured = Object.fromEntries([...svg.matchAll(/<path data-code="([^"]+)" d="[^"]*" fill="([^"]+)"/g)].map((m) => [m[1], m[2]]));
      expect(Object.keys(pictured).length, id).toBeGreaterThan(0);
      // Missing areas: the live map names its patterns per map (`url(#<uid>-<reason>)`), the picture `url(#missing-<reason>)`.
      const normalise = (fill: string | null) => (fill?.startsWith('url(') ? fill.replace(/#.*-(suppressed|not-collected|no-data)\)/, '#$1)') : fill);
      expect(Object.fromEntries(Object.entries(live).map(([code, fill]) => [code, normalise(fill as string | null)])), id).toEqual(
        Object.fromEntries(Object.entries(pictured).map(([code, fill]) => [code, normalise(fill as string | null)])),
      );
    }
    await page.close();
  });
});
