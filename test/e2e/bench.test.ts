/**
 * `npm run bench` end to end on one tiny case: the national map (290 municipalities) against its
 * vega-embed and minimal d3 baselines, one cold run each at normal speed, two period changes.
 * Checks that the run finishes, writes `bench-results.json` with the promised shape, and that the
 * figures are real measurements (not placeholders). The full benchmark is not part of `npm test`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { moduleName } from '../../bench/bundle.js';
import { attributesOf } from '../../bench/scenarios.js';
import { summarize } from '../../bench/stats.js';

const repo = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'kollen-bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run bench', () => {
  it('measures the national map against both baselines and writes bench-results.json', async () => {
    const out = join(work, 'bench-results.json');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(repo, 'node_modules/tsx/dist/cli.mjs'), 'bench/run.ts', '--only', 'national-map', '--runs', '1', '--no-throttle', '--repeat', '2', '--out', out],
      { cwd: repo, timeout: 60_000 },
    );
    expect(stdout).toContain('Targets (issues 7 and 20)');
    const result = JSON.parse(readFileSync(out, 'utf8'));

    expect(result.machine.cpu).toMatch(/\S/);
    expect(result.chromium).toMatch(/^\d+\.\d+/);
    expect(result.options).toMatchObject({ runs: 1, cpuThrottles: [1], scenarios: ['national-map'] });

    expect(result.scenarios).toHaveLength(1);
    const [scenario] = result.scenarios;
    expect(scenario).toMatchObject({ id: 'national-map', status: 'ok' });
    expect(scenario.subject).toMatchObject({ level: 'municipality' });
    // Real transfers: the map's JavaScript, gzip as served, and the TopoJSON + indicator + catalogue.
    expect(scenario.jsGzipBytes).toBeGreaterThan(10_000);
    expect(scenario.dataGzipBytes).toBeGreaterThan(10_000);
    expect(scenario.totalGzipBytes).toBeGreaterThanOrEqual(scenario.jsGzipBytes + scenario.dataGzipBytes);
    for (const key of ['readyMs', 'vegaEmbedReadyMs', 'minimalReadyMs']) {
      expect(scenario[key], key).toBeGreaterThan(0);
      expect(scenario[key], key).toBeLessThan(30_000);
    }
    expect(scenario.ratioToVegaEmbed).toBeCloseTo(scenario.readyMs / scenario.vegaEmbedReadyMs, 6);
    expect(scenario.ratioToMinimal).toBeCloseTo(scenario.readyMs / scenario.minimalReadyMs, 6);
    // vega-embed ships vega and vega-lite; the minimal page ships d3-geo and topojson-client only.
    expect(scenario.vegaEmbedJsGzipBytes).toBeGreaterThan(scenario.jsGzipBytes);
    expect(scenario.minimalJsGzipBytes).toBeLessThan(scenario.vegaEmbedJsGzipBytes);

    const normal = scenario.conditions.cpu1x;
    for (const variant of ['kollen', 'vegaEmbed', 'minimal']) {
      expect(normal[variant].errors, variant).toEqual([]);
      expect(normal[variant].failedRuns, variant).toBe(0);
      expect(normal[variant].readyMs).toMatchObject({ n: 1 });
      expect(normal[variant].peakHeapBytes.median, variant).toBeGreaterThan(100_000);
    }

    const redraw = scenario.interactions.periodChangeRedraw;
    expect(redraw.errors).toEqual([]);
    expect(redraw.ms.n).toBe(2);
    expect(redraw.ms.median).toBeGreaterThan(0);
    expect(redraw.paintedMs.median).toBeGreaterThanOrEqual(redraw.ms.median);

    const mapEntry = result.bundle.entries.find((entry: any) => entry.entry === 'kollen-map.js');
    expect(mapEntry.gzipBytes).toBeGreaterThan(10_000);
    // Modules are attributed (lit is the largest since the map projects without d3-geo's projection object).
    expect(mapEntry.topModules.map((share: any) => share.module)).toContain('@lit/reactive-element');
    expect(mapEntry.files.some((file: string) => /vega/i.test(file))).toBe(false);
    expect(result.bundle.vegaChunk.gzipBytes).toBeGreaterThan(100_000);

    expect(result.targets.map((target: any) => target.id)).toEqual([
      'map-js',
      'map-vs-vega-embed',
      'map-vs-minimal',
      'trend-vs-vega-embed',
      'period-redraw',
      'fine-map-ready',
      'fine-map-period',
      'finer-map-ready',
      'finer-map-period',
      'map-long-tasks',
      'trend-long-tasks',
      'distribution-long-tasks',
    ]);
    // Targets of scenarios that did not run are "not measured", never passed (the long tasks are
    // measured at 4× CPU, which --no-throttle leaves out).
    for (const id of ['fine-map-ready', 'finer-map-ready', 'finer-map-period', 'map-long-tasks', 'trend-long-tasks', 'distribution-long-tasks']) expect(result.targets.find((target: any) => target.id === id).pass).toBeNull();
  });

  it('summarises samples with median, quartiles and extremes', () => {
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ n: 5, median: 3, min: 1, max: 5, q1: 2, q3: 4 });
    expect(summarize([1, 2])).toMatchObject({ median: 1.5, q1: 1.25, q3: 1.75 });
    expect(summarize([Number.NaN])).toBeUndefined();
  });

  it('attributes bundle bytes to packages and reads element attributes from a page', () => {
    expect(moduleName('../../node_modules/@lit/reactive-element/css-tag.js')).toBe('@lit/reactive-element');
    expect(moduleName('../../node_modules/.pnpm/x/node_modules/d3-geo/src/path/index.js')).toBe('d3-geo');
    expect(moduleName('../../components/kollen-map/kollen-map.ts')).toBe('components/kollen-map/kollen-map.ts');
    expect(attributesOf('<p><kollen-map data-root="/x/" level="municipality" hidden></kollen-map>', 'kollen-map')).toEqual({
      'data-root': '/x/',
      level: 'municipality',
      hidden: '',
    });
  });
});
