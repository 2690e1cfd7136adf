/**
 * What a resident meets on the built site with the real data (issue 13): the keyboard gets in
 * from the top of `/`, a phone shows content first and a short table, "your area" never runs
 * columns together, shared links and embeds pin their year, tables sort, the Swedish Excel CSV
 * downloads, the "Alla mått" page links into the dashboard, an embed links back to the catalogue's
 * dashboard, and forced colours keep the map and charts readable.
 */
import { readFileSync } from 'node:fs';
import { dsvFormat } from 'd3-dsv';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, recordPage, waitForReady } from './browser.js';
import { serveStatic, type StaticServer } from './server.js';

let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The focused element's description, through shadow roots: tag, id and the host it lives in. */
function focused(page: Page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    let host = '';
    while (element?.shadowRoot?.activeElement) {
      host = element.tagName.toLowerCase();
      element = element.shadowRoot.activeElement;
    }
    return { tag: element?.tagName.toLowerCase() ?? '', id: element?.id ?? '', host };
  });
}

/** Runs `fn` in the page on the dashboard's shadow root. */
async function inDashboard<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T> {
  const root = await page.evaluateHandle(() => document.querySelector('kollen-dashboard')!.shadowRoot!);
  const result = await root.evaluate(fn);
  await root.dispose();
  return result as T;
}

describe('a resident on the dashboard', () => {
  it('reaches the first control by Tab from the top of the page, and the skip link still works', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url);
    await waitForReady(page, 'kollen-dashboard');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', host: '' });
    // Past the skip link, the next stops are the dashboard's own controls.
    const stops = [];
    for (let press = 0; press < 3; press++) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    expect(stops.some((stop) => stop.host === 'kollen-dashboard')).toBe(true);
    // The skip link moves focus to the statistics; the next Tab is inside the dashboard.
    await page.goto(site.url);
    await waitForReady(page, 'kollen-dashboard');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('statistik');
    await page.keyboard.press('Tab');
    expect((await focused(page)).host).toBe('kollen-dashboard');
    await page.close();
  });

  it('puts the title and the view first on a phone: controls fold into a summary bar, tabs keep to one row', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(`${site.url}?indicator=daily-smoking&period=2021`);
    await waitForReady(page, 'kollen-dashboard');
    const layout = await inDashboard(
      page,
      (root) => {
        const toggle = root.querySelector('.controls-toggle') as HTMLButtonElement;
        const title = root.querySelector('#indicator-title')!.getBoundingClientRect();
        const tabs = [...root.querySelectorAll('[role="tab"]')].map((tab) => Math.round(tab.getBoundingClientRect().top));
        return {
          summary: toggle.textContent!.replace(/\s+/g, ' ').trim(),
          expanded: toggle.getAttribute('aria-expanded'),
          bodyShown: (root.querySelector('.controls-body') as HTMLElement).offsetHeight > 0,
          titleBottom: title.bottom,
          tabRows: new Set(tabs).size,
          tablistBottom: root.querySelector('[role="tablist"]')!.getBoundingClientRect().bottom,
        };
      },
    );
    expect(layout.summary).toContain('Daglig rökning · Kommun · 2021 · Ingen (alla)');
    expect(layout).toMatchObject({ expanded: 'false', bodyShown: false, tabRows: 1 });
    expect(layout.titleBottom).toBeLessThan(667);
    expect(layout.tablistBottom).toBeLessThan(667);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
    // The bar opens the controls, by keyboard as by click.
    await page.locator('kollen-dashboard .controls-toggle').focus();
    await page.keyboard.press('Enter');
    expect(await inDashboard(page, (root) => [root.querySelector('.controls-toggle')!.getAttribute('aria-expanded'), (root.querySelector('#level') as HTMLElement).offsetHeight > 0])).toEqual(['true', true]);
    // The arrow keys move along the one-row tab list and bring the tab into sight.
    await page.locator('kollen-dashboard #tab-map').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('kollen-dashboard')?.shadowRoot?.activeElement?.id === 'tab-area');
    const tab = await inDashboard(page, (root) => { const box = root.querySelector('#tab-area')!.getBoundingClientRect(); return [box.left, box.right]; });
    expect(tab[0]).toBeGreaterThanOrEqual(0);
    expect(tab[1]).toBeLessThanOrEqual(375);
    // A link straight to a view at the end of the row opens with its tab in sight.
    await page.goto(`${site.url}?indicator=daily-smoking&view=table`);
    await waitForReady(page, 'kollen-dashboard');
    const opened = await inDashboard(page, (root) => { const box = root.querySelector('#tab-table')!.getBoundingClientRect(); return [box.left, box.right]; });
    expect(opened[0]).toBeGreaterThanOrEqual(0);
    expect(opened[1]).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('keeps the table view short at 375 px: names on one or two lines, a labelled focusable scroll region', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${site.url}?indicator=daily-smoking&view=table&level=district-2020`);
    await waitForReady(page, 'kollen-dashboard');
    const table = await inDashboard(
      page,
      (root) => {
        const region = root.querySelector('.table-wrap') as HTMLElement;
        // Lines of text in a cell: the distinct tops of its text's boxes (a smaller tag on the
        // same line sits a few pixels lower, so tops closer than 8 px are one line).
        const lines = [...root.querySelectorAll('tbody th')].map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const tops = [...range.getClientRects()].map((box) => box.top).sort((a, b) => a - b);
          return tops.filter((top, index) => index === 0 || top - tops[index - 1]! > 8).length;
        });
        return {
          rows: lines.length,
          maxLines: Math.max(...lines),
          tabIndex: region.tabIndex,
          role: region.getAttribute('role'),
          label: root.getElementById(region.getAttribute('aria-labelledby')!)?.textContent?.trim() ?? '',
          regionHeight: region.getBoundingClientRect().height,
        };
      },
    );
    expect(table.rows).toBeGreaterThan(10);
    expect(table.maxLines).toBeLessThanOrEqual(2);
    expect(table).toMatchObject({ tabIndex: 0, role: 'region' });
    expect(table.label).toContain('Daglig rökning');
    expect(table.regionHeight).toBeLessThanOrEqual(800);
    const page_ = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
    expect(page_.width).toBe(375);
    // Was 6,583 px: the table scrolls inside itself now.
    expect(page_.height).toBeLessThan(2500);
    await page.close();
  });

  it('never makes the page wider than a 320 or 375 px phone on the table view, in Swedish and English: the table scrolls inside its region', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    for (const lang of ['sv', 'en']) {
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${site.url}?indicator=daily-smoking&view=table&lang=${lang}`);
        await waitForReady(page, 'kollen-dashboard');
        const box = await inDashboard(page, (root) => {
          const region = root.querySelector('.table-wrap') as HTMLElement;
          const header = [...root.querySelectorAll('.table-wrap thead th')].map((th) => th.getBoundingClientRect().height);
          return { right: region.getBoundingClientRect().right, scrolls: region.scrollWidth > region.clientWidth, focusable: region.tabIndex === 0, header: Math.max(...header) };
        });
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(pageWidth, `${lang} ${width}px`).toBe(width);
        expect(box.right, `${lang} ${width}px`).toBeLessThanOrEqual(width);
        // What does not fit scrolls inside a region the keyboard can scroll; headers wrap to a few lines.
        if (box.scrolls) expect(box.focusable).toBe(true);
        expect(box.header, `${lang} ${width}px`).toBeLessThan(120);
      }
    }
    await page.close();
  });

  it('never runs the "your area" columns together, at 320, 700 and 1280 px', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    for (const width of [320, 700, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${site.url}?view=area&areas=0180`);
      await waitForReady(page, 'kollen-dashboard');
      const overflowing = await inDashboard(
        page,
        (root) =>
          [...root.querySelectorAll('.overview tbody th, .overview tbody td, .overview thead th')]
            .filter((cell) => (cell as HTMLElement).offsetWidth > 0 && cell.closest('thead')?.getBoundingClientRect().width !== 1)
            .filter((cell) => cell.scrollWidth > (cell as HTMLElement).clientWidth + 1)
            .map((cell) => cell.textContent!.trim().slice(0, 40)),
      );
      expect(overflowing, `at ${width} px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    }
    await page.close();
  });

  it('keeps every ranking label inside the chart at 375 px (reference label, axis title, legend)', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${site.url}?indicator=voter-turnout&view=ranking`);
    await page.waitForFunction(() => document.querySelector('kollen-dashboard')?.shadowRoot?.querySelector('.view kollen-distribution')?.matches(':state(ready)'), null, { timeout: 30_000 });
    const labels = await inDashboard(page, (root) => {
      const chart = root.querySelector('.view kollen-distribution')!.shadowRoot!;
      const svg = chart.querySelector('.plot svg')!.getBoundingClientRect();
      return [...chart.querySelectorAll('.plot svg text')]
        .filter((text) => text.textContent)
        .map((text) => ({ text: text.textContent!, box: text.getBoundingClientRect() }))
        .map(({ text, box }) => ({ text, inside: box.left >= svg.left - 1 && box.right <= svg.right + 1 && box.right <= 375 }));
    });
    expect(labels.some((label) => label.text.startsWith('Stockholms län'))).toBe(true);
    expect(labels.filter((label) => !label.inside)).toEqual([]);
    await page.close();
  });

  it('pins the year in the share link and both embed codes, and leaves the skip link’s fragment out', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The latest period, so the canonical URL leaves it out; the skip link has added a fragment.
    await page.goto(`${site.url}?indicator=daily-smoking&view=ranking#statistik`);
    await waitForReady(page, 'kollen-dashboard');
    expect(new URL(page.url()).searchParams.has('period')).toBe(false);
    await page.locator('kollen-dashboard details.share summary').click();
    await page.locator('kollen-dashboard #share-link').waitFor();
    const codes = await inDashboard(
      page,
      (root) => ({
        link: (root.querySelector('#share-link') as HTMLInputElement).value,
        script: (root.querySelector('#embed-script') as HTMLTextAreaElement).value,
        iframe: (root.querySelector('#embed-iframe') as HTMLTextAreaElement).value,
      }),
    );
    expect(new URL(codes.link).searchParams.get('period')).toBe('2021');
    expect(codes.link).not.toContain('#');
    expect(codes.script).toContain('period="2021"');
    expect(codes.iframe).toMatch(/embed(-[a-z-]+)?\.html\?[^"]*period=2021/);
    await page.close();
  });

  it('sorts the table by any column from its header, by keyboard, with aria-sort', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}?indicator=voter-turnout&view=table`);
    await waitForReady(page, 'kollen-dashboard');
    const read = () =>
      inDashboard(
        page,
        (root) => ({
          sort: [...root.querySelectorAll('thead th')].map((th) => th.getAttribute('aria-sort')),
          values: [...root.querySelectorAll('tbody tr:not(.reference) td:first-of-type')].map((td) => Number.parseFloat(td.textContent!.replace(',', '.'))),
        }),
      );
    expect((await read()).sort.every((value) => value === 'none')).toBe(true);
    await page.locator('kollen-dashboard [data-sort="value"]').focus();
    await page.keyboard.press('Enter');
    let table = await read();
    expect(table.sort[1]).toBe('ascending');
    expect(table.values).toEqual([...table.values].sort((a, b) => a - b));
    await page.keyboard.press('Space');
    table = await read();
    expect(table.sort[1]).toBe('descending');
    expect(table.values).toEqual([...table.values].sort((a, b) => b - a));
    expect(table.sort.filter((value) => value !== 'none')).toHaveLength(1);
    await page.close();
  });

  it('downloads the Swedish Excel CSV through the real download path: BOM, semicolons, decimal commas', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}?indicator=daily-smoking&view=table&period=2021`);
    await waitForReady(page, 'kollen-dashboard');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('kollen-dashboard [data-download="csv-view-excel"]').click()]);
    expect(download.suggestedFilename()).toBe('daily-smoking-municipality-2021-table-excel.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = dsvFormat(';').parse(text.slice(1));
    expect(rows.columns.slice(0, 3)).toEqual(['area_code', 'area_name', 'level']);
    const published = rows.filter((row) => row.status === 'ok');
    expect(published.length).toBeGreaterThan(20);
    expect(published.some((row) => /^\d+,\d+$/.test(row.value!))).toBe(true);
    expect(published.every((row) => !row.value!.includes('.'))).toBe(true);
    await context.close();
  });

  it('lists every indicator on the "Alla mått" page as a link that opens it in the dashboard', async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    await waitForReady(page, 'kollen-dashboard');
    await page.locator('.site-footer a').first().click();
    await page.waitForURL(/all-indicators\.html$/);
    const catalog = JSON.parse(readFileSync('dist/data/catalog.json', 'utf8')) as { indicators: { id: string }[] };
    const ids = await page.locator('main a[data-indicator]').evaluateAll((links) => links.map((link) => link.getAttribute('data-indicator')));
    expect(ids.sort()).toEqual(catalog.indicators.map((indicator) => indicator.id).sort());
    await page.locator('a[data-indicator="voter-turnout"]').click();
    await waitForReady(page, 'kollen-dashboard');
    expect(await page.evaluate(() => (document.querySelector('kollen-dashboard') as unknown as { current: { indicator: string } }).current.indicator)).toBe('voter-turnout');
    // The English page leads into the English dashboard.
    await page.goto(`${site.url}all-indicators-en.html`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('a[data-indicator="voter-turnout"]').getAttribute('href')).toBe('./?indicator=voter-turnout&lang=en');
    await page.close();
  });

  it('links an embed to the same view in the dashboard the catalogue names', async () => {
    const page = await browser.newPage();
    await page.route('**/data/catalog.json', async (route) => {
      const catalog = await (await route.fetch()).json();
      await route.fulfill({ json: { ...catalog, dashboardUrl: 'https://statistik.example.se/kollen/' } });
    });
    await page.goto(`${site.url}embed.html?indicator=daily-smoking&view=table`);
    await waitForReady(page, 'kollen-dashboard');
    const link = page.locator('kollen-dashboard .open-in-kollen a');
    expect(await link.textContent()).toBe('Öppna i Kollen');
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe('https://statistik.example.se/kollen/');
    expect(Object.fromEntries(href.searchParams)).toMatchObject({ indicator: 'daily-smoking', view: 'table', period: '2021' });
    // The element inside the embedded dashboard adds no second link.
    await page.goto(`${site.url}embed.html?indicator=daily-smoking&view=map`);
    await waitForReady(page, 'kollen-dashboard');
    await page.waitForFunction(() => document.querySelector('kollen-dashboard')?.shadowRoot?.querySelector('.view kollen-map')?.matches(':state(ready)'));
    expect(await page.locator('kollen-dashboard .open-in-kollen a').count()).toBe(1);
    expect(await page.locator('kollen-dashboard kollen-map .open-in-kollen').count()).toBe(0);
    await page.close();
  });

  it('links script-embedded maps and charts to the same view in the dashboard the catalogue names, their year pinned', async () => {
    // Tall enough that no widget waits out of view.
    const page = await browser.newPage({ viewport: { width: 1280, height: 3000 } });
    await page.route('**/data/catalog.json', async (route) => {
      const catalog = await (await route.fetch()).json();
      await route.fulfill({ json: { ...catalog, dashboardUrl: 'https://statistik.example.se/kollen/' } });
    });
    const linkOf = async (tag: string) => {
      await waitForReady(page, tag);
      const link = page.locator(`${tag} .open-in-kollen`).first();
      const href = new URL((await link.getAttribute('href'))!);
      return { text: await link.textContent(), at: href.origin + href.pathname, query: Object.fromEntries(href.searchParams), target: await link.getAttribute('target') };
    };
    await page.goto(`${site.url}examples/map.html`);
    expect(await linkOf('kollen-map')).toMatchObject({
      text: 'Öppna i Kollen', at: 'https://statistik.example.se/kollen/', target: '_blank',
      query: { indicator: 'daily-smoking', level: 'municipality', period: '2021', view: 'map', colors: 'comparison' },
    });
    await page.goto(`${site.url}examples/trend.html`);
    expect((await linkOf('kollen-trend')).query).toMatchObject({ indicator: 'daily-smoking', level: 'municipality', areas: '0180', view: 'trend' });
    await page.goto(`${site.url}examples/distribution.html`);
    expect((await linkOf('kollen-distribution')).query).toMatchObject({ indicator: 'daily-smoking', view: 'ranking', period: '2021', areas: '0180' });
    await page.close();
  });

  it('keeps map fills, legend, selection, focus and chart marks apart in forced colours', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const record = recordPage(page);
    await page.emulateMedia({ forcedColors: 'active' });
    // Value classes (five fills); the dashboard's default, significance, has three.
    await page.goto(`${site.url}?indicator=daily-smoking&areas=0180&colors=classes`);
    await waitForReady(page, 'kollen-dashboard');
    await page.waitForFunction(() => document.querySelector('kollen-dashboard')?.shadowRoot?.querySelector('.view kollen-map')?.matches(':state(ready)'));
    const map = await inDashboard(
      page,
      (root) => {
        const mapRoot = root.querySelector('.view kollen-map')!.shadowRoot!;
        const style = (selector: string) => getComputedStyle(mapRoot.querySelector(selector)!);
        const fills = new Set([...mapRoot.querySelectorAll('path.area')].map((path) => getComputedStyle(path).fill));
        const swatches = new Set([...mapRoot.querySelectorAll('.swatch rect')].map((rect) => getComputedStyle(rect).fill));
        const probe = document.createElement('span');
        probe.style.color = 'Highlight';
        document.body.append(probe);
        const highlight = getComputedStyle(probe).color;
        probe.remove();
        return {
          adjust: style('svg.map').forcedColorAdjust,
          fills: fills.size,
          swatches: swatches.size,
          selected: style('.outline-core.selected').stroke,
          highlight,
        };
      },
    );
    expect(map.adjust).toBe('none');
    expect(map.fills).toBeGreaterThanOrEqual(4);
    expect(map.swatches).toBeGreaterThanOrEqual(4);
    expect(map.selected).toBe(map.highlight);
    await page.goto(`${site.url}?indicator=daily-smoking&view=ranking`);
    await page.waitForFunction(() => document.querySelector('kollen-dashboard')?.shadowRoot?.querySelector('.view kollen-distribution')?.matches(':state(ready)'), null, { timeout: 30_000 });
    const chart = await inDashboard(
      page,
      (root) => {
        const chartRoot = root.querySelector('.view kollen-distribution')!.shadowRoot!;
        const marks = new Set([...chartRoot.querySelectorAll('.plot svg path')].map((mark) => getComputedStyle(mark).fill).filter((fill) => fill !== 'none'));
        return { adjust: getComputedStyle(chartRoot.querySelector('.plot')!).forcedColorAdjust, colours: marks.size };
      },
    );
    expect(chart.adjust).toBe('none');
    expect(chart.colours).toBeGreaterThanOrEqual(2);
    expect(record.errors).toEqual([]);
    await page.close();
  });
});
