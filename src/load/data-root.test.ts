/**
 * The data root as a boundary, in Node against a real HTTP server: whatever a catalogue names,
 * no request leaves the data root unless the page allowed it, and the refusal names the field.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { KollenDataError } from '../schema/errors.js';
import { getDataRoot, landsInsideRoot, setDataRoot } from './data-root.js';
import { allowDataUrls, loadCatalog, loadIndicator, loadLevelTopology, resolveInsideRoot } from './data.js';
import { clearLoadCache } from './fetch-json.js';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/data');
const fixture = (file: string) => readFileSync(resolve(fixtures, file), 'utf8');
const hits: string[] = [];
/** Catalogue edits by root name: `/rogue/<name>/catalog.json` is the fixture catalogue so edited. */
const rogue = new Map<string, (catalog: any) => void>();

// Started while the file is collected, so the cases below can name its URLs.
const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.push(`${request.headers.host}${path}`);
    const match = /^\/rogue\/([^/]+)\/(.*)$/.exec(path);
    if (match && match[2] === 'catalog.json') {
      const catalog = JSON.parse(fixture('catalog.json'));
      rogue.get(match[1]!)?.(catalog);
      return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(catalog));
    }
    const file = match ? match[2]!.replace(/\?.*$/, '') : path.replace(/^\/outside\//, 'indicators/');
    try {
      response.writeHead(200, { 'content-type': 'application/json' }).end(fixture(file));
    } catch {
      response.writeHead(404).end();
    }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const base = `http://127.0.0.1:${port}/`;
// The same server under another name is another origin.
const otherOrigin = `http://localhost:${port}/`;
afterAll(() => new Promise<void>((done) => server.close(() => done())));
afterEach(() => {
  clearLoadCache();
  hits.length = 0;
  vi.restoreAllMocks();
});

async function refusal(promise: Promise<unknown>): Promise<KollenDataError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(KollenDataError);
    return error as KollenDataError;
  }
  throw new Error('expected a refusal');
}

/** Ways out of a data root at `/rogue/<name>/`, each as a catalogue `file` would say it. */
const escapes = (): [string, string][] => [
  ['other origin', `${otherOrigin}rogue/x/indicators/fixture-smoking.json`],
  ['protocol-relative', `//localhost:${new URL(base).port}/outside/fixture-smoking.json`],
  ['backslashes', `\\\\localhost:${new URL(base).port}\\outside\\fixture-smoking.json`],
  ['data: URL', `data:application/json,${encodeURIComponent(fixture('indicators/fixture-smoking.json'))}`],
  ['blob: URL', `blob:${base}0b7c1d52-5e1f-4a55-9d5c-2b1f0f6f3f61`],
  ['javascript: URL', 'javascript:alert(1)'],
  ['absolute path', '/outside/fixture-smoking.json'],
  ['../ out of the root', '../../outside/fixture-smoking.json'],
  ['encoded dots', 'indicators/%2e%2e/%2E%2E/%2e%2e/outside/fixture-smoking.json'],
  ['encoded slashes', '..%2f..%2foutside/fixture-smoking.json'],
];

describe('resolveInsideRoot', () => {
  it('keeps files inside the root, queries included', () => {
    expect(resolveInsideRoot(`${base}data`, 'indicators/a.json?v=2', '$.indicators[0].file')).toBe(`${base}data/indicators/a.json?v=2`);
    expect(resolveInsideRoot(`${base}data/`, 'geo/../indicators/a.json', '$.x')).toBe(`${base}data/indicators/a.json`);
  });

  it.each(escapes())('refuses a file outside the root: %s', (_name, file) => {
    expect(() => resolveInsideRoot(`${base}rogue/x/`, file, '$.indicators[3].file')).toThrow(KollenDataError);
    try {
      resolveInsideRoot(`${base}rogue/x/`, file, '$.indicators[3].file');
    } catch (error) {
      expect((error as KollenDataError).file).toBe(`${base}rogue/x/catalog.json`);
      expect((error as KollenDataError).issues[0]!.path).toBe('$.indicators[3].file');
      expect((error as KollenDataError).message).toContain(`expected a file inside the data root ${base}rogue/x/`);
    }
  });

  it('lets a page allow a prefix for every root or for one root, until it withdraws', () => {
    const file = `${otherOrigin}shared/geo.json`;
    const forOne = allowDataUrls([`${otherOrigin}shared/`], `${base}one/`);
    expect(resolveInsideRoot(`${base}one`, file, '$.f')).toBe(file);
    expect(() => resolveInsideRoot(`${base}two/`, file, '$.f')).toThrow(KollenDataError);
    const exact = allowDataUrls([file]);
    expect(resolveInsideRoot(`${base}two/`, file, '$.f')).toBe(file);
    expect(() => resolveInsideRoot(`${base}two/`, `${otherOrigin}shared/other.json`, '$.f')).toThrow(KollenDataError);
    forOne();
    exact();
    expect(() => resolveInsideRoot(`${base}one/`, file, '$.f')).toThrow(KollenDataError);
    expect(() => allowDataUrls(['data:application/json,{}'])).toThrow(TypeError);
  });
});

describe('loaders keep every request inside the data root', () => {
  it.each(escapes())('an indicator file named as %s is refused before any request to it', async (name, file) => {
    const id = encodeURIComponent(name);
    rogue.set(id, (catalog) => (catalog.indicators[1].file = file));
    const root = `${base}rogue/${id}/`;
    const error = await refusal(loadIndicator(root, 'fixture-turnout'));
    expect(error.file).toBe(`${root}catalog.json`);
    expect(error.issues.map((issue) => issue.path)).toEqual(['$.indicators[1].file']);
    // Only the catalogue and the guess at indicators/<id>.json, both inside the root, were asked for.
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.startsWith(`127.0.0.1:${new URL(base).port}/rogue/${id}/`), hit).toBe(true);
    // The other indicators of the same catalogue still load.
    await expect(loadIndicator(root, 'fixture-smoking')).resolves.toMatchObject({ id: 'fixture-smoking' });
  });

  it('refuses a geometry file outside the root, naming its level field', async () => {
    rogue.set('geo', (catalog) => (catalog.levels[1].geometry.file = `${otherOrigin}geo/fixture.topo.json`));
    const catalog = await loadCatalog(`${base}rogue/geo/`);
    const error = await refusal(loadLevelTopology(`${base}rogue/geo/`, catalog.levels[1]!));
    expect(error.issues[0]!.path).toBe('$.levels[1].geometry.file');
    expect(hits.every((hit) => hit.startsWith('127.0.0.1'))).toBe(true);
  });

  it('loads a file outside the root when the page allowed its prefix', async () => {
    rogue.set('allowed', (catalog) => (catalog.indicators[0].file = `${base}outside/fixture-smoking.json`));
    const withdraw = allowDataUrls([`${base}outside/`], `${base}rogue/allowed/`);
    await expect(loadIndicator(`${base}rogue/allowed/`, 'fixture-smoking')).resolves.toMatchObject({ id: 'fixture-smoking' });
    expect(hits).toContain(`127.0.0.1:${new URL(base).port}/outside/fixture-smoking.json`);
    withdraw();
  });

  it('refuses an indicator file whose id differs from its catalogue entry, naming both files', async () => {
    rogue.set('swapped', (catalog) => (catalog.indicators[1].file = 'indicators/fixture-smoking.json'));
    const error = await refusal(loadIndicator(`${base}rogue/swapped/`, 'fixture-turnout'));
    expect(error.file).toBe(`${base}rogue/swapped/indicators/fixture-smoking.json`);
    expect(error.issues[0]).toMatchObject({ path: '$.id', found: 'string "fixture-smoking"' });
    expect(error.issues[0]!.expected).toContain(`$.indicators[1] of ${base}rogue/swapped/catalog.json`);
  });
});

describe('landsInsideRoot (the rule without the page exceptions, as kollen validate runs it)', () => {
  const root = new URL('http://data-root.invalid/root/');
  it('keeps paths under the root and refuses every way out of it', () => {
    expect(['catalog.json', 'indicators/a.json', './geo/x.topo.json', 'indicators/../geo/x.json'].filter((file) => !landsInsideRoot(file, root))).toEqual([]);
    const out = ['../package.json', '../../etc/passwd', '/root-elsewhere/x.json', '//host/x.json', 'https://elsewhere.example/x.json', 'data:application/json,{}', 'indicators/..%2f..%2fx.json', 'C:\\x.json'];
    expect(out.filter((file) => landsInsideRoot(file, root))).toEqual([]);
  });

  it('ignores what a page allowed: a publisher checks the root on its own', () => {
    const withdraw = allowDataUrls(['https://elsewhere.example/']);
    expect(landsInsideRoot('https://elsewhere.example/x.json', root)).toBe(false);
    withdraw();
  });
});

describe('the default data root', () => {
  afterEach(() => setDataRoot(undefined));

  it('is the data/ folder next to the library, until a page sets one', () => {
    expect(getDataRoot()).toBe(new URL('../data/', new URL('./data-root.ts', import.meta.url)).href);
    setDataRoot('https://stats.example/kollen/');
    expect(getDataRoot()).toBe('https://stats.example/kollen/');
  });
});
