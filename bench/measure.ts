/**
 * One cold page load, measured from outside the page through the Chrome DevTools Protocol:
 * bytes as transferred (gzip, per request), time to ready (recorded inside the page at the event),
 * long tasks, and peak JS heap, optionally under CPU throttling. Each load gets a fresh browser
 * context with the HTTP cache disabled, so nothing carries over between runs.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { installProbes, readReadiness, type PageReadiness } from './page-probes.js';

/** Bytes of one kind of response: body as transferred (gzip as served) and number of requests. */
export interface ByteCount {
  bytes: number;
  requests: number;
}

/** What one load downloaded, by kind. */
export interface Transfer {
  js: ByteCount;
  data: ByteCount;
  other: ByteCount;
  total: ByteCount;
  /** Requests that failed or answered ≥ 400. */
  failed: string[];
}

/** The figures of one load. */
export interface LoadSample {
  readyMs: number | null;
  transfer: Transfer;
  longTaskCount: number;
  longTaskMs: number;
  /** The longest task on the main thread (over 50 ms, else 0): what blocks the host page's input longest. */
  longestTaskMs: number;
  peakHeapBytes: number;
  errors: string[];
}

/** How to load. */
export interface LoadOptions {
  /** A Kollen page (ready = every widget ready) or a baseline (ready = its own `bench-ready`). */
  kind: 'kollen' | 'baseline';
  /** CPU slow-down factor, 1 = normal speed. */
  cpuThrottle: number;
  /** Give up after this long. */
  timeoutMs?: number;
  /** Quiet time after ready during which long tasks and heap still count (and readiness must hold). */
  settleMs?: number;
  viewport?: { width: number; height: number };
}

/** A measured page still open, for interaction measurements; close it with `close()`. */
export interface OpenPage {
  sample: LoadSample;
  page: Page;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function classify(url: string, mimeType: string, resourceType: string): keyof Omit<Transfer, 'total' | 'failed'> {
  if (resourceType === 'Script' || /javascript/.test(mimeType) || /\.m?js(\?|$)/.test(url)) return 'js';
  if (/json/.test(mimeType) || /\.json(\?|$)/.test(url)) return 'data';
  return 'other';
}

/** Counts response bodies as they arrived over the wire (after gzip), per request. */
function recordTransfer(cdp: CDPSession): Transfer {
  const transfer: Transfer = {
    js: { bytes: 0, requests: 0 },
    data: { bytes: 0, requests: 0 },
    other: { bytes: 0, requests: 0 },
    total: { bytes: 0, requests: 0 },
    failed: [],
  };
  const responses = new Map<string, { url: string; kind: keyof Omit<Transfer, 'total' | 'failed'>; headerBytes: number }>();
  cdp.on('Network.responseReceived', (event) => {
    const { response, requestId, type } = event;
    if (response.status >= 400) transfer.failed.push(`${response.status} ${response.url}`);
    // At this point encodedDataLength counts the response headers only; the body comes after.
    responses.set(requestId, { url: response.url, kind: classify(response.url, response.mimeType, type), headerBytes: response.encodedDataLength });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = responses.get(event.requestId);
    if (!response || response.url.startsWith('data:')) return;
    const body = Math.max(0, event.encodedDataLength - response.headerBytes);
    transfer[response.kind].bytes += body;
    transfer[response.kind].requests++;
    transfer.total.bytes += body;
    transfer.total.requests++;
  });
  cdp.on('Network.loadingFailed', (event) => {
    if (!event.canceled) transfer.failed.push(`${event.errorText} ${responses.get(event.requestId)?.url ?? event.requestId}`);
  });
  return transfer;
}

/** Samples the JS heap until `stop()`; returns the peak. */
function sampleHeap(cdp: CDPSession): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const read = async () => {
    try {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
      peak = Math.max(peak, used);
    } catch {
      // The page went away between samples.
    }
  };
  const loop = (async () => {
    while (running) {
      await read();
      await sleep(20);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await read();
      return peak;
    },
  };
}

/** Loads `url` cold and measures it; keeps the page open for interactions. */
export async function openMeasured(browser: Browser, url: string, options: LoadOptions): Promise<OpenPage> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const settleMs = options.settleMs ?? 400;
  const context: BrowserContext = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
  const errors: string[] = [];
  try {
    // tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(…)`; functions
    // serialised into the page need that helper there too (a string is not compiled, so it works).
    await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    const transfer = recordTransfer(cdp);
    const heap = sampleHeap(cdp);

    let readiness: PageReadiness | undefined;
    try {
      const deadline = Date.now() + timeoutMs;
      await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
      // Polled from outside: the ready time itself is recorded inside the page at the event.
      while (!(await page.evaluate(readReadiness, options.kind)).settled) {
        if (Date.now() > deadline) throw new Error('timed out');
        await sleep(50);
      }
      await sleep(settleMs);
      readiness = await page.evaluate(readReadiness, options.kind);
      if (!readiness.settled) errors.push('readiness did not hold: a widget went back to loading after being ready');
    } catch (error) {
      errors.push(`not ready within ${timeoutMs} ms: ${(error as Error).message.split('\n')[0]}`);
      readiness = await page.evaluate(readReadiness, options.kind).catch(() => undefined);
    }
    const peakHeapBytes = await heap.stop();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const longTasks = (await page.evaluate(() => (window as any).__bench.longTasks).catch(() => [])) as { duration: number }[];
    // The precise causes first (which request failed, which widget shows an error), then the rest.
    errors.unshift(...transfer.failed.map((line) => `request failed: ${line}`), ...(readiness?.errors ?? []));
    const sample: LoadSample = {
      readyMs: readiness?.settled ? readiness.readyAt : null,
      transfer,
      longTaskCount: longTasks.length,
      longTaskMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
      longestTaskMs: Math.max(0, ...longTasks.map((task) => task.duration)),
      peakHeapBytes,
      errors,
    };
    return { sample, page, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Loads `url` cold, measures it and closes it. */
export async function measureLoad(browser: Browser, url: string, options: LoadOptions): Promise<LoadSample> {
  const open = await openMeasured(browser, url, options);
  await open.close();
  return open.sample;
}
