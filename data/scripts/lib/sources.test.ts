import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_DIR, runBuild } from '../build.js';
import { medianIncome } from '../real/scb.js';
import { MunicipalityRegister } from './municipalities.js';
import { publish } from './output.js';
import { SourceDir, SourceError } from './sources.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function readBadFixture(name: string): () => unknown {
  const sources = new SourceDir(join(FIXTURES, name));
  return () => medianIncome(sources, new MunicipalityRegister(sources));
}

describe('bad source rows stop the build with the file and line named', () => {
  it('a municipality that does not exist', () => {
    expect(readBadFixture('missing-municipality')).toThrow(SourceError);
    expect(readBadFixture('missing-municipality')).toThrow(/missing-municipality\/scb-kommun-2018-2019\/SCB_inkomster\.csv, line 3: municipality "Atlantis" is not in kommuner_koder\.csv/);
  });

  it('a municipality with no rows at all', () => {
    expect(readBadFixture('absent-municipality')).toThrow(/absent-municipality\/scb-kommun-2018-2019\/SCB_inkomster\.csv: no rows for municipality 0115 Vallentuna/);
  });

  it('a value that is not a number', () => {
    expect(readBadFixture('non-numeric')).toThrow(/non-numeric\/scb-kommun-2018-2019\/SCB_inkomster\.csv, line 3: column "X2018" is "3x0\.2", expected a number/);
  });

  it('a duplicated key', () => {
    expect(readBadFixture('duplicated-key')).toThrow(/duplicated-key\/scb-kommun-2018-2019\/SCB_inkomster\.csv, line 4: duplicated key Upplands Väsby \/ totalt \/ totalt 20\+ år \/ Median \(first on line 2\)/);
  });
});

describe('nothing half-written is left in data/', () => {
  const temporary: string[] = [];
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const snapshot = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')])
      .sort();

  it('a bad row in a real source stops `npm run data` before any published file changes', async () => {
    const sources = tempDir('kollen-sources-');
    cpSync(join(DATA_DIR, 'sources'), sources, { recursive: true });
    const file = join(sources, 'scb-valdeltagande-2018-2022', 'valdeltagande_kon_alder.csv');
    const lines = gunzipSync(readFileSync(`${file}.gz`)).toString('utf8').split('\n');
    lines[9] = lines[9]!.replace(/,\d+$/, ',eighty');
    writeFileSync(file, lines.join('\n'));
    rmSync(`${file}.gz`);

    const data = tempDir('kollen-data-');
    writeFileSync(join(data, 'catalog.json'), '{"old":true}\n');
    const before = snapshot(data);
    await expect(runBuild(sources, data)).rejects.toThrow(/valdeltagande_kon_alder\.csv, line 10: column "valdeltagande_procent" is "eighty", expected a number/);
    expect(snapshot(data)).toEqual(before);
    expect(readdirSync(data)).toEqual(['catalog.json']);
  });

  it('a failure while writing leaves the previous files and no staging directory', () => {
    const data = tempDir('kollen-data-');
    writeFileSync(join(data, 'catalog.json'), '{"old":true}\n');
    const before = snapshot(data);
    const files = new Map([
      ['catalog.json', '{"new":true}\n'],
      ['indicators/bad\0name.json', '{}'],
    ]);
    expect(() => publish(data, files)).toThrow();
    expect(snapshot(data)).toEqual(before);
    expect(readdirSync(data).some((name) => name.startsWith('.staging-'))).toBe(false);
  });

  it('publishing replaces the published entries as a whole', () => {
    const data = tempDir('kollen-data-');
    publish(data, new Map([['indicators/a.json', 'A'], ['catalog.json', 'C']]));
    publish(data, new Map([['indicators/b.json', 'B'], ['catalog.json', 'D']]));
    expect(existsSync(join(data, 'indicators', 'a.json'))).toBe(false);
    expect(readFileSync(join(data, 'indicators', 'b.json'), 'utf8')).toBe('B');
    expect(readFileSync(join(data, 'catalog.json'), 'utf8')).toBe('D');
  });
});
