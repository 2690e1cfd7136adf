import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultState } from '../state/dashboard-state.js';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import { indicatorRows } from '../query/index.js';
import { dashboardStateUrl, elementForView, elementMarkup, embedLocationsFor, embedPageUrl, iframeEmbedCode, queryWithPeriod, scriptEmbedCode } from './embed.js';
import { viewRowFilter } from './view-rows.js';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/data');
const catalog = JSON.parse(readFileSync(`${fixtures}/catalog.json`, 'utf8')) as Catalog;
const smoking = JSON.parse(readFileSync(`${fixtures}/indicators/fixture-smoking.json`, 'utf8')) as IndicatorFile;
const base = defaultState(catalog);
const root = 'https://kollen.example/data/';

describe('embed codes', () => {
  it('links an embed to the same state in the catalogue’s dashboard, http(s) only', () => {
    expect(dashboardStateUrl('https://kollen.example/stat/#top', 'view=table&period=2021')).toBe('https://kollen.example/stat/?view=table&period=2021');
    expect(dashboardStateUrl(undefined, 'view=table')).toBeUndefined();
    expect(dashboardStateUrl('javascript:alert(1)', 'view=table')).toBeUndefined();
  });

  it('pins the period of a link or iframe even when it is the latest (left out of the canonical query)', () => {
    expect(queryWithPeriod('', '2021')).toBe('period=2021');
    expect(queryWithPeriod('indicator=x&view=table', '2021')).toBe('indicator=x&view=table&period=2021');
    // A period already there is kept, not doubled.
    expect(queryWithPeriod('indicator=x&period=2018', '2021')).toBe('indicator=x&period=2018');
    expect(embedPageUrl(queryWithPeriod('view=table', '2021'), { embedPage: 'https://kollen.example/embed.html' })).toBe('https://kollen.example/embed.html?view=table&period=2021');
  });

  it('embeds the map view as the map element with the current attributes, and the box it reserves', () => {
    const spec = elementForView({ ...base, areas: ['0001'], lang: 'en' }, root);
    expect(elementMarkup(spec)).toBe(
      '<kollen-map data-root="https://kollen.example/data/" lang="en" indicator="fixture-smoking" level="municipality" period="2021" breakdown="total" category="total" area="0001" color-mode="comparison" aspect-ratio="0.8"></kollen-map>',
    );
    expect(scriptEmbedCode(spec, { library: 'https://kollen.example/lib/kollen.js' })).toBe(
      `<script type="module" src="https://kollen.example/lib/kollen.js"></script>\n${elementMarkup(spec)}`,
    );
  });

  it('embeds trend, ranking and breakdown views as chart elements', () => {
    expect(elementMarkup(elementForView({ ...base, view: 'trend', areas: ['0001', '0002'], breakdown: 'sex', category: 'women' }, root))).toBe(
      '<kollen-trend data-root="https://kollen.example/data/" lang="sv" indicator="fixture-smoking" level="municipality" area="0001" areas="0001,0002" breakdown="sex"></kollen-trend>',
    );
    expect(elementMarkup(elementForView({ ...base, view: 'ranking' }, root))).toBe(
      '<kollen-distribution kind="ranking" data-root="https://kollen.example/data/" lang="sv" indicator="fixture-smoking" level="municipality" period="2021" breakdown="total"></kollen-distribution>',
    );
    // A ranking of one category carries it (the embed code once left it out and ranked another).
    expect(elementMarkup(elementForView({ ...base, view: 'ranking', breakdown: 'sex', category: 'men' }, root))).toBe(
      '<kollen-distribution kind="ranking" data-root="https://kollen.example/data/" lang="sv" indicator="fixture-smoking" level="municipality" period="2021" breakdown="sex" category="men"></kollen-distribution>',
    );
    // The breakdown view needs a breakdown: the indicator's first when "total" is chosen.
    expect(elementMarkup(elementForView({ ...base, view: 'breakdown' }, root, {}, ['sex']))).toContain('breakdown="sex"');
    expect(elementMarkup(elementForView({ ...base, view: 'breakdown', breakdown: 'sex*age-5y' }, root))).toContain('<kollen-distribution kind="pyramid"');
  });

  it('embeds the table and "your area" views as a chrome-less dashboard, scoped when the dashboard is', () => {
    const markup = elementMarkup(elementForView({ ...base, view: 'area', areas: ['0002'] }, root, { within: '01' }));
    expect(markup).toBe(
      '<kollen-dashboard embed no-history data-root="https://kollen.example/data/" lang="sv" indicator="fixture-smoking" level="municipality" period="2021" breakdown="total" category="total" areas="0002" view="area" areas-within="01"></kollen-dashboard>',
    );
  });

  it('escapes values so a crafted URL cannot inject markup', () => {
    const markup = elementMarkup(elementForView({ ...base, indicator: '"><script>alert(1)</script>' }, root));
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('indicator="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('builds the iframe code with the embed page, the state and the resize script', () => {
    const src = embedPageUrl('indicator=a&view=trend', { embedPage: 'https://kollen.example/embed.html' }, { within: '0180' });
    expect(src).toBe('https://kollen.example/embed.html?indicator=a&view=trend&within=0180');
    expect(iframeEmbedCode(src, 'Kollen: "A"', { resizeScript: 'https://kollen.example/embed-resize.js' })).toBe(
      '<iframe data-kollen-embed src="https://kollen.example/embed.html?indicator=a&amp;view=trend&amp;within=0180" title="Kollen: &quot;A&quot;" width="100%" height="560" loading="lazy"></iframe>\n' +
        '<script src="https://kollen.example/embed-resize.js" defer></script>',
    );
  });
});

describe('rows of a view', () => {
  it('holds the map’s cells plus the reference, one period and category', () => {
    const filter = viewRowFilter({ ...base, period: '2018' }, smoking, catalog);
    const rows = indicatorRows(smoking, filter);
    expect(rows.map((row) => `${row.level}:${row.area}:${row.period}`)).toEqual(['county:01:2018', 'municipality:0001:2018', 'municipality:0002:2018']);
  });

  it('holds every period on the trend and every category on the breakdown view', () => {
    const trend = indicatorRows(smoking, viewRowFilter({ ...base, view: 'trend' }, smoking, catalog));
    expect(new Set(trend.map((row) => row.period))).toEqual(new Set(['2018', '2021']));
    const split = indicatorRows(smoking, viewRowFilter({ ...base, view: 'breakdown' }, smoking, catalog));
    expect(split.map((row) => row.category)).toEqual(['women', 'men']);
  });

  it('holds the chosen area and the reference on "your area", and only the scope elsewhere', () => {
    const area = indicatorRows(smoking, viewRowFilter({ ...base, view: 'area', areas: ['0002'] }, smoking, catalog));
    expect(new Set(area.map((row) => row.area))).toEqual(new Set(['01', '0002']));
    const scoped = indicatorRows(smoking, viewRowFilter(base, smoking, catalog, { within: 'elsewhere' }));
    expect(scoped.map((row) => row.area)).toEqual(['01']);
  });
});

describe('embed locations wherever the dashboard runs (pkg)', () => {
  const published = { library: 'https://cdn.jsdelivr.net/npm/kollen@0.1.0/dist/lib/kollen.js', integrity: 'sha384-abc' };

  it('from the CDN build: the library next to the module, the embed page one folder up', () => {
    expect(embedLocationsFor('https://stats.example/kollen/lib/kollen-dashboard-x1.js', 'https://stats.example/kollen/data/')).toEqual({
      library: 'https://stats.example/kollen/lib/kollen.js',
      dataRoot: 'https://stats.example/kollen/data/',
      embedPage: 'https://stats.example/kollen/embed.html',
      resizeScript: 'https://stats.example/kollen/embed-resize.js',
    });
  });

  it('bundled into an app: the versioned CDN library with its hash, the public dashboard\'s embed page', () => {
    const locations = embedLocationsFor('https://app.example/assets/index-9f.js', 'https://app.example/kollen-data/', published, 'https://kollen.example/dashboard/');
    expect(locations).toMatchObject({ library: published.library, integrity: 'sha384-abc', embedPage: 'https://kollen.example/dashboard/embed.html' });
    const spec = elementForView(base, 'https://app.example/kollen-data/');
    expect(scriptEmbedCode(spec, locations)).toBe(
      `<script type="module" src="${published.library}" integrity="sha384-abc" crossorigin="anonymous"></script>\n${elementMarkup(spec)}`,
    );
  });

  it('carries the hash a CDN-built page names', () => {
    expect(embedLocationsFor('https://stats.example/lib/kollen.js', 'https://stats.example/data/', undefined, undefined, 'sha384-def').integrity).toBe('sha384-def');
  });
});
