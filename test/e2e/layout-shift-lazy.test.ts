/**
 * Lazy below the fold: a widget two screens down fetches nothing (no indicator file)
 * and waits in `:state(idle)` until the reader scrolls near it; `loading="eager"` starts at once,
 * and printing starts every waiting widget.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordPage, waitForReady, useSiteAndBrowser } from './browser.js';
import { libraryPage, routePage, waitForStates } from './hardening-helpers.js';
import type { StaticServer } from './server.js';

let server: StaticServer;
let browser: Browser;

useSiteAndBrowser((started) => ({ server, browser } = started));

/** A first-screen map, then far below (`screens` viewport heights down) the widgets given. */
function pageWith(below: string, screens = 3): string {
  return libraryPage(`<kollen-map id="first" indicator="daily-smoking" level="municipality"></kollen-map>
<div style="height: ${screens * 100}vh"></div>
${below}`);
}

const requested = (record: { requests: string[] }, pattern: RegExp) => record.requests.filter((url) => pattern.test(new URL(url).pathname));

async function open(html: string): Promise<{ page: Page; record: ReturnType<typeof recordPage> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const record = recordPage(page);
  const url = `${server.url}lazy-test.html`;
  await routePage(page, url, html);
  await page.goto(url);
  await waitForReady(page, '#first');
  await page.waitForLoadState('networkidle');
  return { page, record };
}

describe('widgets out of view wait', () => {
  it('requests nothing for a widget two screens down until it is scrolled near, then draws it', async () => {
    const { page, record } = await open(pageWith(`<kollen-map id="far" indicator="obesity" level="municipality"></kollen-map>
<kollen-trend id="far-chart" indicator="overweight" level="municipality" area="0180"></kollen-trend>`));
    await page.waitForTimeout(300);
    expect(await page.locator('#far').evaluate((element) => [element.matches(':state(idle)'), element.hasAttribute('aria-busy')])).toEqual([true, false]);
    expect(await page.locator('#far-chart').evaluate((element) => element.matches(':state(idle)'))).toBe(true);
    expect(requested(record, /obesity|overweight/)).toEqual([]);
    // (The chart engine itself is asked for by the chart modules as they arrive, widget or not: see
    // components/kollen-trend/kollen-trend.entry.ts. What the widget waits with is its data.)

    await page.locator('#far').evaluate((element) => element.scrollIntoView());
    await waitForReady(page, '#far, #far-chart');
    expect(requested(record, /indicators\/obesity\.json$/)).toHaveLength(1);
    expect(requested(record, /indicators\/overweight\.json$/)).toHaveLength(1);
    expect(record.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('does not fetch its language either while it waits: an English map far down asks for en only when scrolled near', async () => {
    const { page, record } = await open(pageWith('<kollen-map id="far-en" lang="en" indicator="obesity" level="municipality"></kollen-map>'));
    await page.waitForTimeout(300);
    expect(await page.locator('#far-en').evaluate((element) => element.matches(':state(idle)'))).toBe(true);
    expect(requested(record, /\/en-[^/]*\.js$/)).toEqual([]);
    expect(requested(record, /obesity/)).toEqual([]);

    await page.locator('#far-en').evaluate((element) => element.scrollIntoView());
    await waitForReady(page, '#far-en');
    expect(requested(record, /\/en-[^/]*\.js$/)).toHaveLength(1);
    expect(requested(record, /indicators\/obesity\.json$/)).toHaveLength(1);
    expect(await page.locator('#far-en').evaluate((element) => element.shadowRoot!.querySelector('button.table-toggle')?.textContent?.trim())).toMatch(/table/i);
    expect(record.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('starts at once with loading="eager", and every waiting widget when the page is printed', async () => {
    const { page, record } = await open(pageWith(`<kollen-map id="eager" loading="eager" indicator="overweight" level="municipality"></kollen-map>
<kollen-map id="printed" indicator="obesity" level="municipality"></kollen-map>`));
    await waitForReady(page, '#eager');
    expect(await page.locator('#printed').evaluate((element) => element.matches(':state(idle)'))).toBe(true);
    expect(requested(record, /obesity/)).toEqual([]);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await waitForStates(page, '#printed', ['ready']);
    expect(requested(record, /indicators\/obesity\.json$/)).toHaveLength(1);
    expect(record.errors).toEqual([]);
    await page.close();
  }, 60_000);
});
