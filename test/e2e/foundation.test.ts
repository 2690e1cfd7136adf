/**
 * The path from data root to screen, as a third-party page uses it: the built library in
 * `dist/lib/` reads the published catalogue from its default data root (`dist/data/`).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, recordPage, waitForReady } from './browser.js';
import { serveStatic, type StaticServer } from './server.js';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchChromium();
  console.log(`e2e: ${browser.browserType().name()} ${browser.version()}`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('built library + published data', () => {
  it('lists the real catalogue on a page that loads only the indicator list', async () => {
    const page = await browser.newPage();
    const record = recordPage(page);
    await page.goto(`${server.url}examples/indicators.html`);
    await waitForReady(page, 'kollen-indicator-list');
    const items = await page.locator('kollen-indicator-list li').allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(15);
    expect(items.some((text) => text.includes('Valdeltagande'))).toBe(true);
    expect(items.filter((text) => text.includes('Simulerade data')).length).toBeGreaterThanOrEqual(11);
    // The library found its data next to itself, with no data-root attribute.
    expect(record.requests.some((url) => url.endsWith('/data/catalog.json'))).toBe(true);
    expect(record.requests.filter((url) => /vega/i.test(url))).toEqual([]);
    expect(record.errors).toEqual([]);
    await page.close();
  });

  it('publishes the JSON Schema next to the data', async () => {
    const response = await fetch(`${server.url}data/schema/kollen.schema.json`);
    expect(response.status).toBe(200);
    const schema = (await response.json()) as { $schema?: string };
    expect(schema.$schema).toContain('json-schema.org');
  });
});
