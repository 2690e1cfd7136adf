/**
 * The public dashboard as a visitor uses it, on the built site and the real data: search an
 * indicator, switch views, select an area on the map and find it selected in the trend, reload
 * and get the same state, download a CSV, then take the embed codes to a third-party page (another
 * origin, strict Content-Security-Policy) and see both render.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, recordPage, waitForReady } from './browser.js';
import { serveStatic, type StaticServer } from './server.js';

let site: StaticServer;
let library: { url: string; server: Server };
let host: { url: string; server: Server; dir: string };
let browser: Browser;

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
    });
  });
}

beforeAll(async () => {
  site = await serveStatic();
  // The built site again, as a CDN would serve it to other origins: same files, plus CORS.
  const cdn = createServer((request, response) => {
    void fetch(new URL(request.url ?? '/', site.url)).then(async (upstream) => {
      response.writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
      });
      response.end(Buffer.from(await upstream.arrayBuffer()));
    });
  });
  library = { url: await listen(cdn), server: cdn };
  // A third-party page on its own origin with a strict CSP: no inline scripts or styles, no eval.
  const dir = mkdtempSync(join(tmpdir(), 'kollen-embed-host-'));
  const hostServer = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1) || 'index.html';
    if (!/^[\w-]+\.html$/.test(name)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const page = readFileSync(join(dir, name));
      const origin = new URL(library.url).origin;
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `default-src 'none'; script-src ${origin}; connect-src ${origin}; style-src ${origin}; img-src ${origin} data: blob:; frame-src ${origin}`,
      });
      response.end(page);
    } catch {
      response.writeHead(404).end();
    }
  });
  host = { url: await listen(hostServer), server: hostServer, dir };
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((resolve) => library?.server.close(resolve));
  await new Promise((resolve) => host?.server.close(resolve));
  if (host?.dir) rmSync(host.dir, { recursive: true, force: true });
});

/** The dashboard's state as the element reports it. */
function state(page: Page) {
  return page.evaluate(() => (document.querySelector('kollen-dashboard') as unknown as { current: unknown }).current);
}

async function waitForView(page: Page, tag: string) {
  await waitForReady(page, 'kollen-dashboard');
  await page.waitForFunction(
    (selector) => document.querySelector('kollen-dashboard')?.shadowRoot?.querySelector(selector)?.matches(':state(ready)') === true,
    `.view ${tag}`,
    { timeout: 30_000 },
  );
}

describe('the public dashboard', () => {
  it('is driven as a visitor: search, views, linked selection, reload, CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const record = recordPage(page);
    await page.goto(`${site.url}index.html`);
    await waitForView(page, 'kollen-map');

    // Search without å/ä/ö, pick the hit.
    await page.locator('kollen-dashboard #indicator-search').fill('rokning');
    await page.locator('kollen-dashboard .search-hit[data-indicator="daily-smoking"]').click();
    await expect.poll(() => page.locator('kollen-dashboard #indicator-title').textContent()).toContain('Daglig rökning');
    expect(new URL(page.url()).searchParams.get('indicator')).toBe('daily-smoking');
    await waitForView(page, 'kollen-map');

    // Select Botkyrka on the map, then see it selected in the trend.
    await page.locator('kollen-dashboard kollen-map path.area[data-code="0127"]').click();
    await expect.poll(async () => ((await state(page)) as { areas: string[] }).areas).toEqual(['0127']);
    await page.locator('kollen-dashboard [role="tab"][data-view="trend"]').click();
    await waitForView(page, 'kollen-trend');
    const trend = page.locator('kollen-dashboard .view kollen-trend');
    expect(await trend.getAttribute('area')).toBe('0127');
    expect(await trend.locator('[part~="description"]').textContent()).toContain('Botkyrka');
    expect(new URL(page.url()).search).toBe('?indicator=daily-smoking&areas=0127&view=trend');

    // More views, by keyboard this time.
    await page.locator('kollen-dashboard [role="tab"][data-view="trend"]').press('ArrowRight');
    await waitForView(page, 'kollen-distribution');
    expect(await page.locator('kollen-dashboard [role="tab"][aria-selected="true"]').textContent()).toContain('Rangordning');
    await page.locator('kollen-dashboard [role="tab"][data-view="table"]').click();
    await expect.poll(() => page.locator('kollen-dashboard tr[data-area="0127"] .area-button').getAttribute('aria-pressed')).toBe('true');

    // Reload: the same state, from the URL alone.
    const before = await state(page);
    await page.reload();
    await waitForReady(page, 'kollen-dashboard');
    expect(await state(page)).toEqual(before);

    // Download the table's data.
    await page.goto(`${site.url}index.html?indicator=daily-smoking&view=table`);
    await waitForReady(page, 'kollen-dashboard');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('kollen-dashboard [data-download="csv-view"]').click()]);
    expect(download.suggestedFilename()).toBe('daily-smoking-municipality-2021-table.csv');
    const rows = csvParse(readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, ''));
    expect(rows.columns).toEqual(['area_code', 'area_name', 'level', 'period', 'breakdown', 'category', 'value', 'ci_low', 'ci_high', 'n', 'status', 'simulated', 'trend', 'trend_verdict', 'trend_method', 'trend_periods']);
    expect(rows.filter((row) => row.level === 'municipality')).toHaveLength(26);
    // The county's smoking falls by about half a point a year over the last five surveys: a decreasing (better) weighted trend.
    expect(rows.find((row) => row.area_code === '01')).toMatchObject({ area_name: 'Stockholms län', level: 'county', period: '2021', simulated: 'true',
      trend: 'decreasing', trend_verdict: 'better', trend_method: 'weighted-linear', trend_periods: '2006 2010 2014 2018 2021' });
    expect(rows.every((row) => row.status === 'ok' ? row.value !== '' : row.value === '' && row.n === '')).toBe(true);
    expect(record.errors).toEqual([]);
    await context.close();
  });

  it('downloads the map and a chart as PNG and SVG with title, source and the simulated flag', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const record = recordPage(page);
    await page.goto(`${site.url}index.html?indicator=daily-smoking&period=2018`);
    await waitForView(page, 'kollen-map');
    const save = async (kind: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`kollen-dashboard [data-download="${kind}"]`).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const svg = await save('svg');
    expect(svg.name).toBe('daily-smoking-municipality-2018-map.svg');
    const markup = svg.bytes.toString('utf8');
    expect(markup).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(markup).toContain('>Daglig rökning</text>');
    expect(markup).toContain('Källa: ');
    expect(markup).toContain('Simulerade data');
    // Every municipality is in the drawing, coloured without the element's stylesheet.
    expect(markup.match(/<path[^>]*data-code="01\d\d"[^>]*fill="(?:rgb|#|url)/g)?.length).toBe(26);
    const png = await save('png');
    expect(png.name).toBe('daily-smoking-municipality-2018-map.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(10_000);
    // On a chart view the chart element draws its own figure (its vega spec carries the frame).
    await page.locator('kollen-dashboard [role="tab"][data-view="ranking"]').click();
    await waitForView(page, 'kollen-distribution');
    const chart = await save('svg');
    expect(chart.name).toMatch(/^daily-smoking-ranking-municipality-2018\.svg$/);
    expect(chart.bytes.toString('utf8')).toContain('<svg');
    expect(record.errors).toEqual([]);
    await context.close();
  });

  it('is axe-clean on every view with the real data at 375 px (its own views in both languages)', async () => {
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const problems: string[] = [];
    for (const view of ['map', 'trend', 'ranking', 'breakdown', 'table', 'area']) {
      // English where the dashboard draws itself; the elements' English is their own tests' job.
      for (const lang of view === 'table' || view === 'area' ? ['sv', 'en'] : ['sv']) {
        await page.goto(`${site.url}index.html?indicator=daily-smoking&areas=0180&view=${view}&lang=${lang}`);
        await waitForReady(page, 'kollen-dashboard');
        if (view !== 'table' && view !== 'area') await waitForView(page, { map: 'kollen-map', trend: 'kollen-trend' }[view] ?? 'kollen-distribution');
        await page.addScriptTag({ path: axePath });
        const violations: string[] = await page.evaluate(async () => {
          const axe = (window as any).axe;
          const result = await axe.run(document.querySelector('kollen-dashboard'), {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            rules: { region: { enabled: false } },
          });
          return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join('; ')}`);
        });
        problems.push(...violations.map((violation) => `${view}/${lang}: ${violation}`));
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens an old district division on its latest year with data, unless a year is asked for', async () => {
    const page = await browser.newPage();
    // Stockholm's 2007 districts were replaced in 2020: their latest survey year is 2018.
    await page.goto(`${site.url}index.html?indicator=daily-smoking&level=district-2007`);
    await waitForView(page, 'kollen-map');
    expect(await state(page)).toMatchObject({ level: 'district-2007', period: '2018' });
    expect(new URL(page.url()).searchParams.get('period')).toBe('2018');
    // An explicit year stays, and the map says plainly that it has nothing for it.
    await page.goto(`${site.url}index.html?indicator=daily-smoking&level=district-2007&period=2021`);
    await waitForReady(page, 'kollen-dashboard');
    expect(await state(page)).toMatchObject({ level: 'district-2007', period: '2021' });
    await page.waitForFunction(() => document.querySelector('kollen-dashboard')?.shadowRoot?.querySelector('.view kollen-map')?.matches(':state(empty)'), null, { timeout: 20_000 });
    await page.close();
  });

  it('back and forward step through views', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}index.html?indicator=voter-turnout`);
    await waitForReady(page, 'kollen-dashboard');
    await page.locator('kollen-dashboard [role="tab"][data-view="table"]').click();
    await page.locator('kollen-dashboard [role="tab"][data-view="area"]').click();
    await expect.poll(() => page.url()).toContain('view=area');
    await page.goBack();
    await expect.poll(async () => ((await state(page)) as { view: string }).view).toBe('table');
    await page.goBack();
    await expect.poll(async () => ((await state(page)) as { view: string }).view).toBe('map');
    await page.goForward();
    await expect.poll(async () => ((await state(page)) as { view: string }).view).toBe('table');
    await page.close();
  });

  it('gives embed codes that render on a third-party page with a strict CSP', async () => {
    const page = await browser.newPage();
    // The library as the visitor sees it from the CDN origin, so embed codes point there.
    await page.goto(`${library.url}index.html?indicator=daily-smoking&areas=0180&view=trend&lang=en`);
    await waitForView(page, 'kollen-trend');
    await page.locator('kollen-dashboard details.share summary').click();
    const script = await page.locator('kollen-dashboard #embed-script').inputValue();
    const iframe = await page.locator('kollen-dashboard #embed-iframe').inputValue();
    expect(script).toContain(`src="${library.url}lib/kollen.js"`);
    // pkg: with the library's SRI hash (which the host page below then checks when it loads it).
    expect(script).toMatch(/ integrity="sha384-[A-Za-z0-9+/]+={0,2}" crossorigin="anonymous"/);
    expect(script).toContain(`<kollen-trend data-root="${library.url}data/" lang="en" indicator="daily-smoking" level="municipality" area="0180" release="2026-12">`);
    expect(script).toContain(`<img src="${library.url}data/previews/daily-smoking-trend.png" alt="Line chart: `);
    // The iframe pins the period shown (the latest, which the page URL leaves out).
    expect(iframe).toContain(`src="${library.url}embed-daily-smoking.html?indicator=daily-smoking&amp;areas=0180&amp;view=trend&amp;lang=en&amp;period=2021&amp;release=2026-12"`);
    // Both are previewed in the panel.
    await page.waitForFunction(() => document.querySelector('kollen-dashboard')?.shadowRoot?.querySelector('[data-preview="script"] kollen-trend')?.matches(':state(ready)'), null, { timeout: 30_000 });
    expect(await page.locator('kollen-dashboard [data-preview="iframe"] iframe').getAttribute('src')).toContain('embed-daily-smoking.html?');
    await page.close();

    writeFileSync(
      join(host.dir, 'embed-test.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A planner's page</title></head><body>
<h1>Our municipality</h1>
${script}
${iframe}
</body></html>`,
    );
    const hostPage = await browser.newPage();
    const record = recordPage(hostPage);
    await hostPage.goto(`${host.url}embed-test.html`);
    // The script embed: the trend element itself, on the host page.
    await waitForReady(hostPage, 'kollen-trend');
    expect(await hostPage.locator('kollen-trend [part~="title"]').first().textContent()).toContain('Daily smoking');
    // The iframe embed: the chrome-less page, showing only the trend, resized to its content.
    const frame = hostPage.frameLocator('iframe[data-kollen-embed]');
    await expect.poll(() => frame.locator('kollen-dashboard').evaluate((element) => element.matches(':state(ready)')), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => frame.locator('kollen-dashboard .view kollen-trend').evaluate((element) => element.matches(':state(ready)')), { timeout: 30_000 }).toBe(true);
    expect(await frame.locator('kollen-dashboard [role="tablist"]').count()).toBe(0);
    const frameHeight = async () => Number(await hostPage.locator('iframe[data-kollen-embed]').getAttribute('height'));
    await expect.poll(frameHeight, { timeout: 10_000 }).not.toBe(560);
    const contentHeight = await frame.locator('html').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
    expect(Math.abs((await frameHeight()) - contentHeight)).toBeLessThanOrEqual(2);
    expect(record.errors.filter((error) => /Content Security Policy|Refused/.test(error))).toEqual([]);
    expect(record.errors).toEqual([]);
    await hostPage.close();
  });
});
