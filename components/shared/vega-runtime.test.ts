/**
 * The chart engine (`vega-runtime.ts`, beside this test, which runs in real Chromium) registers only the vega dataflow operators
 * Kollen's charts use, not all of vega's. This test compiles every kind of chart the spec builders
 * make — for the chart fixtures and for every indicator of the published data, in both languages,
 * wide and narrow, on screen and for export — and fails, naming the chart, when a spec needs an
 * operator the engine does not register. Adding one there is then a conscious choice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Spec } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse } from 'vega-parser';
import { LANGS as ALL_LANGS, loadAllMessages, type Lang } from '../../src/i18n/index.js';
import type { Catalog, IndicatorFile } from '../../src/schema/types.js';
import { validateCatalog, validateIndicator } from '../../src/schema/validate.js';
import { breakdownData, breakdownSpec } from '../../src/specs/breakdown.js';
import { pyramidBreakdown, pyramidData, pyramidSpec } from '../../src/specs/pyramid.js';
import { rankingData, rankingSpec } from '../../src/specs/ranking.js';
import { trendAreas, trendData, trendSpec } from '../../src/specs/trend.js';
import { toRuntime } from './vega-lite-compile.js';
import { operatorTypes, registeredTransforms, renderImage } from './vega-runtime.js';

// The specs speak every language; in the browser the other languages' messages load as chunks.
await loadAllMessages();

// The chart fixtures and the published data, bundled by vite for the browser (no file system here).
const chartFiles = import.meta.glob<unknown>('../../test/fixtures/charts/**/*.json', { eager: true, import: 'default' });
const publishedFiles = import.meta.glob<unknown>(['../../data/catalog.json', '../../data/indicators/*.json'], { eager: true, import: 'default' });

/** A file of a data root (`../../data/`, say), validated like the widgets validate it. */
function fileOf(files: Record<string, unknown>, root: string, path: string): unknown {
  const data = files[`${root}${path}`];
  if (data === undefined) throw new Error(`no ${root}${path} in the bundle`);
  // A copy: the bundled module is shared, and validation may hand back a mended object.
  return structuredClone(data);
}

const CHART_ROOT = '../../test/fixtures/charts/';
const fixtureCatalog = (): Catalog => validateCatalog(fileOf(chartFiles, CHART_ROOT, 'catalog.json'), 'catalog.json');
const fixtureIndicator = (id: 'chart-smoking' | 'chart-population'): IndicatorFile =>
  validateIndicator(fileOf(chartFiles, CHART_ROOT, `indicators/${id}.json`), `indicators/${id}.json`);

interface NamedSpec {
  name: string;
  spec: TopLevelSpec;
}

const WIDTHS = [320, 640] as const;
// Every language of the registry: a chart in Arabic or Finnish compiles and draws like the others.
const LANGS: readonly Lang[] = ALL_LANGS;

/** The last period with a value on `level` (what the elements show by default). */
function latestPeriod(indicator: IndicatorFile, level: string): string | undefined {
  const v = indicator.values;
  const periods = v.period.filter((_, i) => v.level[i] === level);
  return [...new Set(periods)].sort().at(-1);
}

/** An area of `level` with values, preferring `preferred`. */
function someArea(indicator: IndicatorFile, level: string, preferred?: string): string | undefined {
  const v = indicator.values;
  if (preferred && v.area.some((code, i) => code === preferred && v.level[i] === level)) return preferred;
  return v.area.find((_, i) => v.level[i] === level);
}

/** Every chart the builders make for one indicator: trends, rankings, breakdowns and (where it applies) a pyramid. */
function chartsOf(catalog: Catalog, indicator: IndicatorFile, lang: Lang, widths: readonly number[], preferredArea?: string): NamedSpec[] {
  const specs: NamedSpec[] = [];
  const add = (name: string, make: (width: number) => TopLevelSpec): void => {
    for (const width of widths) specs.push({ name: `${indicator.id} ${name} ${lang} ${width}px`, spec: make(width) });
  };
  const plainBreakdowns = indicator.breakdowns.filter((b) => b !== 'total' && !b.includes('*'));

  for (const level of indicator.levels) {
    const area = someArea(indicator, level, preferredArea);
    const period = latestPeriod(indicator, level);
    if (!area || !period) continue;

    for (const breakdown of ['total', ...plainBreakdowns]) {
      const areas = trendAreas(catalog, indicator, level, [], area);
      const request = { catalog, indicator, areas, breakdown, selected: area, lang };
      const data = trendData(request);
      if (data.points.length > 0) add(`trend ${level} ${breakdown}`, (width) => trendSpec(request, data, width));
    }

    const rankingBreakdowns: [string, string][] = [['total', 'total']];
    const firstSplit = plainBreakdowns[0];
    const firstCategory = firstSplit && catalog.breakdowns.find((b) => b.id === firstSplit)?.categories[0]?.id;
    if (firstSplit && firstCategory) rankingBreakdowns.push([firstSplit, firstCategory]);
    for (const [breakdown, category] of rankingBreakdowns) {
      const request = { catalog, indicator, level, period, breakdown, category, selected: area, lang };
      const data = rankingData(request);
      if (data.areas.some((a) => a.rank !== null)) add(`ranking ${level} ${breakdown}`, (width) => rankingSpec(request, data, width));
    }

    for (const breakdown of plainBreakdowns) {
      const request = { catalog, indicator, level, area, period, breakdown, lang };
      const data = breakdownData(request);
      if (data.bars.length > 0) add(`breakdown ${level} ${breakdown}`, (width) => breakdownSpec(request, data, width));
    }

    const pyramid = pyramidBreakdown(indicator);
    if (pyramid) {
      const request = { catalog, indicator, level, area, period: latestPeriod(indicator, level)!, breakdown: pyramid, lang };
      const data = pyramidData(request);
      if (data.bars.length > 0) add(`pyramid ${level}`, (width) => pyramidSpec(request, data, width));
    }
  }
  return specs;
}

/** The spec as drawn on screen: the element leaves the export title block out. */
function onScreen(spec: TopLevelSpec): TopLevelSpec {
  const { title: _title, ...rest } = spec as TopLevelSpec & { title?: unknown };
  return rest as TopLevelSpec;
}

function fixtureCharts(): NamedSpec[] {
  const catalog = fixtureCatalog();
  return LANGS.flatMap((lang) =>
    [fixtureIndicator('chart-smoking'), fixtureIndicator('chart-population')].flatMap((indicator) => chartsOf(catalog, indicator, lang, WIDTHS)),
  );
}

function publishedCharts(): NamedSpec[] {
  const root = '../../data/';
  const catalog = validateCatalog(fileOf(publishedFiles, root, 'catalog.json'), 'catalog.json');
  // Indicators with the same levels and breakdowns give the same kinds of chart (the eleven simulated
  // survey indicators, say): one of each shape keeps the test fast and loses no kind of spec.
  const shapes = new Set<string>();
  return catalog.indicators.flatMap((summary) => {
    const shape = `${summary.levels.join()}|${summary.breakdowns.join()}`;
    if (shapes.has(shape)) return [];
    shapes.add(shape);
    const indicator = validateIndicator(fileOf(publishedFiles, root, summary.file), summary.file);
    // Stockholm (0180) is what the example pages show; languages and narrow widths are covered by the fixtures.
    return chartsOf(catalog, indicator, 'sv', [640], '0180');
  });
}

interface CompiledChart {
  name: string;
  /** Operator types of the dataflow, for export (with the title block) and on screen (without). */
  operators: Set<string>;
  /** Data transforms of the compiled vega spec (what vega-lite writes into `data[].transform`). */
  dataTransforms: Set<string>;
  /** What vega-lite warned about while compiling (on screen and for export); the console would show it. */
  warnings: string[];
}

/** A vega-lite logger that keeps warnings instead of printing them. */
function collectingLogger(warnings: string[]) {
  const logger = {
    level: () => logger,
    warn: (...message: unknown[]) => (warnings.push(message.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
    error: (...message: unknown[]) => (warnings.push(`error: ${message.join(' ')}`), logger),
  };
  return logger as never;
}

function compileAll(charts: NamedSpec[]): CompiledChart[] {
  return charts.map(({ name, spec }) => {
    // The export variant compiled step by step (as `toRuntime` does) to read the vega spec in between.
    const warnings: string[] = [];
    const vega = compile(spec, { logger: collectingLogger(warnings) }).spec as Spec;
    compile(onScreen(spec), { logger: collectingLogger(warnings) });
    const dataTransforms = new Set((vega.data ?? []).flatMap((data) => (data.transform ?? []).map((transform) => transform.type)));
    const operators = new Set([...operatorTypes(parse(vega, undefined, { ast: true })), ...operatorTypes(toRuntime(onScreen(spec)))]);
    return { name, operators, dataTransforms, warnings };
  });
}

/** For each operator the specs need and the engine lacks, the charts that need it. */
function unregistered(charts: CompiledChart[]): Record<string, string[]> {
  const missing: Record<string, string[]> = {};
  for (const { name, operators } of charts) {
    for (const type of operators) if (!registeredTransforms.has(type)) (missing[type] ??= []).push(name);
  }
  return missing;
}

describe('the chart engine registers every vega operator the Kollen specs need', () => {
  const fixtures = fixtureCharts();
  const published = publishedCharts();
  let compiledFixtures: CompiledChart[] = [];
  let compiledPublished: CompiledChart[] = [];
  beforeAll(() => {
    compiledFixtures = compileAll(fixtures);
    compiledPublished = compileAll(published);
  }, 60_000);

  it('builds every kind of chart (trend, ranking, breakdown, pyramid) from fixtures and published data', () => {
    for (const charts of [fixtures, published]) {
      for (const kind of ['trend', 'ranking', 'breakdown', 'pyramid']) {
        expect(charts.some((chart) => chart.name.includes(` ${kind} `)), `${kind} chart`).toBe(true);
      }
    }
    expect(published.length).toBeGreaterThan(40);
  });

  it('covers the fixture charts in both languages, wide and narrow, on screen and for export', () => {
    expect(unregistered(compiledFixtures)).toEqual({});
  });

  it('covers the charts of every shape of published indicator', () => {
    expect(unregistered(compiledPublished)).toEqual({});
  });

  it('registers every data transform vega-lite writes into the compiled specs', () => {
    const types = new Set([...compiledFixtures, ...compiledPublished].flatMap((chart) => [...chart.dataTransforms]));
    expect([...types]).toEqual(expect.arrayContaining(['filter', 'formula', 'stack']));
    expect([...types].filter((type) => !registeredTransforms.has(type))).toEqual([]);
  });

  it('compiles every chart without a vega-lite warning (e.g. "Dropping fit-y because spec has discrete height")', () => {
    const warned = [...compiledFixtures, ...compiledPublished].filter((chart) => chart.warnings.length > 0).map((chart) => `${chart.name}: ${chart.warnings[0]}`);
    expect(warned).toEqual([]);
  });

  it('registers nothing the charts do not use (geo, force, hierarchy, voronoi, label, regression…)', () => {
    const used = new Set([...compiledFixtures, ...compiledPublished].flatMap((chart) => [...chart.operators]));
    expect([...registeredTransforms].filter((type) => !used.has(type))).toEqual([]);
  });
});

describe('the trimmed engine', () => {
  const catalog = fixtureCatalog();
  const indicator = fixtureIndicator('chart-smoking');

  it('renders a real chart headlessly to SVG', async () => {
    const areas = trendAreas(catalog, indicator, 'municipality', [], '0001');
    const request = { catalog, indicator, areas, breakdown: 'total', selected: '0001', lang: 'sv' as const };
    const svg = await renderImage(trendSpec(request, trendData(request), 640), 'sv', 'svg');
    expect(svg.startsWith('<svg')).toBe(true);
    for (const name of ['Åby', 'Testlän (jämförelse)', 'Sverige (jämförelse)', 'Daglig rökning']) expect(svg).toContain(`>${name}<`);
    // One line per series, the reference dashed.
    expect(svg.match(/class="mark-line role-mark/g)).toHaveLength(3);
    expect(svg).toContain('stroke-dasharray="6,4"');
  });

  /** The text of every axis label in an SVG, in document order. */
  const axisLabels = (svg: string) =>
    [...svg.matchAll(/<g class="mark-text role-axis-label"[^>]*>(.*?)<\/g>/g)].flatMap((group) => [...group[1]!.matchAll(/>([^<]*)<\/text>/g)].map((m) => m[1]!));

  it('formats axis numbers in the chart\'s language (sv "40 000" and "0,5", en "40,000" and "0.5")', async () => {
    const population = fixtureIndicator('chart-population');
    const breakdown = pyramidBreakdown(population)!;
    const labelsOf = async (lang: Lang) => {
      const request = { catalog, indicator: population, level: 'county', area: '01', period: latestPeriod(population, 'county')!, breakdown, lang };
      return axisLabels(await renderImage(pyramidSpec(request, pyramidData(request), 640), lang, 'svg'));
    };
    const sv = await labelsOf('sv');
    expect(sv.filter((label) => /^\d{1,3}(\u00a0\d{3})+$/.test(label)).length).toBeGreaterThan(2);
    expect(sv.some((label) => label.includes(','))).toBe(false);
    const en = await labelsOf('en');
    expect(en.filter((label) => /^\d{1,3}(,\d{3})+$/.test(label)).length).toBeGreaterThan(2);

    // Decimals: a value range of 0–2 gets ticks of 0.2.
    const tenths: TopLevelSpec = { data: { values: [{ v: 0.3 }, { v: 1.9 }] }, mark: 'tick', encoding: { x: { field: 'v', type: 'quantitative' } } };
    expect(axisLabels(await renderImage(tenths, 'sv', 'svg'))).toEqual(['0,0', '0,2', '0,4', '0,6', '0,8', '1,0', '1,2', '1,4', '1,6', '1,8', '2,0']);
    expect(axisLabels(await renderImage(tenths, 'en', 'svg'))).toContain('1.4');
  });

  it('labels a wide ranking\'s value axis with whole numbers, not a tick every 0.5', async () => {
    for (const width of [1264, 640, 320]) {
      const request = { catalog, indicator, level: 'municipality', period: '2021', breakdown: 'total', category: 'total', lang: 'sv' as const };
      const labels = axisLabels(await renderImage(rankingSpec(request, rankingData(request), width), 'sv', 'svg')).filter((label) => /^[\d,]+$/.test(label));
      expect(labels.length, `${width}px`).toBeGreaterThanOrEqual(3);
      expect(labels.filter((label) => label.includes(',')), `${width}px`).toEqual([]);
    }
  });

  it('refuses a spec that needs an operator it does not load, naming it', async () => {
    const density: TopLevelSpec = {
      data: { values: [{ v: 1 }, { v: 2 }, { v: 2 }, { v: 3 }] },
      transform: [{ density: 'v' }],
      mark: 'area',
      encoding: { x: { field: 'value', type: 'quantitative' }, y: { field: 'density', type: 'quantitative' } },
    };
    await expect(renderImage(density, 'en', 'svg')).rejects.toThrow(/vega operator\(s\) kde/);
  });
});
