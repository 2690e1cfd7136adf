/**
 * Kollen adopted as a front-end developer adopts any web-component library (issue 15): the package
 * is packed (`npm pack`), installed from the tarball with npm, offline, from the cache `npm ci`
 * filled (see test/consumers/lockfile.ts), into the apps in `test/consumers/`: Vite + TypeScript and
 * React 19 + tsc. Each builds with no `data-root` and no copied files (the `kollen/vite` plugin)
 * and draws a map and a trend in Chromium; tsc checks the typed JSX; every entry imports in Node;
 * publint and @arethetypeswrong/cli (esm-only profile) find nothing.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerLockfile } from '../consumers/lockfile.js';
import { launchChromium, recordPage, waitForReady } from './browser.js';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const consumers = join(repo, 'test/consumers');
const bin = (path: string) => join(repo, 'node_modules', path);
const out = mkdtempSync(join(tmpdir(), 'kollen-consumers-'));
const built = { vite: join(out, 'vite-ts'), react: join(out, 'react') };

let browser: Browser;
let packed: { size: number; unpackedSize: number; entryCount: number };

/** Runs a command, failing with its output. */
async function sh(file: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    return `${stdout}${stderr}`;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${file} ${args.join(' ')} (in ${cwd}) failed:\n${failed.stdout ?? ''}${failed.stderr ?? failed.message}`);
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/**
 * Serves a built app the way single-page-app hosts do: a file if there is one, otherwise the app's
 * `index.html` with status 200 (which is what a wrong data root gets back).
 */
function serveApp(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) file = join(dir, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, server });
  }));
}

async function openApp(dir: string, path: string, use: (page: Page, url: string, record: ReturnType<typeof recordPage>) => Promise<void>): Promise<void> {
  const { url, server } = await serveApp(dir);
  const page = await browser.newPage();
  const record = recordPage(page);
  try {
    await page.goto(new URL(path, url).href);
    await use(page, url, record);
  } finally {
    await page.close();
    await new Promise((done) => server.close(done));
  }
}

beforeAll(async () => {
  // One pack and one install for every app (the apps resolve vite, react and typescript from the repository).
  const [pack] = JSON.parse(await sh('npm', ['pack', '--json', '--pack-destination', out], repo)) as { filename: string; size: number; unpackedSize: number; entryCount: number }[];
  packed = pack!;
  copyFileSync(join(out, pack!.filename), join(consumers, 'kollen.tgz'));
  writeFileSync(join(consumers, 'package-lock.json'), `${JSON.stringify(consumerLockfile(repo, 'kollen', 'kollen.tgz'), null, 2)}\n`);
  rmSync(join(consumers, 'node_modules'), { recursive: true, force: true });
  await sh('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], consumers);
  const vite = (app: string, outDir: string) => sh(process.execPath, [bin('vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], join(consumers, app));
  [browser] = await Promise.all([launchChromium(), vite('vite-ts', built.vite), vite('react', built.react)]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the library, its data, types and manifest, and nothing of the demo', () => {
    console.log(`kollen.tgz: ${(packed.size / 1e3).toFixed(0)} kB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${packed.entryCount} files`);
    const installed = join(consumers, 'node_modules/kollen');
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'custom-elements.json', 'dist/npm/kollen.js', 'dist/lib/kollen.js', 'dist/data/catalog.json', 'dist/vite/index.js', 'dist/frameworks/react.d.ts', 'dist/web-types.json']) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    for (const file of ['dist/index.html', 'dist/embed.html', 'dist/examples', 'dist/lib/kollen.js.map', 'dist/types/components/shared/test-helpers.d.ts']) {
      expect(existsSync(join(installed, file)), file).toBe(false);
    }
  });

  it('imports in Node (SSR) from every entry without throwing', async () => {
    const entries = ['kollen', 'kollen/core', 'kollen/kollen-map', 'kollen/kollen-trend', 'kollen/kollen-distribution', 'kollen/kollen-indicator-list', 'kollen/kollen-dashboard', 'kollen/vite', 'kollen/react'];
    const output = await sh(process.execPath, ['--input-type=module', '-e',
      `for (const entry of ${JSON.stringify(entries)}) { const module = await import(entry); console.log(entry, typeof (module.setDataRoot ?? module.default ?? {})); }`], consumers);
    expect(output.trim().split('\n')).toEqual(entries.map((entry) => `${entry} ${entry === 'kollen/react' ? 'object' : 'function'}`));
  });

  it('publint and @arethetypeswrong/cli (esm-only) find nothing', async () => {
    const lint = await sh(process.execPath, [bin('publint/src/cli.js'), 'run', '--strict', join(consumers, 'node_modules/kollen')], repo);
    expect(lint).toMatch(/All good!/);
    const attw = await sh(process.execPath, [bin('@arethetypeswrong/cli/dist/index.js'), join(consumers, 'kollen.tgz'), '--profile', 'esm-only', '--format', 'json'], repo);
    // The JSON lists every problem; the esm-only profile ignores those of CommonJS and node10 resolution.
    const ignored = new Set(['node10', 'node16-cjs']);
    const { problems, entrypoints } = (JSON.parse(attw) as { analysis: { problems: { resolutionKind?: string }[]; entrypoints: object } }).analysis;
    expect(Object.keys(entrypoints)).toEqual(expect.arrayContaining(['.', './core', './kollen-map', './kollen-trend', './vite', './react']));
    expect(problems.filter((problem) => !ignored.has(problem.resolutionKind ?? ''))).toEqual([]);
  });
});

describe('a Vite + TypeScript app', () => {
  it('draws a map and a trend with no data-root, from the data the plugin copied', async () => {
    await openApp(built.vite, '/', async (page, url, record) => {
      await waitForReady(page, 'kollen-map, kollen-trend', 60_000);
      expect(await page.locator('kollen-map path[data-code]').count()).toBeGreaterThan(20);
      expect(await page.locator('kollen-trend [part~="chart"]').count()).toBe(1);
      expect(await page.locator('kollen-map').getAttribute('data-state')).toBe('ready');
      expect(record.requests).toContain(`${url}kollen-data/catalog.json`);
      expect(record.errors).toEqual([]);
    });
  });

  it('a map-only page downloads no vega', async () => {
    await openApp(built.vite, '/map.html', async (page, url, record) => {
      await waitForReady(page, 'kollen-map', 60_000);
      const scripts = record.requests.filter((request) => request.startsWith(url) && request.endsWith('.js'));
      expect(scripts.filter((request) => /vega/.test(request))).toEqual([]);
      const gzip = scripts.reduce((sum, request) => sum + gzipSync(readFileSync(join(built.vite, new URL(request).pathname))).length, 0);
      console.log(`map-only page of the Vite app: ${scripts.length} scripts, ${(gzip / 1e3).toFixed(1)} kB gzip`);
    });
  });

  it('says "a web page, not Kollen data" with the URL when data-root points at the app', async () => {
    await openApp(built.vite, '/wrong-root.html', async (page, url) => {
      await page.waitForFunction(() => document.querySelector('kollen-map')?.matches(':state(error)'), undefined, { timeout: 60_000 });
      const text = await page.locator('kollen-map [part~="status"]').innerText();
      expect(text).toContain(`This is a web page, not Kollen data — check data-root: ${url}not-here/catalog.json`);
    });
  });
});

describe('a React 19 app', () => {
  it('type-checks with the JSX elements typed (attribute values and onkollen-area-select), the Vite app too', async () => {
    await sh(process.execPath, [bin('typescript/bin/tsc'), '-p', join(consumers, 'react')], repo);
  });

  it('draws a map and a trend, and its typed event prop hears the selection', async () => {
    await openApp(built.react, '/', async (page, _url, record) => {
      await waitForReady(page, 'kollen-map:not([hidden]), kollen-trend', 60_000);
      expect(await page.locator('kollen-trend [part~="chart"]').count()).toBe(1);
      const first = page.locator('kollen-map:not([hidden]) path[data-code]').first();
      const code = await first.getAttribute('data-code');
      await first.click();
      await expect.poll(() => page.locator('#picked').innerText()).toBe(code);
      expect(record.errors).toEqual([]);
    });
  });
});
