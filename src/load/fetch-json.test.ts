import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KollenDataError } from '../schema/errors.js';
import { loadCatalog, loadIndicator, resolveDataUrl } from './data.js';
import { cachedUrls, clearLoadCache, loadJson } from './fetch-json.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/data');
let server: Server;
let base = '';
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/hang.json') return; // never answers
    // A data root whose catalogue answers late and keeps its files elsewhere than indicators/<id>.json.
    if (path === '/moved/catalog.json') {
      const catalog = readFileSync(resolve(fixtures, 'catalog.json'), 'utf8').replaceAll('"indicators/', '"files/');
      return void setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end(catalog), 100);
    }
    if (path.startsWith('/moved/files/')) return void response.end(readFileSync(resolve(fixtures, 'indicators', path.slice('/moved/files/'.length))));
    if (path.startsWith('/moved/')) return void response.writeHead(404).end();
    if (path === '/late/catalog.json') return void setTimeout(() => response.end(readFileSync(resolve(fixtures, 'catalog.json'))), 100);
    if (path.startsWith('/late/')) return void response.end(readFileSync(resolve(fixtures, `.${path.slice('/late'.length)}`)));
    // What a site's fallback route answers for a file it does not have (a bundled app's index.html).
    if (path === '/spa/catalog.json') return void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><div id="app"></div>');
    if (path === '/untyped-page.json') return void response.end('\n  <html lang="sv"><body>Sidan finns inte</body></html>');
    if (path === '/broken.json') return void response.end('{"schemaVersion": 1,');
    if (path === '/500.json') return void response.writeHead(500).end('oops');
    if (path === '/slow.json') return void setTimeout(() => response.end('{"ok":true}'), 150);
    try {
      const body = readFileSync(resolve(fixtures, `.${path}`));
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));
afterEach(() => {
  clearLoadCache();
  hits.clear();
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('loadJson', () => {
  it('makes one request per URL however many ask', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => loadCatalog(base)));
    expect(new Set(results).size).toBe(1);
    expect(hits.get('/catalog.json')).toBe(1);
    await loadIndicator(base, 'fixture-smoking');
    await loadIndicator(base, 'fixture-smoking');
    expect(hits.get('/indicators/fixture-smoking.json')).toBe(1);
    expect(cachedUrls()).toHaveLength(2);
  });

  it('asks for an indicator in parallel with a catalogue still on its way, at indicators/<id>.json', async () => {
    const loading = loadIndicator(`${base}late/`, 'fixture-smoking');
    await new Promise((done) => setTimeout(done, 50));
    // the catalogue answers after 100 ms; the indicator file has been asked for already
    expect(hits.get('/late/catalog.json')).toBe(1);
    expect(hits.get('/late/indicators/fixture-smoking.json')).toBe(1);
    expect((await loading).id).toBe('fixture-smoking');
    expect(hits.get('/late/indicators/fixture-smoking.json')).toBe(1);
    // once the catalogue is in, nothing is guessed: one request per URL
    await loadIndicator(`${base}late/`, 'fixture-turnout');
    expect(hits.get('/late/indicators/fixture-turnout.json')).toBe(1);
    expect(cachedUrls().filter((url) => url.includes('/late/'))).toHaveLength(3);
  });

  it('uses the file the catalogue names when the guess was wrong, and reports nothing about the guess', async () => {
    const indicator = await loadIndicator(`${base}moved/`, 'fixture-smoking');
    expect(indicator.id).toBe('fixture-smoking');
    expect(hits.get('/moved/indicators/fixture-smoking.json')).toBe(1);
    expect(hits.get('/moved/files/fixture-smoking.json')).toBe(1);
    // with the catalogue in, no guess at all
    await loadIndicator(`${base}moved/`, 'fixture-turnout');
    expect(hits.get('/moved/indicators/fixture-turnout.json')).toBeUndefined();
    expect(hits.get('/moved/files/fixture-turnout.json')).toBe(1);
    expect(cachedUrls().some((url) => url.includes('/moved/indicators/'))).toBe(false);
  });

  it('turns HTTP errors, bad JSON and timeouts into typed errors naming the file', async () => {
    const notFound = (await rejection(loadJson(`${base}missing.json`))) as KollenDataError;
    expect(notFound).toBeInstanceOf(KollenDataError);
    expect([notFound.kind, notFound.status, notFound.file]).toEqual(['not-found', 404, `${base}missing.json`]);
    expect(((await rejection(loadJson(`${base}500.json`))) as KollenDataError).kind).toBe('http');
    const broken = (await rejection(loadJson(`${base}broken.json`))) as KollenDataError;
    expect(broken.kind).toBe('not-json');
    expect(broken.issues[0]!.found).toContain('{\\"schemaVersion\\": 1,');
    const hung = (await rejection(loadJson(`${base}hang.json`, { timeoutMs: 100 }))) as KollenDataError;
    expect(hung.kind).toBe('timeout');
  });

  it('does not cache failures, so a retry fetches again', async () => {
    await rejection(loadJson(`${base}500.json`));
    await rejection(loadJson(`${base}500.json`));
    expect(hits.get('/500.json')).toBe(2);
  });

  it('refuses files over the size limit', async () => {
    const error = (await rejection(loadJson(`${base}catalog.json`, { maxBytes: 100 }))) as KollenDataError;
    expect(error.kind).toBe('too-large');
  });

  it('aborts the shared request only when every caller has aborted', async () => {
    const first = new AbortController();
    const second = new AbortController();
    const a = loadJson(`${base}slow.json`, { signal: first.signal });
    const b = loadJson(`${base}slow.json`, { signal: second.signal });
    first.abort();
    expect(((await rejection(a)) as DOMException).name).toBe('AbortError');
    await expect(b).resolves.toEqual({ ok: true });

    const only = new AbortController();
    const c = loadJson(`${base}hang.json`, { signal: only.signal });
    only.abort();
    expect(((await rejection(c)) as DOMException).name).toBe('AbortError');
    expect(cachedUrls()).not.toContain(`${base}hang.json`);
  });

  it('resolves data files against the root with or without a trailing slash', () => {
    expect(resolveDataUrl('http://x.test/data', 'geo/a.json')).toBe('http://x.test/data/geo/a.json');
    expect(resolveDataUrl('http://x.test/data/', 'catalog.json')).toBe('http://x.test/data/catalog.json');
  });
});

describe('a web page where a data file should be', () => {
  it('says so, with the URL, when the server calls it text/html', async () => {
    const error = await rejection(loadJson(`${base}spa/catalog.json`));
    expect(error).toBeInstanceOf(KollenDataError);
    expect((error as KollenDataError).kind).toBe('html-page');
    expect((error as KollenDataError).message).toBe(`${base}spa/catalog.json: this is a web page, not Kollen data — check data-root`);
  });

  it('recognises the page by its start when the content type says nothing', async () => {
    expect(((await rejection(loadJson(`${base}untyped-page.json`))) as KollenDataError).kind).toBe('html-page');
  });

  it('leaves broken JSON a broken data file', async () => {
    expect(((await rejection(loadJson(`${base}broken.json`))) as KollenDataError).kind).toBe('not-json');
  });
});
