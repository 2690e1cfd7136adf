/**
 * Network faults against the built library: 404, 500, a connection that never answers (the
 * widget times out and offers retry), a slow answer (the loading state stays visible), a download
 * that breaks off, and a chart engine chunk that fails to load. Each ends in a usable state with a
 * retry button, and a retry that succeeds draws normally.
 */
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { libraryPage, recordConsole, routePage, stateOf, statusText, waitForStates } from './hardening-helpers.js';
import { serveStatic, type Fault, type StaticServer } from './server.js';

const repo = resolve(import.meta.dirname, '../..');
const CATALOG = '/net-data/catalog.json';
const INDICATOR = '/net-data/indicators/fixture-smoking.json';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic({ mounts: [{ prefix: '/net-data/', dirs: [join(repo, 'test/fixtures/data')] }] });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(() => server.faults.clear());

/**
 * Opens an empty page with the library, sets the page-wide load timeout, then adds a map and a
 * trend reading the fixture root (so the timeout is in force before any request starts).
 */
async function openWidgets(timeoutMs = 20_000): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  const url = `${server.url}hardening/network.html`;
  await routePage(page, url, libraryPage('<main></main>'));
  await page.goto(url);
  // A string, so vitest does not rewrite the dynamic import for Node.
  await page.evaluate(`import('/lib/kollen.js').then((kollen) => {
    kollen.setLoadTimeout(${timeoutMs});
    document.querySelector('main').innerHTML =
      '<kollen-map data-root="/net-data/"></kollen-map><kollen-trend data-root="/net-data/" area="0001"></kollen-trend>';
  })`);
  return page;
}

async function expectDrawn(page: Page): Promise<void> {
  await waitForStates(page, 'kollen-map, kollen-trend', ['ready']);
  const drawn = await page.evaluate(() => ({
    areas: document.querySelector('kollen-map')!.shadowRoot!.querySelectorAll('path.area').length,
    lines: document.querySelector('kollen-trend')!.shadowRoot!.querySelectorAll('.plot svg .mark-line.role-mark path').length,
  }));
  expect(drawn.areas).toBe(2);
  expect(drawn.lines).toBeGreaterThanOrEqual(2);
}

/** Both widgets show `message` with a retry button; the fault is lifted; retry draws. */
async function failThenRetry(page: Page, path: string, message: string): Promise<void> {
  await waitForStates(page, 'kollen-map, kollen-trend', ['error']);
  for (const tag of ['kollen-map', 'kollen-trend']) {
    expect(await statusText(page, tag), tag).toContain(message);
    await expect(page.locator(`${tag} [part="retry"]`).isVisible()).resolves.toBe(true);
  }
  server.faults.delete(path);
  const before = server.hits.get(path) ?? 0;
  await page.locator('kollen-map [part="retry"]').click();
  await page.locator('kollen-trend [part="retry"]').click();
  await expectDrawn(page);
  // The retry fetched again (failures are not cached).
  expect(server.hits.get(path) ?? 0).toBeGreaterThan(before);
}

const cases: [string, string, Fault, string][] = [
  ['a missing catalogue (404)', CATALOG, { status: 404 }, 'datafilen finns inte'],
  ['a server error on the indicator file (500)', INDICATOR, { status: 500 }, 'servern svarade med ett fel'],
  ['a download that breaks off half-way', INDICATOR, 'truncate', 'Kontrollera din uppkoppling'],
];

describe('network faults', () => {
  it.each(cases)('%s ends in a message with retry, and retry draws', async (_name, path, fault, message) => {
    server.faults.set(path, fault);
    const page = await openWidgets();
    const entries = recordConsole(page);
    await failThenRetry(page, path, message);
    expect(entries.filter((entry) => entry.type === 'pageerror')).toEqual([]);
    await page.close();
  });

  it('a connection that never answers times out (configurable), offers retry, and retry draws', async () => {
    server.faults.set(INDICATOR, 'hang');
    const started = Date.now();
    const page = await openWidgets(700);
    await failThenRetry(page, INDICATOR, 'Det tog för lång tid att hämta statistiken.');
    expect(Date.now() - started).toBeLessThan(15_000);
    await page.close();
  });

  it('a slow answer keeps the loading state visible, then draws', async () => {
    server.faults.set(INDICATOR, { delayMs: 1500 });
    const page = await openWidgets();
    await page.waitForTimeout(600);
    for (const tag of ['kollen-map', 'kollen-trend']) {
      expect(await stateOf(page, tag), tag).toBe('loading');
      expect(await statusText(page, tag), tag).toContain('Laddar statistik');
      await expect(page.locator(`${tag} [part="status"]`).isVisible()).resolves.toBe(true);
      expect(await page.locator(tag).getAttribute('aria-busy')).not.toBeNull();
    }
    await expectDrawn(page);
    await page.close();
  });

  it('a chart engine chunk that fails to load ends in retry; the map beside it is unaffected', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const entries = recordConsole(page);
    const blockVega = (route: { abort(): Promise<void> }) => route.abort();
    await page.route(/\/lib\/vega-runtime-[^/]*\.js(\?.*)?$/, blockVega);
    const url = `${server.url}hardening/chunk.html`;
    await routePage(page, url, libraryPage(
      '<kollen-map data-root="/net-data/"></kollen-map><kollen-trend data-root="/net-data/" area="0001"></kollen-trend>' +
        '<kollen-distribution data-root="/net-data/"></kollen-distribution>',
    ));
    await page.goto(url);
    await waitForStates(page, 'kollen-trend, kollen-distribution', ['error']);
    await waitForStates(page, 'kollen-map', ['ready']);
    for (const tag of ['kollen-trend', 'kollen-distribution']) {
      expect(await statusText(page, tag), tag).toContain('Något gick fel');
      await expect(page.locator(`${tag} [part="retry"]`).isVisible()).resolves.toBe(true);
    }
    await page.unroute(/\/lib\/vega-runtime-[^/]*\.js(\?.*)?$/, blockVega);
    await page.locator('kollen-trend [part="retry"]').click();
    await page.locator('kollen-distribution [part="retry"]').click();
    await waitForStates(page, 'kollen-trend, kollen-distribution', ['ready']);
    const bars = await page.locator('kollen-distribution').evaluate((element) => element.shadowRoot!.querySelectorAll('.plot svg .mark-rect.role-mark path').length);
    expect(bars).toBeGreaterThan(0);
    expect(entries.filter((entry) => entry.type === 'pageerror')).toEqual([]);
    await page.close();
  });
});
