/**
 * The bad-data corpus (`test/fixtures/bad-data/cases.json`) against the built library: for every
 * kind of malformed input, each widget tried shows a plain-words message naming the problem, the
 * console gets the file and JSON path, a widget with good data on the same page keeps working, and
 * no request leaves the data roots (whatever a catalogue names).
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { attr, libraryPage, recordConsole, routePage, shadowFacts, stateOf, statusText, waitForStates } from './hardening-helpers.js';
import { serveStatic, type Mount, type StaticServer } from './server.js';

interface BadDataCase {
  id: string;
  problem: string;
  elements: string[];
  attributes?: Record<string, string>;
  state: 'error' | 'empty' | 'ready';
  message: string | null;
  console: string[];
  consoleLevel?: 'error' | 'warning';
  detail?: string;
  generate?: { file: string; megabytes: number };
  mapRow?: { code: string; value: string; interval: string };
}

const repo = resolve(import.meta.dirname, '../..');
const corpus = join(repo, 'test/fixtures/bad-data');
const { cases, fallback } = JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8')) as { cases: BadDataCase[]; fallback: string };
const generated = mkdtempSync(join(tmpdir(), 'kollen-bad-data-'));

let server: StaticServer;
let browser: Browser;

/** Writes a valid indicator file padded to `megabytes` (a huge description), so only its size is wrong. */
function generateLargeFile(target: string, source: string, megabytes: number): void {
  const indicator = JSON.parse(readFileSync(source, 'utf8')) as { description: { sv: string; en: string } };
  const half = 'x'.repeat((megabytes * 1024 * 1024) / 2);
  indicator.description = { sv: half, en: half };
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(indicator));
}

beforeAll(async () => {
  const mounts: Mount[] = cases.map((badCase) => {
    const dirs = [join(corpus, badCase.id), join(repo, fallback)];
    if (badCase.generate) {
      const dir = join(generated, badCase.id);
      generateLargeFile(join(dir, badCase.generate.file), join(repo, fallback, badCase.generate.file), badCase.generate.megabytes);
      dirs.unshift(dir);
    }
    return { prefix: `/bad-data/${badCase.id}/`, dirs };
  });
  mounts.push({ prefix: '/good-data/', dirs: [join(repo, fallback)] });
  server = await serveStatic({ mounts });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(generated, { recursive: true, force: true });
});

describe('bad data corpus', () => {
  it('lists each case with the elements to try and what they must say', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const badCase of cases) {
      expect(badCase.elements.length, badCase.id).toBeGreaterThan(0);
      expect(badCase.console.length > 0 || badCase.state === 'empty', badCase.id).toBe(true);
    }
  });

  it.each(cases.map((badCase) => [badCase.id, badCase] as const))('%s', async (_id, badCase) => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    const entries = recordConsole(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const attributes = Object.entries(badCase.attributes ?? {})
      .map(([name, value]) => ` ${name}="${attr(value)}"`)
      .join('');
    const bad = badCase.elements
      .map((tag) => `<${tag} class="bad" loading="eager" data-root="/bad-data/${badCase.id}/" no-history${attributes}></${tag}>`)
      .join('\n');
    const url = `${server.url}hardening/bad-data-${badCase.id}.html`;
    await routePage(page, url, libraryPage(`${bad}\n<kollen-map id="good" loading="eager" data-root="/good-data/"></kollen-map>`));
    await page.goto(url);

    await waitForStates(page, '.bad', [badCase.state]);
    await waitForStates(page, '#good', ['ready']);
    for (const [i, tag] of badCase.elements.entries()) {
      const selector = `.bad >> nth=${i}`;
      expect(await stateOf(page, selector), `${badCase.id}: ${tag}`).toBe(badCase.state);
      const box = await page.locator(selector).boundingBox();
      expect(box?.height ?? 0, `${badCase.id}: ${tag} is not blank`).toBeGreaterThan(20);
      if (badCase.message) expect(await statusText(page, selector), `${badCase.id}: ${tag}`).toContain(badCase.message);
      // A dashboard whose indicator was refused offers no downloads of it.
      const downloads = await page.locator(selector).evaluate((element) => element.shadowRoot!.querySelectorAll('[data-download]').length);
      if (badCase.state === 'error') expect(downloads, `${badCase.id}: ${tag} offers downloads`).toBe(0);
    }
    // A mended cell reads in the map's table as the case says (a slipped value without its interval).
    if (badCase.mapRow) {
      const map = page.locator(`.bad >> nth=${badCase.elements.indexOf('kollen-map')}`);
      await map.locator('button.table-toggle').click();
      const row = map.locator(`tr[data-code="${badCase.mapRow.code}"] td.number`);
      const [value, interval] = (await row.allTextContents()).map((text) => text.trim());
      expect(value, badCase.id).toContain(badCase.mapRow.value);
      expect(interval, badCase.id).toBe(badCase.mapRow.interval);
    }
    // Links shown to people are http(s) (or within the page) only, whatever the data said.
    const links = (await shadowFacts(page)).links.filter((href) => !/^(https?:\/\/|#|\?)/i.test(href));
    expect(links, `${badCase.id}: links`).toEqual([]);
    // The console names the file and the JSON path, once for each widget that hit the problem.
    await page.waitForTimeout(50);
    const level = badCase.consoleLevel ?? 'error';
    const logged = entries.filter((entry) => entry.type === level).map((entry) => entry.text);
    for (const detail of [...badCase.console, ...(badCase.detail ? [badCase.detail] : [])]) {
      expect(logged.some((text) => text.includes(detail)), `${badCase.id}: console has ${detail}\n${logged.join('\n')}`).toBe(true);
    }
    expect(entries.filter((entry) => entry.type === 'pageerror')).toEqual([]);
    // Every request went to the library, the page itself, or a data root: none to another origin,
    // none out of the case's root (`../`), none for a data: or blob: URL.
    const inside = [`${server.url}lib/`, `${server.url}bad-data/${badCase.id}/`, `${server.url}good-data/`, url];
    const outside = requests.filter((request) => !inside.some((prefix) => request.startsWith(prefix)));
    expect(outside, `${badCase.id}: requests outside the data roots`).toEqual([]);
    expect(requests.some((request) => request.startsWith(`${server.url}bad-data/${badCase.id}/`)), badCase.id).toBe(true);
    // The good map beside the broken widgets draws its two areas.
    const paths = await page.locator('#good').evaluate((element) => element.shadowRoot!.querySelectorAll('path.area').length);
    expect(paths).toBe(2);
    await page.close();
  });
});

describe('a page that allows files outside the data root', () => {
  it('loads them only for the data root that opted in with data-allow, and only under the allowed prefix', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    const entries = recordConsole(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // The case's catalogue names ../../good-data/indicators/fixture-smoking.json for its first indicator.
    const root = '/bad-data/outside-root-parent-folder/';
    const url = `${server.url}hardening/data-allow.html`;
    await routePage(page, url, libraryPage(`<kollen-map id="allowed" loading="eager" data-root="${root}" data-allow="/good-data/indicators/"></kollen-map>
<kollen-map id="other" loading="eager" data-root="/bad-data/outside-root-other-origin/" data-allow="/good-data/geo/"></kollen-map>`));
    await page.goto(url);
    await waitForStates(page, '#allowed', ['ready']);
    await waitForStates(page, '#other', ['error']);
    expect(requests).toContain(`${server.url}good-data/indicators/fixture-smoking.json`);
    expect(requests.filter((request) => !request.startsWith(server.url))).toEqual([]);
    expect(entries.filter((entry) => entry.type === 'error').map((entry) => entry.text).join('\n')).toContain('at $.indicators[0].file');
    // Taken off the page, the element withdraws its permission: a new widget on that root is refused.
    await page.evaluate(() => document.querySelector('#allowed')!.remove());
    await page.evaluate((dataRoot) => {
      const map = document.createElement('kollen-map');
      map.id = 'later';
      map.setAttribute('loading', 'eager');
      map.setAttribute('data-root', dataRoot);
      map.setAttribute('indicator', 'fixture-turnout');
      document.body.append(map);
      const again = document.createElement('kollen-map');
      again.id = 'refused';
      again.setAttribute('loading', 'eager');
      again.setAttribute('data-root', dataRoot);
      document.body.append(again);
    }, root);
    await waitForStates(page, '#later', ['ready']);
    await waitForStates(page, '#refused', ['error']);
    await page.close();
  });
});
