/**
 * What the benchmark measures: each page, which baselines draw the same thing, and which
 * interactions run on it. The baselines' parameters come from the Kollen page itself (the
 * attributes of its `<kollen-map>` or `<kollen-trend>`, completed with Kollen's documented
 * defaults from the catalogue), so both sides always show the same indicator, level and period.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, IndicatorFile } from '../src/schema/types.js';
import type { BaselinePage, BenchSite } from './site.js';

/** A measured page and what it is compared with. */
export interface ScenarioDef {
  id: string;
  title: string;
  /** Path of the Kollen page under the site root. */
  page: string;
  /** Files (under the site root) the scenario needs; missing ones make it "not available". */
  requires: string[];
  /** A tag the page must contain, for pages that exist before their widget does. */
  pageMustContain?: string;
  /** The element whose attributes the baselines copy. */
  subject?: 'kollen-map' | 'kollen-trend';
  vegaEmbed?: BaselinePage;
  minimal?: BaselinePage;
  /** Interactions measured on the drawn page. */
  interactions: ('period' | 'select')[];
  /** Part of the quick run (`--quick`) and the end-to-end test. */
  quick?: boolean;
}

/** Every scenario, in report order. */
export const SCENARIOS: ScenarioDef[] = [
  {
    id: 'map',
    title: 'Map only (examples/map.html)',
    page: 'examples/map.html',
    requires: ['lib/kollen-map.js', 'examples/map.html', 'data/catalog.json'],
    pageMustContain: '<kollen-map',
    subject: 'kollen-map',
    vegaEmbed: 'vega-map',
    minimal: 'minimal-map',
    interactions: ['period'],
    quick: true,
  },
  {
    id: 'trend',
    title: 'Trend only (examples/trend.html)',
    page: 'examples/trend.html',
    requires: ['lib/kollen-trend.js', 'examples/trend.html', 'data/catalog.json'],
    pageMustContain: '<kollen-trend',
    subject: 'kollen-trend',
    vegaEmbed: 'vega-trend',
    interactions: [],
    quick: true,
  },
  {
    id: 'distribution',
    title: 'Distribution only (examples/distribution.html)',
    page: 'examples/distribution.html',
    requires: ['lib/kollen-distribution.js', 'examples/distribution.html', 'data/catalog.json'],
    pageMustContain: '<kollen-distribution',
    interactions: [],
  },
  {
    id: 'dashboard',
    title: 'Full dashboard (index.html)',
    page: 'index.html',
    requires: ['lib/kollen.js', 'index.html', 'data/catalog.json'],
    pageMustContain: '<kollen-dashboard',
    interactions: [],
  },
  {
    id: 'linked',
    title: 'Map + linked trend: select an area',
    page: 'bench/linked.html',
    requires: ['lib/kollen-map.js', 'lib/kollen-trend.js', 'data/catalog.json'],
    interactions: ['select'],
  },
  {
    id: 'national-map',
    title: 'Map, 290 municipalities (data/sweden/)',
    page: 'bench/national-map.html',
    requires: ['lib/kollen-map.js', 'bench-data/sweden/catalog.json'],
    subject: 'kollen-map',
    vegaEmbed: 'vega-map',
    minimal: 'minimal-map',
    interactions: ['period'],
  },
  {
    id: 'fine-map',
    title: 'Map, ~3,000 generated areas',
    page: 'bench/fine-map.html',
    requires: ['lib/kollen-map.js', 'bench-data/fine/catalog.json'],
    subject: 'kollen-map',
    vegaEmbed: 'vega-map',
    minimal: 'minimal-map',
    interactions: ['period'],
  },
  {
    id: 'finer-map',
    title: 'Map, ~6,000 generated areas (national small-area scale)',
    page: 'bench/finer-map.html',
    requires: ['lib/kollen-map.js', 'bench-data/finer/catalog.json'],
    subject: 'kollen-map',
    vegaEmbed: 'vega-map',
    minimal: 'minimal-map',
    interactions: ['period'],
  },
];

/** Why a scenario cannot run on this build, or undefined when it can. */
export function unavailableReason(scenario: ScenarioDef, siteRoot: string, tessellation: BenchSite['tessellation']): string | undefined {
  if (scenario.requires.some((file) => file.startsWith('bench-data/fine/')) && 'unavailable' in tessellation) return tessellation.unavailable;
  const missing = scenario.requires.filter((file) => !existsSync(join(siteRoot, file)));
  if (missing.length > 0) return `not built yet: ${missing.join(', ')}`;
  if (scenario.pageMustContain) {
    const html = readFileSync(join(siteRoot, scenario.page), 'utf8');
    if (!html.includes(scenario.pageMustContain)) return `${scenario.page} has no ${scenario.pageMustContain}> yet`;
  }
  return undefined;
}

/** What the subject element shows, with Kollen's defaults filled in. */
export interface SubjectView {
  dataRoot: string;
  indicator: string;
  level: string;
  period: string;
  /** Periods with values on this level, oldest first (for the period-change interaction). */
  periods: string[];
  /** Trend series: the selected area(s) and the indicator's references. */
  series: { level: string; code: string }[];
  /** Query string for the baseline pages. */
  baselineQuery: string;
}

/** Attributes of the first `<tag …>` in an HTML page. */
export function attributesOf(html: string, tag: string): Record<string, string> | undefined {
  const match = new RegExp(`<${tag}\\b([^>]*)>`, 'i').exec(html);
  if (!match) return undefined;
  const attributes: Record<string, string> = {};
  for (const attribute of match[1]!.matchAll(/([\w-]+)(?:\s*=\s*"([^"]*)")?/g)) attributes[attribute[1]!.toLowerCase()] = attribute[2] ?? '';
  return attributes;
}

const readJson = <T>(siteRoot: string, urlPath: string): T => JSON.parse(readFileSync(join(siteRoot, decodeURIComponent(urlPath)), 'utf8')) as T;

/** Reads what the scenario's subject element shows, to point the baselines at the same data. */
export function resolveSubject(scenario: ScenarioDef, siteRoot: string): SubjectView | undefined {
  if (!scenario.subject) return undefined;
  const html = readFileSync(join(siteRoot, scenario.page), 'utf8');
  const attributes = attributesOf(html, scenario.subject) ?? {};
  const pageUrl = new URL(scenario.page, 'http://bench/');
  // Without data-root, elements read `../data/` next to the library: `/data/` on this site.
  const dataRoot = new URL(attributes['data-root'] ? attributes['data-root'].replace(/\/?$/, '/') : '/data/', pageUrl).pathname;
  const catalog = readJson<Catalog>(siteRoot, `${dataRoot}catalog.json`);
  const summary = catalog.indicators.find((entry) => entry.id === attributes.indicator) ?? catalog.indicators[0];
  if (!summary) throw new Error(`${dataRoot}catalog.json lists no indicators`);
  const mapped = (id: string) => catalog.levels.find((level) => level.id === id)?.geometry !== undefined;
  const levelId = attributes.level || summary.levels.find(mapped) || summary.levels[0]!;
  const level = catalog.levels.find((entry) => entry.id === levelId);
  const indicatorPath = new URL(summary.file, `http://bench${dataRoot}`).pathname;
  const indicator = readJson<IndicatorFile>(siteRoot, indicatorPath);
  const periods = [
    ...new Set(indicator.values.period.filter((_, i) => indicator.values.level[i] === levelId && indicator.values.breakdown[i] === 'total')),
  ].sort();
  const period = attributes.period || periods[periods.length - 1] || summary.periods[summary.periods.length - 1]!;
  const areas = (attributes.areas || attributes.area || '').split(',').filter(Boolean);
  const series = [...areas.map((code) => ({ level: levelId, code })), ...indicator.references.map((ref) => ({ level: ref.level, code: ref.code }))];
  const query = new URLSearchParams({
    indicator: indicatorPath,
    level: levelId,
    period,
    series: series.map((entry) => `${entry.level}:${entry.code}`).join(','),
  });
  if (level?.geometry) {
    query.set('topology', new URL(level.geometry.file, `http://bench${dataRoot}`).pathname);
    query.set('object', level.geometry.object);
    query.set('code', level.geometry.codeProperty);
  }
  return { dataRoot, indicator: summary.id, level: levelId, period, periods, series, baselineQuery: `?${query}` };
}
