/**
 * Shapefile boundaries: the fixture (five real DeSO areas of Älvkarleby, SCB 2018, made by
 * fixtures/shapefile/make.mjs) is in SWEREF 99 TM as SCB publishes it; `kollen build` reads it
 * with its .dbf attributes, reprojects it from its .prj to WGS84, and writes a root that
 * validates. A .prj that proj4 cannot read is refused, naming the file.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import type { Catalog, IndicatorFile } from '../../src/schema/types.js';
import { readShapefile } from '../src/shapefile.js';
import { kollen, REPO } from './run.js';

const FIXTURE = join(REPO, 'cli/test/fixtures/shapefile');
const EXAMPLE = join(REPO, 'examples/own-data');
const temp = mkdtempSync(join(tmpdir(), 'kollen-shp-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A config that takes the DeSO level from a shapefile in `dir`, municipalities dissolved from it. */
function shapefileConfig(dir: string): string {
  for (const ext of ['shp', 'shx', 'dbf', 'prj']) copyFileSync(join(FIXTURE, `deso-alvkarleby.${ext}`), join(dir, `deso.${ext}`));
  const population = readFileSync(join(EXAMPLE, 'inputs/folkmangd-deso-2016.csv'), 'utf8').split('\n').filter((line, i) => i === 0 || line.startsWith('0319'));
  writeFileSync(join(dir, 'population.csv'), population.join('\n'));
  copyFileSync(join(EXAMPLE, 'indicators.yaml'), join(dir, 'indicators.yaml'));
  copyFileSync(join(EXAMPLE, 'inputs/kommuner_koder.csv'), join(dir, 'kommuner.csv'));
  const config = {
    title: { sv: 'Älvkarleby', en: 'Älvkarleby' },
    updated: '2026-12-02',
    themes: [{ id: 'population', title: { sv: 'Befolkning', en: 'Population' } }],
    levels: [
      { id: 'municipality', title: { sv: 'Kommun', en: 'Municipality' }, division: 'kommun-2018', geometry: { dissolve: 'deso' } },
      { id: 'deso', title: { sv: 'DeSO-område', en: 'DeSO area' }, division: 'deso-2018', parent: 'municipality', geometry: { file: 'deso.shp', code: 'Deso', parent: { codePrefix: 4 } } },
    ],
    areas: [{ file: 'kommuner.csv', level: 'municipality', code: 'kommunkod', name: 'kommunnamn' }],
    indicators: 'indicators.yaml',
    tables: [{ file: 'population.csv', indicator: 'population', columns: { area: 'region', period: 'år', value: 'folkmängd' } }],
    references: [{ level: 'municipality', code: '0319' }],
  };
  writeFileSync(join(dir, 'kollen.config.json'), JSON.stringify(config, null, 2));
  return join(dir, 'kollen.config.json');
}

describe('Shapefile boundaries', () => {
  it('reads the attributes and reprojects SWEREF 99 TM to WGS84: the same areas as the published WGS84 GeoJSON', async () => {
    const read = await readShapefile(join(FIXTURE, 'deso-alvkarleby.shp'));
    const wgs84 = JSON.parse(readFileSync(join(REPO, '../shared/data/scb-deso-uppsala/deso_uppsala_lan_2018.geojson'), 'utf8')) as FeatureCollection;
    expect(read.features.map((f) => f.properties!.Deso).sort()).toEqual(['0319A0010', '0319B2010', '0319C1010', '0319C1020', '0319C1030']);
    for (const f of read.features) {
      const original = wgs84.features.find((g) => g.properties!.Deso === f.properties!.Deso)!;
      expect(f.properties!.Bef_201612).toBe(original.properties!.Bef_201612);
      // Rounded to 0.1 m in the fixture: areas agree to well within 0.1 %.
      expect(Math.abs(geoArea(f as never) / geoArea(original as never) - 1)).toBeLessThan(1e-3);
      const [lon, lat] = (f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]![0] : (f.geometry as { coordinates: number[][][][] }).coordinates[0]![0]![0])!;
      expect(lon).toBeGreaterThan(17);
      expect(lat).toBeGreaterThan(60);
    }
  });

  it('builds a root from it that validates, with the municipality dissolved from its DeSO areas', () => {
    const dir = mkdtempSync(join(temp, 'ok-'));
    const out = join(dir, 'root');
    const run = kollen('build', shapefileConfig(dir), '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const catalog = JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8')) as Catalog;
    expect(catalog.areas.map((a) => `${a.level} ${a.code} ${a.name}`)).toEqual([
      'municipality 0319 Älvkarleby',
      ...['0319A0010', '0319B2010', '0319C1010', '0319C1020', '0319C1030'].map((code) => `deso ${code} ${code}`),
    ]);
    const file = JSON.parse(readFileSync(join(out, 'indicators/population.json'), 'utf8')) as IndicatorFile;
    expect(file.values.value[file.values.area.indexOf('0319')]).toBe(1636 + 1901 + 1793 + 2477 + 1602);
    expect(kollen('validate', out).code).toBe(0);
  }, 60_000);

  it('refuses a .prj it cannot read, naming the file and saying how to reproject', () => {
    const dir = mkdtempSync(join(temp, 'bad-prj-'));
    const config = shapefileConfig(dir);
    writeFileSync(join(dir, 'deso.prj'), 'PROJCS["Made up",PROJECTION["No_Such_Projection"]]');
    const run = kollen('build', config, '--out', join(dir, 'root'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/deso\.prj.*could not be read.*reproject the shapefile to WGS84 first/);
  }, 60_000);
});
