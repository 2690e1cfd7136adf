/**
 * Hostile text in data files (`test/fixtures/hostile-data/`): titles, descriptions, area names,
 * sources and category names holding HTML, `<script>`, `<img onerror>`, `<svg onload>`, an
 * `<iframe src="javascript:…">`, `javascript:` links, very long words, right-to-left text with
 * direction overrides, and names with U+2028/U+2029 and quotes (which an expression string cannot
 * hold). Every payload would set `window.__kollenPwned`; it must stay unset, the payloads must show
 * as text, links must be http(s) (any other is left out), and long text must wrap at 320 px.
 */
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { libraryPage, recordConsole, routePage, shadowFacts, waitForStates } from './hardening-helpers.js';
import { serveStatic, type StaticServer } from './server.js';

const repo = resolve(import.meta.dirname, '../..');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic({ mounts: [{ prefix: '/hostile-data/', dirs: [join(repo, 'test/fixtures/hostile-data')] }] });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const WIDGETS = `
  <kollen-indicator-list loading="eager" data-root="/hostile-data/"></kollen-indicator-list>
  <kollen-map loading="eager" data-root="/hostile-data/" area="0001"></kollen-map>
  <kollen-trend loading="eager" data-root="/hostile-data/" area="0001"></kollen-trend>
  <kollen-distribution loading="eager" data-root="/hostile-data/" kind="ranking" area="0001"></kollen-distribution>
  <kollen-distribution loading="eager" data-root="/hostile-data/" kind="breakdown" area="0001"></kollen-distribution>
  <kollen-map id="javascript-link" loading="eager" data-root="/hostile-data/" indicator="hostile-link"></kollen-map>`;

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __kollenPwned?: unknown }).__kollenPwned);

describe('hostile text in data files', () => {
  it('is shown as text, never executed, at 320 px without breaking the layout', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    const entries = recordConsole(page);
    const url = `${server.url}hardening/hostile-text.html`;
    await routePage(page, url, libraryPage(WIDGETS, '<style>body { margin: 0 }</style>'));
    await page.goto(url);
    await waitForStates(page, 'kollen-indicator-list, kollen-map, kollen-trend, kollen-distribution', ['ready']);

    // Bring every piece of data text on screen: tooltips, tables, the keyboard hint.
    const map = page.locator('kollen-map >> nth=0');
    const area = map.locator('path.area >> nth=0');
    await area.hover({ force: true });
    await map.locator('[part="tooltip"]').waitFor();
    await map.locator('button.table-toggle').click();
    for (const chart of ['kollen-trend', 'kollen-distribution >> nth=0', 'kollen-distribution >> nth=1']) {
      await page.locator(chart).locator('[part="toolbar"] button >> nth=0').click();
    }
    await page.locator('kollen-map >> nth=0').locator('svg.map').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);

    expect(await pwned(page)).toBeUndefined();
    const facts = await shadowFacts(page);
    expect(facts.dangerous).toEqual([]);
    expect(facts.handlers).toEqual([]);
    for (const link of facts.links) expect(link, 'links from data are http(s) only').toMatch(/^(https?:|blob:|#)/);
    expect(facts.links.some((link) => link.startsWith('https://example.org/?q='))).toBe(true);
    // The payloads are visible as the text they are.
    expect(facts.text).toContain('<img src=x onerror=');
    expect(facts.text).toContain('<script>window.__kollenPwned');
    expect(facts.text).toContain('\u202eevil.exe\u202c');
    // Names with line and paragraph separators and quotes (valid JSON text that no vega expression
    // string can hold) reach the charts as data: every chart draws its marks, the names show.
    expect(facts.text).toContain('\u2028rad\u2029stycke "+datum.x+" \\\'');
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('kollen-trend, kollen-distribution')].map((chart) => chart.shadowRoot!.querySelectorAll('.plot svg .role-mark path').length),
    );
    for (const count of marks) expect(count).toBeGreaterThan(0);

    // The file with a javascript: link is drawn without the link, and the console names the field.
    expect(await page.locator('#javascript-link').evaluate((element) => element.shadowRoot!.querySelectorAll('path.area').length)).toBeGreaterThan(0);
    expect(facts.links.filter((link) => /^javascript:/i.test(link))).toEqual([]);
    expect(entries.some((entry) => entry.type === 'warning' && entry.text.includes('$.source.url') && entry.text.includes('an http(s) URL (the link is left out)'))).toBe(true);

    // Long words and titles wrap inside 320 px: no sideways scrolling of the page.
    const layout = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widgets: [...document.querySelectorAll('body > *')].map((element) => Math.round(element.getBoundingClientRect().right)),
      titles: [...document.querySelectorAll('body > *')].flatMap((element) =>
        [...(element.shadowRoot?.querySelectorAll('[part="title"], h3') ?? [])].map((title) => title.scrollWidth - title.clientWidth),
      ),
    }));
    expect(layout.page).toBeLessThanOrEqual(320);
    for (const right of layout.widgets) expect(right).toBeLessThanOrEqual(320);
    for (const overflow of layout.titles) expect(overflow).toBeLessThanOrEqual(1);
    expect(entries.filter((entry) => entry.type === 'pageerror')).toEqual([]);
    expect(await pwned(page)).toBeUndefined();
    await page.close();
  });

  it('the dashboard shows the same data as text too', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    const url = `${server.url}hardening/hostile-dashboard.html`;
    await routePage(page, url, libraryPage('<kollen-dashboard data-root="/hostile-data/" no-history></kollen-dashboard>'));
    await page.goto(url);
    await waitForStates(page, 'kollen-dashboard', ['ready']);
    await page.waitForTimeout(500);
    expect(await pwned(page)).toBeUndefined();
    const facts = await shadowFacts(page);
    expect(facts.dangerous).toEqual([]);
    expect(facts.handlers).toEqual([]);
    for (const link of facts.links) expect(link).toMatch(/^(https?:|blob:|#|\?|data:)/);
    expect(facts.text).toContain('<img src=x onerror=');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});
