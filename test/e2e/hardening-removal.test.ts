/**
 * Removing a widget mid-load cancels its requests (the shared fetch is aborted only when no other
 * widget still waits for the file) and leaves no document/window listeners or observed elements
 * behind. Listeners and ResizeObservers are counted by wrappers an init script installs.
 */
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { libraryPage, routePage, waitForStates } from './hardening-helpers.js';
import { serveStatic, type StaticServer } from './server.js';

const repo = resolve(import.meta.dirname, '../..');
const INDICATOR = '/slow-data/indicators/fixture-smoking.json';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic({ mounts: [{ prefix: '/slow-data/', dirs: [join(repo, 'test/fixtures/data')] }] });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Counts live document/window listeners and elements observed by ResizeObservers. */
const COUNTERS = `(() => {
  const live = new Map();
  const key = (target, type, listener) => target === document ? 'document ' + type : target === window ? 'window ' + type : null;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const listeners = new Set();
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const name = key(this, type, listener);
    if (name && listener) listeners.add(name + '|' + (listener.__kollenId ??= Math.random()));
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const name = key(this, type, listener);
    if (name && listener && listener.__kollenId) listeners.delete(name + '|' + listener.__kollenId);
    return remove.call(this, type, listener, options);
  };
  const observed = new Set();
  const Original = window.ResizeObserver;
  window.ResizeObserver = class extends Original {
    constructor(callback) { super(callback); this.__targets = new Set(); }
    observe(target, options) { this.__targets.add(target); observed.add(target); return super.observe(target, options); }
    unobserve(target) { this.__targets.delete(target); observed.delete(target); return super.unobserve(target); }
    disconnect() { for (const target of this.__targets) observed.delete(target); this.__targets.clear(); return super.disconnect(); }
  };
  window.__kollenCounters = () => ({ listeners: [...listeners].map((entry) => entry.split('|')[0]).sort(), observed: observed.size });
})()`;

async function open(body: string): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(COUNTERS);
  const url = `${server.url}hardening/removal.html`;
  await routePage(page, url, libraryPage(`<main>${body}</main>`));
  await page.goto(url);
  return page;
}

const counters = (page: Page) => page.evaluate(() => (window as unknown as { __kollenCounters(): { listeners: string[]; observed: number } }).__kollenCounters());

describe('removing widgets mid-load', () => {
  it('aborts the request when no other widget wants the file, and leaves nothing behind', async () => {
    server.faults.set(INDICATOR, { delayMs: 3000 });
    const page = await open('');
    const baseline = await counters(page);
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML =
        '<kollen-map loading="eager" data-root="/slow-data/"></kollen-map><kollen-trend loading="eager" data-root="/slow-data/"></kollen-trend><kollen-distribution loading="eager" data-root="/slow-data/"></kollen-distribution>';
    });
    // kollen.js fetches the charts' code when their tags appear: all three are widgets once it is there.
    // (evaluate, not waitForFunction: Playwright's injected script adds window listeners the counters would see)
    await page.evaluate(() => Promise.all([customElements.whenDefined('kollen-trend'), customElements.whenDefined('kollen-distribution')]));
    await expect.poll(async () => (await counters(page)).observed).toBeGreaterThanOrEqual(3);
    expect(server.hits.get(INDICATOR) ?? 0).toBe(1);
    const during = await counters(page);
    expect(during.listeners.length).toBeGreaterThan(baseline.listeners.length);

    // Remove two of three: the file is still wanted, the request goes on.
    await page.evaluate(() => document.querySelectorAll('kollen-trend, kollen-distribution').forEach((element) => element.remove()));
    await page.waitForTimeout(300);
    expect(server.aborted).not.toContain(INDICATOR);
    // Remove the last: the request is aborted.
    await page.evaluate(() => document.querySelector('kollen-map')!.remove());
    await expect.poll(() => server.aborted.includes(INDICATOR), { timeout: 3000 }).toBe(true);
    const after = await counters(page);
    expect(after.listeners).toEqual(baseline.listeners);
    expect(after.observed).toBe(0);
    server.faults.clear();
    await page.close();
  });

  it('a widget put back after removal loads again and draws', async () => {
    server.faults.set(INDICATOR, { delayMs: 800 });
    const page = await open('<kollen-map loading="eager" data-root="/slow-data/"></kollen-map>');
    await expect.poll(() => server.hits.get(INDICATOR) ?? 0).toBeGreaterThan(0);
    await page.evaluate(() => {
      const map = document.querySelector('kollen-map')!;
      map.remove();
      setTimeout(() => document.querySelector('main')!.append(map), 100);
    });
    await waitForStates(page, 'kollen-map', ['ready']);
    expect(await page.locator('kollen-map').evaluate((element) => element.shadowRoot!.querySelectorAll('path.area').length)).toBe(2);
    server.faults.clear();
    await page.close();
  });
});
