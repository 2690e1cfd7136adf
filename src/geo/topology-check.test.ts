import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { KollenDataError } from '../schema/errors.js';
import type { GeometryRef } from '../schema/types.js';
import { levelFeatures } from './features.js';
import { checkArcs, checkLevelRings } from './topology-check.js';

const repo = resolve(import.meta.dirname, '../..');
const read = (file: string) => JSON.parse(readFileSync(resolve(repo, file), 'utf8')) as Topology;
const ref: GeometryRef = { file: 'geo/fixture.topo.json', object: 'municipalities', codeProperty: 'code', nameProperty: 'name' };
const FILE = 'https://example.org/data/geo/fixture.topo.json';

/** A topology as a broken file may hold it: anything anywhere. */
interface LooseTopology {
  arcs: unknown[];
  transform?: unknown;
  objects: { municipalities: { geometries: { type: string; arcs?: unknown }[] } };
}

/** The good two-area fixture (arcs in degrees), changed by `edit`; a fresh copy each time. */
function fixture(edit: (topology: LooseTopology) => void = () => undefined): Topology {
  const topology = read('test/fixtures/data/geo/fixture.topo.json');
  edit(topology as unknown as LooseTopology);
  return topology;
}

/** The same two areas quantized on a 10 × 10 grid (delta-encoded arcs and a transform). */
function quantized(): Topology & { transform?: unknown; arcs: number[][][] } {
  return {
    type: 'Topology',
    transform: { scale: [0.02, 0.02], translate: [17.9, 59.3] },
    arcs: [
      [[5, 5], [0, -5]],
      [[5, 0], [-5, 0], [0, 5], [5, 0]],
      [[5, 5], [5, 0], [0, -5], [-5, 0]],
    ],
    objects: fixture().objects,
  };
}

/** The problems a topology is refused for, as "path: expected", read through the map's own path. */
function refusal(topology: Topology): string[] {
  try {
    levelFeatures(topology, ref, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(KollenDataError);
    expect((error as KollenDataError).file).toBe(FILE);
    expect((error as KollenDataError).kind).toBe('invalid');
    return (error as KollenDataError).issues.map((issue) => `${issue.path}: ${issue.expected}; found ${issue.found}`);
  }
  return [];
}

describe('topology checks', () => {
  it('pass the published geometry, the national one and the fixtures, quantized or not', () => {
    for (const file of ['data/geo/stockholm.topo.json', 'data/sweden/geo/sweden.topo.json', 'test/fixtures/map/geo/grid.topo.json', 'test/fixtures/data/geo/fixture.topo.json']) {
      const topology = read(file);
      const ends = checkArcs(topology, file);
      for (const [name, object] of Object.entries(topology.objects)) {
        expect(() => checkLevelRings(object as GeometryCollection, name, topology.arcs.length, ends, file)).not.toThrow();
      }
    }
    expect(refusal(quantized())).toEqual([]);
    expect(levelFeatures(quantized(), ref, FILE).map((area) => area.code)).toEqual(['0001', '0002']);
  });

  it('refuse an arc index out of range, forwards or reversed, naming the ring', () => {
    expect(refusal(fixture((t) => (t.objects.municipalities.geometries[1]!.arcs = [[-1, 7]]))))
      .toEqual(['$.objects.municipalities.geometries[1].arcs[0][1]: an arc index within $.arcs (3 arcs; ~i for reversed); found number 7']);
    expect(refusal(fixture((t) => (t.objects.municipalities.geometries[0]!.arcs = [[0, ~3]]))))
      .toEqual(['$.objects.municipalities.geometries[0].arcs[0][1]: an arc index within $.arcs (3 arcs; ~i for reversed); found number -4']);
    expect(refusal(fixture((t) => (t.objects.municipalities.geometries[0]!.arcs = [[0, 1.5]])))[0])
      .toContain('found number 1.5');
  });

  it('refuse rings whose arcs do not meet (a tangle of lines)', () => {
    // Area 0002 drawn with arc 0 forwards instead of reversed: its ring no longer closes.
    expect(refusal(fixture((t) => (t.objects.municipalities.geometries[1]!.arcs = [[0, 2]]))))
      .toEqual(['$.objects.municipalities.geometries[1].arcs[0][1]: arc 2 to start where arc 0 ends; found a gap']);
  });

  it('refuse empty polygons and multipolygons', () => {
    const empty = (arcs: unknown, type = 'Polygon') =>
      refusal(fixture((t) => Object.assign(t.objects.municipalities.geometries[0]!, { type, arcs })));
    expect(empty([])).toEqual(['$.objects.municipalities.geometries[0].arcs: a polygon of at least one ring; found array []']);
    expect(empty([[]])).toEqual(['$.objects.municipalities.geometries[0].arcs[0]: a ring of at least one arc index; found array []']);
    expect(empty([], 'MultiPolygon')).toEqual(['$.objects.municipalities.geometries[0].arcs: a multipolygon of at least one polygon; found array []']);
    expect(empty([[[0, 1]], []], 'MultiPolygon')).toEqual(['$.objects.municipalities.geometries[0].arcs[1]: a polygon of at least one ring; found array []']);
    expect(empty(undefined)[0]).toContain('found nothing (the field is missing)');
    expect(refusal(fixture((t) => (t.objects.municipalities.geometries[1] = null as never)))).toEqual([
      '$.objects.municipalities.geometries[1]: a geometry object; found null',
    ]);
  });

  it('refuse non-finite and malformed coordinates and arcs', () => {
    expect(refusal(fixture((t) => (t.arcs[1] = [[18, 59.3], [null, 59.3], [17.9, 59.4], [18, 59.4]]))))
      .toEqual(['$.arcs[1][1]: a position of two finite numbers; found array [null,59.3]']);
    expect(refusal(fixture((t) => (t.arcs[2] = JSON.parse('[[18, 59.4], [1e999, 59.4], [18.1, 59.3], [18, 59.3]]') as unknown[]))))
      .toEqual(['$.arcs[2][1]: a position of two finite numbers; found array [Infinity,59.4]']);
    expect(refusal(fixture((t) => (t.arcs[0] = [[18, 59.4], ['18', 59.3]])))[0]).toContain('$.arcs[0][1]: a position of two finite numbers');
    expect(refusal(fixture((t) => (t.arcs[0] = [[18, 59.4]])))[0]).toContain('$.arcs[0]: an arc of at least two positions');
    expect(refusal(fixture((t) => (t.arcs[0] = 'arc' as unknown as unknown[])))[0]).toContain('$.arcs[0]: an arc of at least two positions; found string "arc"');
  });

  it('refuse a garbage transform', () => {
    const withTransform = (transform: unknown) => refusal(Object.assign(quantized(), { transform }));
    expect(withTransform('yes')).toEqual(['$.transform: an object with scale and translate; found string "yes"']);
    expect(withTransform(null)).toEqual(['$.transform: an object with scale and translate; found null']);
    expect(withTransform({ scale: [0, 0.02], translate: [17.9, 59.3] })).toEqual(['$.transform.scale: two positive finite numbers; found array [0,0.02]']);
    expect(withTransform({ scale: [0.02, 0.02] })).toEqual(['$.transform.translate: two finite numbers; found nothing (the field is missing)']);
    expect(withTransform({ scale: ['0.02', 0.02], translate: [17.9, 59.3] })[0]).toContain('$.transform.scale');
  });

  it('refuse quantized arcs without their transform (points far off the globe)', () => {
    const topology = quantized();
    // A quantized file at the usual 1e4 grid, transform lost.
    topology.arcs = topology.arcs.map((arc) => arc.map(([x, y]) => [x! * 1000, y! * 1000]));
    delete topology.transform;
    expect(refusal(topology)).toEqual([
      '$.arcs[1][1]: longitude -180…180 and latitude -90…90 in degrees (quantized arcs need a $.transform); found longitude -5000 (array [-5000,0])',
    ]);
  });

  it('refuse points off the globe after decoding, and absurd extents', () => {
    expect(refusal(Object.assign(quantized(), { transform: { scale: [20, 20], translate: [17.9, 59.3] } }))).toEqual([
      '$.arcs[2][1]: a point on the globe once decoded with $.transform (longitude -180…180, latitude -90…90); found longitude 217.9 (array [5,0])',
    ]);
    // One stray point on the other side of the globe: still on it, but no map of Swedish areas.
    expect(refusal(fixture((t) => (t.arcs[2] = [[18, 59.4], [170, -40], [18.1, 59.3], [18, 59.3]])))).toEqual([
      '$.arcs: areas within 45° × 45° (Sweden spans about 13° × 14°); found longitude 17.9 ($.arcs[1][1]) to 170 ($.arcs[2][1]), latitude -40 ($.arcs[2][1]) to 59.4 ($.arcs[0][0])',
    ]);
  });

  it('cost a millisecond or two on the map’s path for Sweden’s 290 municipalities and for Stockholm', () => {
    const timings: string[] = [];
    // CPU time bounds the cost (wall time on a shared two-core machine mostly measures the others);
    // both are printed for the record.
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    for (const [file, object] of [['data/sweden/geo/sweden.topo.json', 'municipalities'], ['data/geo/stockholm.topo.json', 'districts-2023']] as const) {
      const topology = read(file);
      const points = topology.arcs.reduce((sum, arc) => sum + arc.length, 0);
      const check = () => checkLevelRings(topology.objects[object] as GeometryCollection, object, topology.arcs.length, checkArcs(topology, file), file);
      let cpu = process.cpuUsage();
      const started = performance.now();
      check();
      const first = { wall: performance.now() - started, cpu: cpuMs(cpu) };
      const runs: number[] = [];
      cpu = process.cpuUsage();
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        check();
        runs.push(performance.now() - t0);
      }
      const meanCpu = cpuMs(cpu) / 20;
      const median = runs.sort((a, b) => a - b)[10]!;
      timings.push(`${file} (${topology.arcs.length} arcs, ${points} points): first ${first.wall.toFixed(2)} ms (${first.cpu.toFixed(1)} ms CPU), then median ${median.toFixed(2)} ms (${meanCpu.toFixed(2)} ms CPU on average)`);
      // Bounds a tenfold and more above the figures measured (1–2 ms for Sweden): they catch a pass
      // that is no longer linear, not noise.
      expect(first.cpu).toBeLessThan(60);
      expect(meanCpu).toBeLessThan(15);
    }
    console.info(`topology checks:\n  ${timings.join('\n  ')}`);
  });
});
