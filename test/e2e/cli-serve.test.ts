/**
 * `kollen serve`: the real command, started as a publisher would, serves the built dashboard
 * pointed at a root that `kollen build` wrote (the worked example), and the dashboard draws it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRoot } from '../../cli/src/build.js';
import { launchChromium, recordPage, waitForReady } from './browser.js';

const REPO = resolve(import.meta.dirname, '../..');
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kollen-serve-'));
  expect((await buildRoot(join(REPO, 'examples/own-data/kollen.config.json'), join(dir, 'root'))).written).toBe(true);
  server = spawn(join(REPO, 'node_modules/.bin/kollen'), ['serve', join(dir, 'root'), '--port', '0'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  url = await new Promise<string>((found, fail) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) found(match[1]!);
    });
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.once('exit', (code) => fail(new Error(`kollen serve exited with ${code}: ${output}`)));
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('kollen serve', () => {
  it('serves the dashboard page pointed at the root, the root itself, and nothing outside them', async () => {
    const page = await (await fetch(url)).text();
    expect(page).toContain('<kollen-dashboard data-root="/root/"');
    const catalog = await (await fetch(`${url}root/catalog.json`)).json();
    expect(catalog).toEqual(JSON.parse(readFileSync(join(dir, 'root', 'catalog.json'), 'utf8')));
    expect((await fetch(`${url}lib/kollen.js`)).status).toBe(200);
    expect((await fetch(`${url}root/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });

  it('shows the example root in the dashboard: Uppsala county municipalities on the map, no errors', async () => {
    const page = await browser.newPage();
    const record = recordPage(page);
    await page.goto(url);
    await waitForReady(page, 'kollen-dashboard');
    await page.waitForFunction(() => document.querySelector('kollen-dashboard')?.shadowRoot?.querySelector('.view kollen-map')?.matches(':state(ready)') === true, null, { timeout: 30_000 });
    const map = page.locator('kollen-dashboard .view kollen-map');
    await expect.poll(() => map.locator('path[data-code]').count()).toBe(8);
    expect(await map.evaluate((element) => element.shadowRoot!.textContent)).toContain('Uppsala');
    expect(record.requests.filter((r) => r.includes('/root/')).map((r) => new URL(r).pathname)).toEqual(
      expect.arrayContaining(['/root/catalog.json', '/root/indicators/population.json', '/root/geo/boundaries.topo.json']),
    );
    expect(record.errors).toEqual([]);
  });
});
