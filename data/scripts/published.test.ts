/**
 * The published data as a whole: rebuilt byte for byte from the sources, valid against both the
 * run-time validator and the JSON Schema, geometry and values consistent, real values equal to the
 * raw SCB files, simulated values labelled and suppressed as documented.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { csvParse } from 'd3-dsv';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataIssue } from '../../src/schema/errors.js';
import type { Catalog, IndicatorFile } from '../../src/schema/types.js';
import { checkIndicatorAgainstCatalog, findUnknownAreas, validateCatalog, validateIndicator } from '../../src/schema/validate.js';
import { gapTrend, inequalityGap } from '../../src/stats/gap.js';
import { findNarrowlyBoundedCells, loadLinearSolver, provableBounds } from '../../src/stats/interval-protection.js';
import { changeSince, weightedLinearTrend, type PeriodEstimate } from '../../src/stats/trend.js';
import { pooledYears } from '../../src/query/periods.js';
import { findLinearlyRecoverableCells, findRecoverableCells } from '../../src/stats/suppression.js';
import { buildPublished, DATA_DIR, surveyFromSources } from './build.js';
import { writeTree } from './lib/output.js';
import { CURRENT_RELEASE } from './release-notes.js';
import { withReleases } from './releases.js';
import { additiveGroups, estimateYear, linkingCells, weightedCells } from './survey/aggregate.js';
import { protectionUnits } from './survey/pooled.js';
import { MIN_PROTECTION_WIDTH, MIN_RESPONDENTS, QUESTIONS } from './survey/model.js';

const PUBLISHED_ENTRIES = ['catalog.json', 'indicators', 'geo', 'schema', 'previews', 'sweden', 'releases', 'releases.json'];
const ROOTS = [DATA_DIR, join(DATA_DIR, 'sweden')];

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function filesUnder(dir: string, entries: string[]): string[] {
  return entries
    .flatMap((entry) => {
      const path = join(dir, entry);
      try {
        return readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => relative(dir, join(e.parentPath, e.name)));
      } catch {
        return [entry];
      }
    })
    .sort();
}

function rawCsv(path: string): Record<string, string>[] {
  const full = join(DATA_DIR, 'sources', path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch {
    text = gunzipSync(readFileSync(`${full}.gz`)).toString('utf8');
  }
  return csvParse(text) as unknown as Record<string, string>[];
}

function cell(file: IndicatorFile, level: string, area: string, period: string, breakdown: string, category: string) {
  const v = file.values;
  for (let i = 0; i < v.area.length; i++) {
    if (v.level[i] === level && v.area[i] === area && v.period[i] === period && v.breakdown[i] === breakdown && v.category[i] === category) {
      return { value: v.value[i], n: v.n[i], status: v.status[i] };
    }
  }
  throw new Error(`no cell ${level} ${area} ${period} ${breakdown} ${category} in ${file.id}`);
}

const catalogs = ROOTS.map((root) => ({ root, catalog: readJson<Catalog>(join(root, 'catalog.json')) }));
const indicator = (root: string, id: string) => readJson<IndicatorFile>(join(root, 'indicators', `${id}.json`));

describe('npm run data', () => {
  let built: string;
  beforeAll(async () => {
    built = mkdtempSync(join(tmpdir(), 'kollen-rebuild-'));
    // Earlier releases come from the committed ones; the current one must equal the rebuild (data/scripts/releases.ts).
    writeTree(built, withReleases(await buildPublished(), DATA_DIR, CURRENT_RELEASE));
  }, 240_000); // the whole data build; minutes on a loaded 2-core machine
  afterAll(() => rmSync(built, { recursive: true, force: true }));

  it('rebuilds every committed published file with an identical hash, and no other file', () => {
    const committed = filesUnder(DATA_DIR, PUBLISHED_ENTRIES);
    expect(filesUnder(built, PUBLISHED_ENTRIES)).toEqual(committed);
    expect(committed.length).toBeGreaterThan(20);
    // PNGs are drawn with the machine's fonts: a release keeps its own, and they are checked in data/scripts/previews/previews.test.ts.
    for (const path of committed.filter((p) => !p.endsWith('.png'))) expect(sha256(join(built, path)), path).toBe(sha256(join(DATA_DIR, path)));
  });
});

describe('every published file is valid', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const schema = readJson<object>(join(DATA_DIR, 'schema', 'kollen.schema.json'));
  ajv.addSchema(schema, 'kollen');
  const checkCatalog = ajv.getSchema('kollen#/$defs/Catalog')!;
  const checkIndicator = ajv.getSchema('kollen#/$defs/IndicatorFile')!;

  it('publishes the same JSON Schema as src/schema/kollen.schema.json', () => {
    expect(readFileSync(join(DATA_DIR, 'schema', 'kollen.schema.json'), 'utf8')).toBe(
      readFileSync(join(DATA_DIR, '..', 'src', 'schema', 'kollen.schema.json'), 'utf8'),
    );
  });

  it('the JSON Schema rejects what validateIndicator rejects: a missing title, a bad status (a javascript: link, which validateIndicator leaves out: src/schema/bad-data.test.ts)', () => {
    const good = indicator(DATA_DIR, 'median-income');
    expect(checkIndicator(good)).toBe(true);
    const bad = [
      { ...good, title: undefined },
      { ...good, title: {} },
      { ...good, values: { ...good.values, status: good.values.status.map(() => 'hidden') } },
    ];
    for (const file of bad) {
      expect(checkIndicator(file)).toBe(false);
      expect(() => validateIndicator(file, 'bad.json')).toThrow();
    }
  });

  it('validateIndicator holds every text to the catalogue\'s languages, in order (a schema cannot see across files)', () => {
    const good = indicator(DATA_DIR, 'median-income');
    const languages = catalogs[0]!.catalog.languages;
    expect(languages).toEqual(['sv', 'en']);
    expect(() => validateIndicator(good, 'good.json', [], languages)).not.toThrow();
    expect(() => validateIndicator({ ...good, title: { sv: 'Medianinkomst' } }, 'bad.json', [], languages)).toThrow('$.title.en');
    expect(() => validateIndicator({ ...good, title: { ...good.title, fi: 'Mediaanitulot' } }, 'bad.json', [], languages)).toThrow('$.title.fi');
    expect(() => validateIndicator({ ...good, title: { en: good.title.en, sv: good.title.sv } }, 'bad.json', [], languages)).toThrow("catalogue's order");
  });

  for (const { root, catalog } of catalogs) {
    const name = relative(DATA_DIR, root) || 'data';
    it(`${name}: the catalogue passes validateCatalog and the JSON Schema`, () => {
      expect(() => validateCatalog(catalog, 'catalog.json')).not.toThrow();
      expect(catalog.languages?.[0]).toBe('sv');
      for (const level of catalog.levels) expect(level.noun, `${level.id} has a noun`).toBeDefined();
      expect(checkCatalog(catalog), JSON.stringify(checkCatalog.errors)).toBe(true);
    });

    it(`${name}: every indicator passes validateIndicator (with no warning), its catalogue check and the JSON Schema, and matches its catalogue entry`, () => {
      for (const summary of catalog.indicators) {
        const file = readJson<IndicatorFile>(join(root, summary.file));
        const warnings: DataIssue[] = [];
        const checked = () => checkIndicatorAgainstCatalog(validateIndicator(file, summary.file, warnings, catalog.languages), summary.file, catalog, catalog.indicators.indexOf(summary));
        expect(checked).not.toThrow();
        expect(warnings, summary.file).toEqual([]);
        expect(checkIndicator(file), `${summary.file}: ${JSON.stringify(checkIndicator.errors)}`).toBe(true);
        expect({ id: file.id, levels: file.levels, periods: file.periods, breakdowns: file.breakdowns, simulated: file.simulated }).toEqual({
          id: summary.id, levels: summary.levels, periods: summary.periods, breakdowns: summary.breakdowns, simulated: summary.simulated,
        });
      }
    });

    it(`${name}: every area with values exists in its level's geometry, and the catalogue lists the same areas`, () => {
      for (const level of catalog.levels) {
        if (!level.geometry) continue;
        const topology = readJson<Topology>(join(root, level.geometry.file));
        const object = topology.objects[level.geometry.object] as GeometryCollection<Record<string, string>>;
        const codes = new Set(object.geometries.map((g) => (g.properties as Record<string, string>)[level.geometry!.codeProperty]!));
        const listed = new Set(catalog.areas.filter((a) => a.level === level.id).map((a) => a.code));
        expect(listed, level.id).toEqual(codes);
        for (const summary of catalog.indicators) {
          const file = readJson<IndicatorFile>(join(root, summary.file));
          expect(findUnknownAreas(file, level.id, codes), `${summary.id} on ${level.id}`).toEqual([]);
        }
      }
    });
  }

  it('lists all indicators of the conventions with titles, units, polarity and an http(s) source', () => {
    const ids = catalogs[0]!.catalog.indicators.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['voter-turnout', 'post-secondary-education', 'median-income', 'population', ...QUESTIONS.map((q) => q.id)]));
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(11);
    expect(catalogs[1]!.catalog.indicators.map((i) => i.id).sort()).toEqual(['median-income', 'population', 'post-secondary-education', 'voter-turnout']);
    for (const summary of catalogs[0]!.catalog.indicators) {
      const file = indicator(DATA_DIR, summary.id);
      expect(file.source.url ?? 'https://', summary.id).toMatch(/^https?:\/\//);
      expect(file.source.licence).toBeTruthy();
    }
  });
});

describe('real values equal the raw SCB files', () => {
  const turnout = indicator(DATA_DIR, 'voter-turnout');
  const turnoutRows = rawCsv('scb-valdeltagande-2018-2022/valdeltagande_kon_alder.csv');

  it('voter turnout: every Stockholm municipal total and sex cell, both years', () => {
    let checked = 0;
    for (const row of turnoutRows) {
      if (!row.kommunkod!.startsWith('01') || row.aldersgrupp !== 'samtliga åldrar') continue;
      const [breakdown, category] = row.kon === 'totalt' ? ['total', 'total'] : ['sex', row.kon === 'kvinnor' ? 'women' : 'men'];
      const published = cell(turnout, 'municipality', row.kommunkod!, row.ar!, breakdown!, category!);
      expect(published.value).toBe(Number(row.valdeltagande_procent));
      expect(published.n).toBe(Number(row.rostberattigade));
      checked++;
    }
    expect(checked).toBe(26 * 3 * 2);
  });

  it('voter turnout: by education and age, and the county weighted by eligible voters', () => {
    const education = rawCsv('scb-valdeltagande-2018-2022/valdeltagande_kon_utbildning.csv').find(
      (r) => r.kommunkod === '0180' && r.kon === 'totalt' && r.utbildningsniva === 'förgymnasial utbildning' && r.ar === '2022',
    )!;
    expect(cell(turnout, 'municipality', '0180', '2022', 'education', 'pre-secondary').value).toBe(Number(education.valdeltagande_procent));
    const age = turnoutRows.find((r) => r.kommunkod === '0186' && r.kon === 'totalt' && r.aldersgrupp === '18-29 år' && r.ar === '2018')!;
    expect(cell(turnout, 'municipality', '0186', '2018', 'age-turnout', '18-29').value).toBe(Number(age.valdeltagande_procent));
    const county = turnoutRows.filter((r) => r.kommunkod!.startsWith('01') && r.kon === 'totalt' && r.aldersgrupp === 'samtliga åldrar' && r.ar === '2018');
    const voters = county.reduce((s, r) => s + Number(r.rostberattigade), 0);
    const weighted = county.reduce((s, r) => s + Number(r.rostberattigade) * Number(r.valdeltagande_procent), 0);
    expect(cell(turnout, 'county', '01', '2018', 'total', 'total')).toEqual({ value: Math.round((10 * weighted) / voters) / 10, n: voters, status: 'ok' });
  });

  it('voter turnout: the three municipalities SCB does not report for 2022 are not-collected, and so is Sweden 2022', () => {
    const national = indicator(join(DATA_DIR, 'sweden'), 'voter-turnout');
    expect(cell(national, 'municipality', '0481', '2022', 'total', 'total')).toMatchObject({ value: null, status: 'not-collected' });
    expect(cell(national, 'country', 'SE', '2022', 'total', 'total')).toMatchObject({ value: null, status: 'not-collected' });
    expect(cell(national, 'country', 'SE', '2018', 'total', 'total').status).toBe('ok');
  });

  it('post-secondary education: shares recomputed from the raw counts', () => {
    const file = indicator(DATA_DIR, 'post-secondary-education');
    const rows = rawCsv('scb-kommun-2018-2019/SCB_utbildningsniva.csv');
    const post = (level: string) => level.startsWith('eftergymnasial') || level === 'forskarutbildning';
    const share = (keep: (r: Record<string, string>) => boolean) => {
      const selected = rows.filter(keep);
      const all = selected.reduce((s, r) => s + Number(r.X2019), 0);
      const yes = selected.filter((r) => post(r['utbildningsnivå']!)).reduce((s, r) => s + Number(r.X2019), 0);
      return { value: Math.round((1000 * yes) / all) / 10, n: all };
    };
    const working = ['25-34 år', '35-44 år', '45-54 år', '55-64 år'];
    expect(cell(file, 'municipality', '0180', '2019', 'sex', 'women')).toMatchObject(share((r) => r.region === 'Stockholm' && r['kön'] === 'kvinnor' && working.includes(r['ålder']!)));
    expect(cell(file, 'municipality', '0188', '2019', 'age-10y', '35-44')).toMatchObject(share((r) => r.region === 'Norrtälje' && r['ålder'] === '35-44 år'));
    expect(cell(file, 'country', 'SE', '2019', 'total', 'total')).toMatchObject(share((r) => working.includes(r['ålder']!)));
  });

  it('median income: every municipality of the national file, unchanged', () => {
    const file = indicator(join(DATA_DIR, 'sweden'), 'median-income');
    const codes = new Map(rawCsv('sweden-boundaries/kommuner_koder.csv').map((r) => [r.kommunnamn!, r.kommunkod!]));
    const rows = rawCsv('scb-kommun-2018-2019/SCB_inkomster.csv').filter((r) => r.MedTyp === 'Median' && r['ålder'] === 'totalt 20+ år');
    expect(rows).toHaveLength(290 * 3);
    for (const r of rows) {
      const [breakdown, category] = r['kön'] === 'totalt' ? ['total', 'total'] : ['sex', r['kön'] === 'kvinnor' ? 'women' : 'men'];
      expect(cell(file, 'municipality', codes.get(r.region!)!, '2018', breakdown!, category!).value).toBe(Number(r.X2018));
    }
  });

  it('population: 5-year bands and totals are sums of the raw single years', () => {
    const file = indicator(DATA_DIR, 'population');
    const rows = rawCsv('scb-kommun-2018-2019/SCB_alderkon.csv');
    const sum = (keep: (r: Record<string, string>) => boolean) => rows.filter(keep).reduce((s, r) => s + Number(r.X2019), 0);
    expect(cell(file, 'municipality', '0182', '2019', 'sex*age-5y', 'women*20-24').value).toBe(
      sum((r) => r.region === 'Nacka' && r['kön'] === 'kvinnor' && Number(r['ålder']) >= 20 && Number(r['ålder']) <= 24),
    );
    expect(cell(file, 'municipality', '0180', '2019', 'sex*age-5y', 'men*95+').value).toBe(sum((r) => r.region === 'Stockholm' && r['kön'] === 'män' && Number(r['ålder']) >= 95));
    expect(cell(file, 'country', 'SE', '2019', 'total', 'total').value).toBe(sum(() => true));
  });
});

describe('trend and gap tests on the published series', () => {
  // Every period, a pooled one marked as such (it is published for totals only).
  const series = (file: IndicatorFile, level: string, area: string, breakdown: string, category: string): PeriodEstimate[] =>
    file.periods.flatMap((period) => {
      const v = file.values;
      const pooled = pooledYears(file, period) !== undefined;
      for (let i = 0; i < v.area.length; i++) {
        if (v.level[i] === level && v.area[i] === area && v.period[i] === period && v.breakdown[i] === breakdown && v.category[i] === category) {
          return [{ period, value: v.value[i]!, ciLow: v.ciLow[i]!, ciHigh: v.ciHigh[i]!, pooled }];
        }
      }
      if (pooled) return [];
      throw new Error(`no ${level} ${area} ${period} ${breakdown} ${category}`);
    });

  it("finds the county's simulated fall in daily smoking (16 % to 6 % assumed) and calls it better", () => {
    const smoking = indicator(DATA_DIR, 'daily-smoking');
    const county = series(smoking, 'county', '01', 'total', 'total');
    expect(weightedLinearTrend(county, smoking.polarity)).toMatchObject({ direction: 'decreasing', verdict: 'better', periods: ['2006', '2010', '2014', '2018', '2021'] });
    expect(changeSince(county, '2002', smoking.polarity)).toMatchObject({ direction: 'decreasing', verdict: 'better' });
  });

  it("finds the county's education gap in daily smoking narrowing with the prevalence", () => {
    const smoking = indicator(DATA_DIR, 'daily-smoking');
    const low = series(smoking, 'county', '01', 'education', 'pre-secondary');
    const high = series(smoking, 'county', '01', 'education', 'post-secondary');
    const pairs = low.map((a, i) => ({ period: a.period, a, b: high[i]! }));
    const latest = inequalityGap(low.at(-1)!, high.at(-1)!)!;
    expect(latest.absolute.ciLow).toBeGreaterThan(0);
    expect(latest.relative!.ciLow).toBeGreaterThan(1);
    expect(gapTrend(pairs)!.change).toBe('narrowing');
  });
});

describe('similar municipalities', () => {
  it('lists, for every municipality of each root, 5 other municipalities of the same root', () => {
    for (const { catalog } of catalogs) {
      const municipalities = new Set(catalog.areas.filter((a) => a.level === 'municipality').map((a) => a.code));
      for (const area of catalog.areas) {
        if (area.level !== 'municipality') {
          expect(area.similar, area.code).toBeUndefined();
          continue;
        }
        expect(area.similar, area.code).toHaveLength(5);
        expect(new Set(area.similar).size).toBe(5);
        for (const code of area.similar!) {
          expect(municipalities.has(code), `${area.code} → ${code}`).toBe(true);
          expect(code).not.toBe(area.code);
        }
      }
    }
  });

  it('agrees with the profile recomputed from the published population, education and income files (Stockholm County)', () => {
    // Independently of the build: shares 0–19 and 65+ from the 5-year pyramid, the post-secondary
    // share and the median income, z-standardised over the county's 26 municipalities.
    const catalog = catalogs[0]!.catalog;
    const codes = catalog.areas.filter((a) => a.level === 'municipality').map((a) => a.code);
    const value = (file: IndicatorFile, area: string, breakdown: string, category: string) => {
      const v = file.values;
      let sum = 0;
      for (let i = 0; i < v.area.length; i++) {
        if (v.level[i] === 'municipality' && v.area[i] === area && v.breakdown[i] === breakdown && (category === '*' || v.category[i] === category)) sum += v.value[i]!;
      }
      return sum;
    };
    const people = indicator(DATA_DIR, 'population');
    const education = indicator(DATA_DIR, 'post-secondary-education');
    const income = indicator(DATA_DIR, 'median-income');
    const young = ['0-4', '5-9', '10-14', '15-19'];
    const old = ['65-69', '70-74', '75-79', '80-84', '85-89', '90-94', '95+'];
    const bands = (area: string, list: string[]) => list.reduce((s, b) => s + value(people, area, 'sex*age-5y', `women*${b}`) + value(people, area, 'sex*age-5y', `men*${b}`), 0);
    const rows = codes.map((code) => {
      const all = value(people, code, 'total', 'total');
      return [bands(code, young) / all, bands(code, old) / all, value(education, code, 'total', 'total'), value(income, code, 'total', 'total')];
    });
    const z = rows[0]!.map((_, j) => {
      const column = rows.map((r) => r[j]!);
      const mean = column.reduce((s, x) => s + x, 0) / column.length;
      const sd = Math.sqrt(column.reduce((s, x) => s + (x - mean) ** 2, 0) / column.length);
      return column.map((x) => (x - mean) / sd);
    });
    // The published education share is rounded to 0.1 and income to whole thousands, so only check
    // that each listed neighbour is among the 7 nearest by this recomputation.
    codes.forEach((code, i) => {
      const distance = (k: number) => Math.sqrt(z.reduce((s, column) => s + (column[i]! - column[k]!) ** 2, 0));
      const nearest = codes.map((c, k) => ({ c, d: distance(k) })).filter((o) => o.c !== code).sort((a, b) => a.d - b.d).slice(0, 7).map((o) => o.c);
      const listed = catalog.areas.find((a) => a.code === code)!.similar!;
      for (const other of listed) expect(nearest, `${code} → ${other}`).toContain(other);
      expect(listed[0], code).toBe(nearest[0]);
    });
  });
});

describe('simulated survey: labelled, and suppressed as documented', () => {
  const catalog = catalogs[0]!.catalog;
  const municipalities = catalog.areas.filter((a) => a.level === 'municipality').map((a) => a.code).sort();
  const districts = catalog.areas.filter((a) => a.level === 'district-2023').map((a) => a.code).sort();
  const files = QUESTIONS.map((q) => indicator(DATA_DIR, q.id));

  it('says it is simulated in the flag, the description, the method and the source, in both languages', () => {
    for (const file of files) {
      expect(file.simulated).toBe(true);
      expect(catalog.indicators.find((i) => i.id === file.id)!.simulated).toBe(true);
      expect(file.description.sv).toMatch(/Simulerade data/);
      expect(file.description.en).toMatch(/Simulated data/);
      expect(file.method.sv).toMatch(/^SIMULERADE DATA/);
      expect(file.method.en).toMatch(/^SIMULATED DATA/);
      expect(file.source.name.en).toMatch(/Simulated/);
    }
    for (const id of ['voter-turnout', 'post-secondary-education', 'median-income', 'population']) expect(indicator(DATA_DIR, id).simulated).toBe(false);
  });

  it(`publishes no cell with fewer than ${MIN_RESPONDENTS} respondents, and withholds value, interval and n of suppressed cells`, () => {
    for (const file of files) {
      const v = file.values;
      let suppressed = 0;
      for (let i = 0; i < v.area.length; i++) {
        if (v.status[i] === 'ok') {
          expect(v.n[i], `${file.id} row ${i}`).toBeGreaterThanOrEqual(MIN_RESPONDENTS);
        } else {
          // Not collected: the stadsdelar assumed uninhabited, where nobody was sampled.
          if (v.status[i] === 'not-collected') expect(v.level[i]).toBe('stadsdel');
          else expect(v.status[i]).toBe('suppressed');
          expect([v.value[i], v.ciLow[i], v.ciHigh[i], v.n[i]]).toEqual([null, null, null, null]);
          if (v.status[i] === 'suppressed') suppressed++;
        }
      }
      // Small municipalities do have small cells: the rule is exercised, not vacuous.
      expect(suppressed, file.id).toBeGreaterThan(0);
    }
  });

  it('leaves no suppressed cell derivable by subtraction within any of its groups, or from any combination of groups', () => {
    const older = (level: 'district-2007' | 'district-2020', years: string[], within: [string, string[]][]) => ({
      level,
      years,
      areas: catalog.areas.filter((a) => a.level === level).map((a) => a.code).sort(),
      within: new Map(within),
      of: () => null,
    });
    // Nesting of the older districts in the 2023 ones, written out independently of the build.
    const same = (codes: string[]) => codes.map((c): [string, string[]] => [c, [c]]);
    const unchanged = ['0180-bromma', '0180-enskede-arsta-vantor', '0180-farsta', '0180-hasselby-vallingby', '0180-kungsholmen', '0180-skarholmen', '0180-skarpnack', '0180-sodermalm'];
    // The stadsdelar from the catalogue; the uninhabited ones are those published as not collected.
    const notCollected = new Set(files.flatMap((f) => f.values.area.filter((_, i) => f.values.status[i] === 'not-collected')));
    const stadsdelAreas = catalog.areas.filter((a) => a.level === 'stadsdel').sort((a, b) => (a.code < b.code ? -1 : 1));
    const layout = {
      municipalities,
      districts,
      stadsdelar: stadsdelAreas.filter((a) => !notCollected.has(a.code)).map((a) => ({ code: a.code, district: a.parent! })),
      emptyStadsdelar: stadsdelAreas.filter((a) => notCollected.has(a.code)).map((a) => a.code),
      older: [
        older('district-2007', ['2010', '2014', '2018'], [
          ...same(unchanged),
          ['0180-jarva', ['0180-rinkeby-kista', '0180-spanga-tensta']],
          ['0180-norra-innerstaden', ['0180-norrmalm', '0180-ostermalm']],
          ['0180-hagersten-alvsjo', ['0180-alvsjo', '0180-hagersten-liljeholmen']],
        ]),
        older('district-2020', ['2021'], [
          ...same([...unchanged, '0180-hagersten-alvsjo']),
          ['0180-jarva', ['0180-rinkeby-kista', '0180-spanga-tensta']],
          ['0180-norra-innerstaden', ['0180-norrmalm', '0180-ostermalm']],
        ]),
      ],
    };
    for (const file of files) {
      const v = file.values;
      for (const period of file.periods) {
        const groups = additiveGroups(layout, period, file.id);
        const olderCells = layout.older.filter((d) => d.years.includes(period)).reduce((s, d) => s + d.areas.length * 3, 0);
        const pooled = pooledYears(file, period) !== undefined;
        const stadsdelCells = pooled && file.levels.includes('stadsdel') ? layout.stadsdelar.length : 0;
        const existing = new Set<string>();
        const withheld = new Set<string>();
        for (let i = 0; i < v.area.length; i++) {
          if (v.period[i] !== period || v.status[i] === 'not-collected') continue;
          const key = `${v.level[i]}|${v.area[i]}|${v.breakdown[i]}|${v.category[i]}`;
          existing.add(key);
          if (v.status[i] === 'suppressed') withheld.add(key);
        }
        expect(existing.size, `${file.id} ${period}`).toBe((1 + municipalities.length + districts.length) * (pooled ? 1 : 10) + olderCells + stadsdelCells);
        expect(findRecoverableCells(withheld, existing, groups), `${file.id} ${period}`).toEqual([]);
        // Nor by combining the equations of several groups (a full linear audit of the table).
        expect(findLinearlyRecoverableCells(withheld, existing, groups), `${file.id} ${period} (linear)`).toEqual([]);
      }
    }
  });

  it(`boxes no withheld small cell into an interval narrower than ${MIN_PROTECTION_WIDTH} points (LP audit of every published table)`, async () => {
    // The attacker of src/stats/interval-protection.ts: the published values (to their rounding),
    // every cell's weighted number of answers and the groups' equations; the weights and the
    // small cells come from the microdata, rebuilt from the sources, the withheld cells from the
    // committed files.
    const solver = await loadLinearSolver();
    const { years, layout } = surveyFromSources();
    let audited = 0;
    for (const file of files) {
      const v = file.values;
      // A pooled period and the years it pools are audited table by table, the cells they share
      // given to the attacker exactly (which is why none of those may be withheld).
      for (const unit of protectionUnits(years)) for (const data of unit) {
        const exact = linkingCells(unit, file.id, layout);
        const estimates = estimateYear(data, file.id, layout);
        const withheld = new Set<string>();
        for (let i = 0; i < v.area.length; i++) {
          if (v.period[i] === data.year && v.status[i] === 'suppressed') withheld.add(`${v.level[i]}|${v.area[i]}|${v.breakdown[i]}|${v.category[i]}`);
        }
        const small = [...estimates].filter(([, e]) => e.n < MIN_RESPONDENTS).map(([key]) => key);
        for (const key of small) expect(withheld.has(key), `${file.id} ${data.year} ${key}`).toBe(true);
        for (const key of exact) expect(withheld.has(key), `${file.id} ${data.year} ${key} (shared)`).toBe(false);
        const bounds = provableBounds(solver, weightedCells(estimates), withheld, additiveGroups(layout, data.year, file.id), small, undefined, exact);
        expect(findNarrowlyBoundedCells(bounds, MIN_PROTECTION_WIDTH / 100), `${file.id} ${data.year}`).toEqual([]);
        audited += bounds.size;
      }
    }
    // Every survey table has small cells: the audit is not vacuous.
    expect(audited).toBeGreaterThan(500);
    // About 22 s of CPU time (126 s wall at a load of 13–18 on two cores); the limit leaves room for that.
  }, 240_000);

  it('has every survey year for the county, every municipality and every 2023 district, and the older divisions when in force', () => {
    for (const file of files) {
      expect(file.periods).toEqual(['2002', '2006', '2010', '2014', '2014-2021', '2018', '2021']);
      expect(file.pooledPeriods).toEqual([{ period: '2014-2021', pooled: { from: '2014', to: '2021' } }]);
      const stadsdelar = !['daily-smoking', 'economic-hardship'].includes(file.id);
      expect(file.levels).toEqual(['county', 'municipality', 'district-2023', 'district-2020', 'district-2007', ...(stadsdelar ? ['stadsdel'] : [])]);
      const periodsOf = (level: string) => [...new Set(file.values.period.filter((_, i) => file.values.level[i] === level))];
      expect(periodsOf('district-2007')).toEqual(['2010', '2014', '2018']);
      expect(periodsOf('district-2020')).toEqual(['2021']);
      expect(file.references[0]).toEqual({ level: 'county', code: '01' });
    }
  });
});

describe('data sources', () => {
  it('are the upstream bytes listed in data/sources/README.md (sha256 of the uncompressed file)', () => {
    const listed = [...readFileSync(join(DATA_DIR, 'sources', 'README.md'), 'utf8').matchAll(/`([0-9a-f]{64})`\s+`([^`]+)`/g)];
    expect(listed.length).toBe(10);
    for (const [, hash, path] of listed) {
      const full = join(DATA_DIR, 'sources', path!);
      let bytes: Buffer;
      try {
        bytes = readFileSync(full);
      } catch {
        bytes = gunzipSync(readFileSync(`${full}.gz`));
      }
      expect(createHash('sha256').update(bytes).digest('hex'), path).toBe(hash);
    }
  });
});
