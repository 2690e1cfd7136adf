/**
 * `kollen build`: the worked example (examples/own-data, real SCB DeSO data) builds into a root
 * that validates, rebuilds byte for byte, and sums DeSO populations up the hierarchy; broken
 * inputs stop the build naming their file and line, and a root with errors is never written.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { csvParse } from 'd3-dsv';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import { stringify as toYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, IndicatorFile } from '../../src/schema/types.js';
import { buildRoot } from '../src/build.js';
import { validateRoot } from '../src/validate-root.js';
import { kollen, REPO } from './run.js';

const EXAMPLE = join(REPO, 'examples/own-data');
const temp = mkdtempSync(join(tmpdir(), 'kollen-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const hashes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')])
      .sort(),
  );

/** The example built as is: the root the first describe writes (built here when a test runs alone). */
async function exampleRoot(): Promise<string> {
  const root = join(temp, 'uppsala');
  if (!existsSync(root)) await buildRoot(join(EXAMPLE, 'kollen.config.json'), root);
  return root;
}

/** A copy of the example in which `change` edits one input. */
function exampleCopy(name: string, change: (dir: string) => void): string {
  const dir = join(temp, name);
  cpSync(EXAMPLE, dir, { recursive: true });
  change(dir);
  return join(dir, 'kollen.config.json');
}

describe('kollen build on the worked example', () => {
  const out = join(temp, 'uppsala');
  let run: ReturnType<typeof kollen>;
  beforeAll(() => {
    run = kollen('build', 'examples/own-data/kollen.config.json', '--out', out);
  }, 60_000);

  it('writes a root that validates, with the catalogue, one indicator, the boundaries and the schema', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/valid — 3 file\(s\) checked, 0 error\(s\), 0 warning\(s\)/);
    const root = ['catalog.json', 'geo/boundaries.topo.json', 'indicators/population.json'];
    // The release (the config's `updated` month) is kept at releases/<id>/ too (data/scripts/releases.ts).
    const release = [...root, 'schema/kollen.schema.json'].map((path) => `releases/2026-12/${path}`);
    expect(Object.keys(hashes(out))).toEqual([...root, 'releases.json', ...release, 'schema/kollen.schema.json']);
    expect(validateRoot(out).report.findings).toEqual([]);
  });

  it('has the DeSO → municipality → county hierarchy of Uppsala county, with names from the code list', () => {
    const catalog = readJson<Catalog>(join(out, 'catalog.json'));
    expect(catalog.levels.map((l) => [l.id, l.parent])).toEqual([['county', undefined], ['municipality', 'county'], ['deso', 'municipality']]);
    const of = (level: string) => catalog.areas.filter((a) => a.level === level);
    expect(of('county')).toEqual([{ code: '03', name: 'Uppsala län', level: 'county' }]);
    expect(of('municipality').map((a) => `${a.code} ${a.name}`)).toEqual(['0305 Håbo', '0319 Älvkarleby', '0330 Knivsta', '0331 Heby', '0360 Tierp', '0380 Uppsala', '0381 Enköping', '0382 Östhammar']);
    expect(of('deso')).toHaveLength(238);
    for (const area of of('deso')) expect(area.parent).toBe(area.code.slice(0, 4));
  });

  it('publishes every DeSO population unchanged from the input, and the sums for municipalities and the county', () => {
    const file = readJson<IndicatorFile>(join(out, 'indicators/population.json'));
    const input = csvParse(readFileSync(join(EXAMPLE, 'inputs/folkmangd-deso-2016.csv'), 'utf8'));
    const value = (level: string, area: string) => file.values.value[file.values.area.findIndex((a, i) => a === area && file.values.level[i] === level)];
    for (const row of input) expect(value('deso', row.region!)).toBe(Number(row['folkmängd']));
    const total = input.reduce((sum, row) => sum + Number(row['folkmängd']), 0);
    expect(total).toBe(360_892);
    expect(value('county', '03')).toBe(total);
    expect(value('municipality', '0380')).toBe(input.filter((r) => r.region!.startsWith('0380')).reduce((s, r) => s + Number(r['folkmängd']), 0));
    expect(file.references).toEqual([{ level: 'county', code: '03' }]);
  });

  it('simplifies the boundaries to the stated size, one object per level sharing arcs', () => {
    const bytes = readFileSync(join(out, 'geo/boundaries.topo.json')).length;
    expect(bytes).toBeLessThanOrEqual(250 * 1024);
    // Not simplified to nothing: the bisection keeps as much as fits.
    expect(bytes).toBeGreaterThan(200 * 1024);
    const topology = readJson<any>(join(out, 'geo/boundaries.topo.json'));
    expect(Object.keys(topology.objects)).toEqual(['deso', 'municipality', 'county']);
  });

  it('draws the levels in register: the DeSO areas, the municipalities and the county cover the same ground', () => {
    const topology = readJson<any>(join(out, 'geo/boundaries.topo.json'));
    const area = (level: string) => (feature(topology, topology.objects[level]) as any).features.reduce((sum: number, f: any) => sum + geoArea(f), 0);
    const county = area('county');
    // Uppsala county is about 8 200 km² of land; the DeSO areas also take in lakes and coastal water.
    expect(county * 6371 ** 2).toBeGreaterThan(8_000);
    expect(county * 6371 ** 2).toBeLessThan(9_500);
    expect(Math.abs(area('municipality') / county - 1)).toBeLessThan(0.005);
    expect(Math.abs(area('deso') / county - 1)).toBeLessThan(0.005);
  });

  it('rebuilds byte for byte, also from the same config written as YAML', async () => {
    const yamlDir = join(temp, 'yaml-example');
    cpSync(EXAMPLE, yamlDir, { recursive: true });
    writeFileSync(join(yamlDir, 'kollen.config.yaml'), toYaml(readJson(join(EXAMPLE, 'kollen.config.json'))));
    const again = join(temp, 'uppsala-again');
    expect((await buildRoot(join(yamlDir, 'kollen.config.yaml'), again)).written).toBe(true);
    expect(hashes(again)).toEqual(hashes(out));
  });
});

describe('kollen build refuses broken inputs and never writes a root with errors', () => {
  it('refuses projected coordinates with a message that says how to reproject', () => {
    const config = exampleCopy('projected', (dir) => {
      const file = join(dir, 'inputs/deso-uppsala-lan-2018.geojson');
      const data = readJson<any>(file);
      data.features[0].geometry = { type: 'Polygon', coordinates: [[[647000, 6600000], [648000, 6600000], [648000, 6601000], [647000, 6600000]]] };
      writeFileSync(file, JSON.stringify(data));
    });
    const run = kollen('build', config, '--out', join(temp, 'projected-out'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('deso-uppsala-lan-2018.geojson: feature 0 has the coordinate [647000, 6600000], which is not WGS84 longitude/latitude');
    expect(run.stderr).toContain('-proj wgs84');
    expect(existsSync(join(temp, 'projected-out'))).toBe(false);
  });

  it('names the file, line and column of a bad table row, and the config path of a config mistake', async () => {
    const table = exampleCopy('bad-number', (dir) => {
      const file = join(dir, 'inputs/folkmangd-deso-2016.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace('0305B2010,2016,1988', '0305B2010,2016,1 988'));
    });
    await expect(buildRoot(table, join(temp, 'bad-number-out'))).rejects.toThrow(/folkmangd-deso-2016\.csv, line 3: column "folkmängd" is "1 988", expected a number/);
    const config = exampleCopy('bad-config', (dir) => {
      const file = join(dir, 'kollen.config.json');
      const data = readJson<any>(file);
      data.levels[2].geometry.parent = { codePrefix: 'four' };
      data.tables[0].columns.valeu = 'folkmängd';
      writeFileSync(file, JSON.stringify(data));
    });
    await expect(buildRoot(config, join(temp, 'bad-config-out'))).rejects.toThrow(/at \$\.levels\[2\]\.geometry\.parent: expected .*codePrefix[\s\S]*at \$\.tables\[0\]\.columns\.valeu: expected one of indicator, level, area/);
  });

  it('reads an export with semicolons and decimal commas as it is, to the same root', async () => {
    const config = exampleCopy('semicolons', (dir) => {
      const file = join(dir, 'inputs/folkmangd-deso-2016.csv');
      // Same figures, written as "2528,0" with ";" between fields.
      writeFileSync(file, readFileSync(file, 'utf8').replace(/,/g, ';').replace(/;(\d+)$/gm, ';$1,0'));
      const data = readJson<any>(join(dir, 'kollen.config.json'));
      Object.assign(data.tables[0], { delimiter: ';', decimalComma: true });
      writeFileSync(join(dir, 'kollen.config.json'), JSON.stringify(data));
    });
    expect(readFileSync(join(config, '../inputs/folkmangd-deso-2016.csv'), 'utf8')).toContain('0305A0010;2016;2528,0\n');
    expect((await buildRoot(config, join(temp, 'semicolons-out'))).written).toBe(true);
    expect(readFileSync(join(temp, 'semicolons-out/indicators/population.json'), 'utf8')).toBe(readFileSync(join(await exampleRoot(), 'indicators/population.json'), 'utf8'));
  });

  it('writes the languages of its texts into the catalogue, and builds a root in one language', async () => {
    expect(readJson<any>(join(await exampleRoot(), 'catalog.json')).languages).toEqual(['sv', 'en']);
    const config = exampleCopy('swedish-only', (dir) => {
      const file = join(dir, 'indicators.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^ +en: .*\n/gm, '').replace(/, en: [^}]*/g, ''));
      const configFile = join(dir, 'kollen.config.json');
      writeFileSync(configFile, readFileSync(configFile, 'utf8').replace(/, "en": "[^"]*"/g, ''));
    });
    const out = join(temp, 'swedish-only-out');
    const result = await buildRoot(config, out);
    expect(result.report.findings).toEqual([]);
    expect(result.written).toBe(true);
    const catalog = readJson<any>(join(out, 'catalog.json'));
    expect(catalog.languages).toEqual(['sv']);
    expect(catalog.title).toEqual({ sv: 'Uppsala län – befolkning per DeSO' });
    expect(readJson<any>(join(out, 'indicators/population.json')).unit.symbol).toEqual({ sv: 'invånare' });
    // Declared as two languages, the same Swedish-only texts are refused, naming the missing one.
    const data = readJson<any>(config);
    writeFileSync(config, JSON.stringify({ languages: ['sv', 'en'], ...data }));
    await expect(buildRoot(config, join(temp, 'two-declared-out'))).rejects.toThrow(/at \$\.title\.en: expected a non-empty string/);
  });

  it('keeps the earlier root when the new one does not validate (people counted as a percent, so values above 100)', async () => {
    const out = join(temp, 'kept');
    cpSync(await exampleRoot(), out, { recursive: true });
    const before = hashes(out);
    const config = exampleCopy('bad-percent', (dir) => {
      const file = join(dir, 'indicators.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('kind: count', 'kind: percent'));
    });
    const result = await buildRoot(config, out);
    expect(result.written).toBe(false);
    expect(result.report.errors).toContainEqual(expect.objectContaining({ file: 'indicators/population.json', path: expect.stringMatching(/^\$\.values\.value\[\d+\]$/), expected: expect.stringContaining('0 to 100') }));
    expect(hashes(out)).toEqual(before);
    expect(readdirSync(temp).filter((name) => name.includes('staging'))).toEqual([]);
  });

  it('does not replace a folder that is not a data root', async () => {
    const folder = join(temp, 'my-documents');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'keep me');
    await expect(buildRoot(join(EXAMPLE, 'kollen.config.json'), folder)).rejects.toThrow(/is not a data root/);
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});
