/**
 * Fetches JSON once per URL per page, however many widgets ask.
 *
 * Twenty widgets on a page asking for `catalog.json` share one request. Each caller passes its own
 * `AbortSignal`; the shared request is aborted only when every caller has given up, and a failed
 * or aborted request leaves the cache so that a retry really fetches again.
 */
import { KollenDataError } from '../schema/errors.js';

/** Options for every loader. */
export interface LoadOptions {
  /** Abort when the widget that asked is removed or asks for something else. */
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 20 000, or what `setDefaultTimeout` set). */
  timeoutMs?: number;
  /** Refuse files larger than this many bytes (default 12 MB): they would freeze a phone. */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 12 * 1024 * 1024;

let pageTimeoutMs = DEFAULT_TIMEOUT_MS;

/**
 * Sets how long a request may take when a caller gives no `timeoutMs` (the whole page; `undefined`
 * restores 20 s). A page on a slow network may want more; tests want less.
 */
export function setDefaultTimeout(timeoutMs: number | undefined): void {
  pageTimeoutMs = timeoutMs !== undefined && Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : DEFAULT_TIMEOUT_MS;
}

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const inflight = new Map<string, Shared>();

/** Forgets every cached response (tests; a page that knows its data changed). */
export function clearLoadCache(): void {
  for (const shared of inflight.values()) if (!shared.settled) shared.controller.abort();
  inflight.clear();
}

/** How many distinct URLs have been requested and kept; lets tests prove the one-request rule. */
export function cachedUrls(): string[] {
  return [...inflight.keys()];
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

async function fetchAndParse(url: string, controller: AbortController, options: LoadOptions): Promise<unknown> {
  const timeoutMs = options.timeoutMs ?? pageTimeoutMs;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch (error) {
      if (timedOut) throw new KollenDataError('timeout', url, [], `${url}: no answer within ${timeoutMs / 1000} s`);
      if (controller.signal.aborted) throw abortReason(controller.signal);
      throw new KollenDataError('network', url, [], `${url}: network error (${String(error)})`);
    }
    if (!response.ok) {
      const kind = response.status === 404 || response.status === 410 ? 'not-found' : 'http';
      throw new KollenDataError(kind, url, [], `${url}: HTTP ${response.status}`, response.status);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooLarge(url, declared, maxBytes);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (timedOut) throw new KollenDataError('timeout', url, [], `${url}: the download did not finish within ${timeoutMs / 1000} s`);
      if (controller.signal.aborted) throw abortReason(controller.signal);
      throw new KollenDataError('network', url, [], `${url}: the download broke off (${String(error)})`);
    }
    if (text.length > maxBytes) throw tooLarge(url, text.length, maxBytes);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      if (isWebPage(text, response.headers.get('content-type'))) throw webPageInsteadOfData(url);
      const where = String((error as Error).message);
      throw new KollenDataError('not-json', url, [
        { path: '$', expected: 'valid JSON', found: `${where} (file starts with ${JSON.stringify(text.slice(0, 40))})` },
      ]);
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * True when a response that is not JSON is a web page: what a site's fallback route (an app's
 * `index.html`, a 404 page served with 200) answers for a data root that points to the wrong place.
 * JSON never starts with `<`, so markup is recognised even when the content type says nothing.
 */
export function isWebPage(text: string, contentType: string | null): boolean {
  return /html/i.test(contentType ?? '') || /^\s*</.test(text);
}

function webPageInsteadOfData(url: string): KollenDataError {
  return new KollenDataError('html-page', url, [], `${url}: this is a web page, not Kollen data — check data-root`);
}

function tooLarge(url: string, bytes: number, maxBytes: number): KollenDataError {
  const mb = (value: number) => `${(value / 1024 / 1024).toFixed(1)} MB`;
  return new KollenDataError('too-large', url, [
    { path: '$', expected: `a file of at most ${mb(maxBytes)}`, found: mb(bytes) },
  ]);
}

/**
 * Returns the parsed JSON at `url`, sharing one request between all callers. Rejects with a
 * `KollenDataError` (`http`, `not-found`, `network`, `timeout`, `not-json`, `html-page`, `too-large`), or with the
 * caller's abort reason when the caller's signal aborts.
 */
export function loadJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  let shared = inflight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const entry: Shared = { controller, waiting: 0, settled: false, promise: Promise.resolve() };
    entry.promise = fetchAndParse(url, controller, options).then(
      (value) => {
        entry.settled = true;
        return value;
      },
      (error: unknown) => {
        entry.settled = true;
        // Failures are not cached, so a retry fetches again.
        if (inflight.get(url) === entry) inflight.delete(url);
        throw error;
      },
    );
    shared = entry;
    inflight.set(url, shared);
  }
  const entry = shared;
  // A caller without a signal keeps the shared request alive for good.
  if (!signal) {
    entry.waiting++;
    return entry.promise;
  }
  entry.waiting++;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      entry.waiting--;
      if (entry.waiting === 0 && !entry.settled) {
        entry.controller.abort();
        if (inflight.get(url) === entry) inflight.delete(url);
      }
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        entry.waiting--;
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        entry.waiting--;
        reject(error);
      },
    );
  });
}
