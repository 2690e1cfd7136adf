/**
 * Launches the test Chromium (see `test/chromium.ts`) with Playwright for end-to-end tests
 * against the built site, and collects what a page downloads.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.js';
import { serveStatic, type StaticServer } from './server.js';

/** Starts headless Chromium. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * The built site (`dist/`) on a loopback port and one Chromium, for a whole test file: started
 * before its tests, closed after them. `use` hands them over once they are up.
 */
export function useSiteAndBrowser(use: (started: { server: StaticServer; browser: Browser }) => void): void {
  let started: { server: StaticServer; browser: Browser } | undefined;
  beforeAll(async () => {
    started = { server: await serveStatic(), browser: await launchChromium() };
    use(started);
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.server.close();
  });
}

/** Records every URL a page requests, and every console error and page error it raises. */
export function recordPage(page: Page): { requests: string[]; errors: string[] } {
  const record = { requests: [] as string[], errors: [] as string[] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(`pageerror: ${error.message}`));
  return record;
}

/** Waits until every element matching `selector` is in `:state(ready)`. */
export async function waitForReady(page: Page, selector: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const elements = [...document.querySelectorAll(sel)];
      return elements.length > 0 && elements.every((element) => element.matches(':state(ready)'));
    },
    selector,
    { timeout },
  );
}
