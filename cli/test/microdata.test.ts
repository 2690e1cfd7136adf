/**
 * Microdata → root: generated respondents on the worked example's areas (county, municipalities,
 * DeSO) aggregated by `kollen build` with DuckDB and src/stats. The published shares equal
 * `weightedProportion` run on the same respondents in JavaScript, no cell rests on fewer than the
 * minimum, no withheld cell can be worked out by subtraction, and CSV and Parquet give the same bytes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorRows } from '../../src/query/index.js';
import type { Catalog, IndicatorFile, ValueRow } from '../../src/schema/types.js';
import { weightedProportion } from '../../src/stats/proportion.js';
import { findRecoverableCells } from '../../src/stats/suppression.js';
import { buildRoot } from '../src/build.js';
import { REPO } from './run.js';

const MIN = 30;
const temp = mkdtempSync(join(tmpdir(), 'kollen-microdata-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A seeded generator (mulberry32), so the respondents are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Respondent { deso: string; municipality: string; year: string; sex: string; weight: number; answer: string }

function respondents(count: number): Respondent[] {
  const deso = csvParse(readFileSync(join(REPO, 'examples/own-data/inputs/folkmangd-deso-2016.csv'), 'utf8')).map((r) => r.region!);
  const next = random(14);
  return Array.from({ length: count }, () => {
    const area = deso[Math.floor(next() * deso.length)]!;
    const sex = next() < 0.5 ? 'women' : 'men';
    const p = sex === 'women' ? 0.42 : 0.31;
    return {
      deso: area,
      municipality: area.slice(0, 4),
      year: next() < 0.5 ? '2022' : '2024',
      sex,
      weight: Math.round((0.5 + 2 * next()) * 1000) / 1000,
      // Item non-response: about 3 % leave the question empty.
      answer: next() < 0.03 ? '' : next() < p ? '1' : '0',
    };
  });
}

function exampleWithMicrodata(name: string, file: string, change: (config: any) => void = () => {}): string {
  const dir = join(temp, name);
  cpSync(join(REPO, 'examples/own-data'), dir, { recursive: true });
  const config = JSON.parse(readFileSync(join(dir, 'kollen.config.json'), 'utf8'));
  config.themes.push({ id: 'habits', title: { sv: 'Levnadsvanor', en: 'Habits' } });
  config.breakdowns = [{ id: 'sex', title: { sv: 'Kön', en: 'Sex' }, categories: [{ id: 'women', title: { sv: 'Kvinnor', en: 'Women' } }, { id: 'men', title: { sv: 'Män', en: 'Men' } }] }];
  // A fixed share of vertices: the size bisection is tested with the example itself.
  config.boundaries = { keep: 0.1 };
  config.microdata = [{ file, areas: { county: 'county', municipality: 'municipality', deso: 'deso' }, period: 'year', weight: 'weight', breakdowns: { sex: 'sex' }, answers: { 'daily-exercise': 'exercises' }, minRespondents: MIN }];
  change(config);
  writeFileSync(join(dir, 'kollen.config.json'), JSON.stringify(config));
  writeFileSync(
    join(dir, 'indicators.yaml'),
    `${readFileSync(join(dir, 'indicators.yaml'), 'utf8')}
- id: daily-exercise
  theme: habits
  simulated: true
  title: { sv: Motionerar dagligen, en: Exercises daily }
  description: { sv: Andel som motionerar dagligen. Simulerade data., en: Share who exercise daily. Simulated data. }
  method: { sv: SIMULERADE DATA. Vägd andel med Wilsonintervall på Kish effektiva n., en: SIMULATED DATA. Weighted share with a Wilson interval on Kish's effective n. }
  unit: { kind: percent, symbol: { sv: '%', en: '%' }, label: { sv: andel (%), en: share (%) }, decimals: 1 }
  polarity: higher-is-better
  source: { name: { sv: Simulerad enkät, en: Simulated survey }, publisher: Kollen, licence: CC0 1.0 }
`,
  );
  return join(dir, 'kollen.config.json');
}

/** Per period, the keys (`level|area|breakdown|category`) of every cell and of the withheld ones. */
function cellsByPeriod(file: IndicatorFile): { period: string; existing: Set<string>; withheld: Set<string> }[] {
  const keyOf = (r: ValueRow) => `${r.level}|${r.area}|${r.breakdown}|${r.category}`;
  return file.periods.map((period) => {
    const rows = indicatorRows(file, { periods: [period] });
    return { period, existing: new Set(rows.map(keyOf)), withheld: new Set(rows.filter((r) => r.status === 'suppressed').map(keyOf)) };
  });
}

describe('kollen build from respondent-level microdata', () => {
  const people = respondents(20_000);
  const csv = join(temp, 'survey.csv');
  const parquet = join(temp, 'survey.parquet');
  let file: IndicatorFile;
  let catalog: Catalog;

  beforeAll(async () => {
    writeFileSync(csv, `county,municipality,deso,year,sex,weight,exercises\n${people.map((r) => `03,${r.municipality},${r.deso},${r.year},${r.sex},${r.weight},${r.answer}`).join('\n')}\n`);
    const result = await buildRoot(exampleWithMicrodata('csv', csv), join(temp, 'root-csv'));
    expect(result.report.errors).toEqual([]);
    expect(result.written).toBe(true);
    file = JSON.parse(readFileSync(join(temp, 'root-csv/indicators/daily-exercise.json'), 'utf8'));
    catalog = JSON.parse(readFileSync(join(temp, 'root-csv/catalog.json'), 'utf8'));
  }, 60_000);

  const cell = (level: string, area: string, period: string, breakdown: string, category: string) => {
    const v = file.values;
    const i = v.area.findIndex((a, k) => a === area && v.level[k] === level && v.period[k] === period && v.breakdown[k] === breakdown && v.category[k] === category);
    return { value: v.value[i], ciLow: v.ciLow[i], ciHigh: v.ciHigh[i], n: v.n[i], status: v.status[i] };
  };

  it('publishes the weighted shares and Wilson intervals that src/stats gives for the same respondents', () => {
    const answers = people.map((r) => (r.answer === '' ? null : r.answer === '1'));
    const weights = people.map((r) => r.weight);
    const check = (level: string, area: string, period: string, breakdown: string, category: string, keep: (r: Respondent) => boolean) => {
      const members = people.flatMap((r, i) => (keep(r) ? [i] : []));
      const expected = weightedProportion(answers, weights, members);
      const published = cell(level, area, period, breakdown, category);
      expect(published.status).toBe('ok');
      expect(published.n).toBe(expected.n);
      expect(published.value).toBeCloseTo(100 * expected.proportion, 9);
      expect(published.ciLow).toBeCloseTo(100 * expected.ciLow, 9);
      expect(published.ciHigh).toBeCloseTo(100 * expected.ciHigh, 9);
    };
    check('county', '03', '2024', 'total', 'total', (r) => r.year === '2024');
    check('county', '03', '2022', 'sex', 'women', (r) => r.year === '2022' && r.sex === 'women');
    check('municipality', '0380', '2024', 'sex', 'men', (r) => r.year === '2024' && r.municipality === '0380' && r.sex === 'men');
    expect(file.simulated).toBe(true);
    expect({ valueType: file.valueType, intervalLevel: file.intervalLevel, countOf: file.countOf }).toEqual({ valueType: 'survey-proportion', intervalLevel: 95, countOf: 'respondents' });
    expect(file.periods).toEqual(['2022', '2024']);
    expect(file.levels).toEqual(['county', 'municipality', 'deso']);
  });

  it(`withholds every cell under ${MIN} respondents and enough others that none can be worked out by subtraction`, () => {
    const v = file.values;
    let suppressed = 0;
    for (let i = 0; i < v.area.length; i++) {
      if (v.status[i] === 'ok') expect(v.n[i]).toBeGreaterThanOrEqual(MIN);
      else {
        expect([v.status[i], v.value[i], v.ciLow[i], v.ciHigh[i], v.n[i]]).toEqual(['suppressed', null, null, null, null]);
        suppressed++;
      }
    }
    // About 40 respondents per DeSO and year: many DeSO cells are small, the rule is exercised.
    expect(suppressed).toBeGreaterThan(100);
    // The groups written out independently of the build: sex within each area, areas within their parent.
    const areasOf = (level: string) => catalog.areas.filter((a) => a.level === level);
    const key = (level: string, area: string, b: string, c: string) => `${level}|${area}|${b}|${c}`;
    const slices = [['total', 'total'], ['sex', 'women'], ['sex', 'men']] as const;
    const groups = [
      ...catalog.areas.map((a) => ({ total: key(a.level, a.code, 'total', 'total'), parts: [key(a.level, a.code, 'sex', 'women'), key(a.level, a.code, 'sex', 'men')] })),
      ...slices.flatMap(([b, c]) => [
        { total: key('county', '03', b, c), parts: areasOf('municipality').map((m) => key('municipality', m.code, b, c)) },
        ...areasOf('municipality').map((m) => ({ total: key('municipality', m.code, b, c), parts: areasOf('deso').filter((d) => d.parent === m.code).map((d) => key('deso', d.code, b, c)) })),
      ]),
    ];
    for (const { period, existing, withheld } of cellsByPeriod(file)) {
      expect(existing.size).toBe((1 + 8 + 238) * 3);
      expect(findRecoverableCells(withheld, existing, groups), period).toEqual([]);
    }
  });

  it('gives the same bytes from the same respondents stored as Parquet', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT * FROM read_csv('${csv}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
    const result = await buildRoot(exampleWithMicrodata('parquet', parquet), join(temp, 'root-parquet'));
    expect(result.written).toBe(true);
    expect(readFileSync(join(temp, 'root-parquet/indicators/daily-exercise.json'), 'utf8')).toBe(readFileSync(join(temp, 'root-csv/indicators/daily-exercise.json'), 'utf8'));
  });

  it('refuses answers that are not yes/no, naming the file and column', async () => {
    const bad = join(temp, 'bad.csv');
    writeFileSync(bad, readFileSync(csv, 'utf8').replace(/,1\n/, ',maybe\n'));
    await expect(buildRoot(exampleWithMicrodata('bad', bad), join(temp, 'root-bad'))).rejects.toThrow(/bad\.csv: 1 answer\(s\) in column "exercises" \(daily-exercise\) are not 1\/0, true\/false or empty/);
  });
});

describe('a cross-breakdown (sex × education) from microdata', () => {
  const people = respondents(20_000);
  const education = ['primary', 'secondary', 'tertiary'];
  const educationOf = (i: number) => education[(i * 7) % 3]!;
  const text = (sv: string, en: string) => ({ sv, en });
  let file: IndicatorFile;
  let catalog: Catalog;

  beforeAll(async () => {
    const csv = join(temp, 'survey-cross.csv');
    writeFileSync(csv, `county,municipality,deso,year,sex,education,weight,exercises\n${people.map((r, i) => `03,${r.municipality},${r.deso},${r.year},${r.sex},${educationOf(i)},${r.weight},${r.answer}`).join('\n')}\n`);
    const config = exampleWithMicrodata('cross', csv, (c) => {
      c.breakdowns.push({ id: 'education', title: text('Utbildning', 'Education'), categories: education.map((id) => ({ id, title: text(id, id) })) });
      // The cross-breakdown is not listed: the catalogue gets it made from its parts.
      c.microdata[0].breakdowns.education = 'education';
      c.microdata[0].crossBreakdowns = ['sex*education'];
    });
    const result = await buildRoot(config, join(temp, 'root-cross'));
    expect(result.report.errors).toEqual([]);
    expect(result.written).toBe(true);
    file = JSON.parse(readFileSync(join(temp, 'root-cross/indicators/daily-exercise.json'), 'utf8'));
    catalog = JSON.parse(readFileSync(join(temp, 'root-cross/catalog.json'), 'utf8'));
  }, 60_000);

  it('estimates every sex × education cell of the county with src/stats, and lists the cross-breakdown', () => {
    expect(file.breakdowns).toEqual(['sex', 'education', 'sex*education']);
    expect(catalog.breakdowns.map((b) => b.id)).toEqual(['sex', 'education', 'sex*education']);
    const crossEntry = catalog.breakdowns[2]!;
    expect(crossEntry.title).toEqual({ sv: 'Kön × Utbildning', en: 'Sex × Education' });
    expect(crossEntry.categories[0]).toEqual({ id: 'women*primary', title: { sv: 'Kvinnor, primary', en: 'Women, primary' } });
    const answers = people.map((r) => (r.answer === '' ? null : r.answer === '1'));
    const weights = people.map((r) => r.weight);
    const v = file.values;
    for (const sex of ['women', 'men']) {
      for (const e of education) {
        const i = v.area.findIndex((a, k) => a === '03' && v.period[k] === '2024' && v.breakdown[k] === 'sex*education' && v.category[k] === `${sex}*${e}`);
        const expected = weightedProportion(answers, weights, people.flatMap((r, j) => (r.year === '2024' && r.sex === sex && educationOf(j) === e ? [j] : [])));
        expect(v.n[i]).toBe(expected.n);
        expect(v.value[i]).toBeCloseTo(100 * expected.proportion, 9);
      }
    }
  });

  it('leaves no withheld cell that the marginals (sex, education) and the areas give away by subtraction', () => {
    const key = (level: string, area: string, b: string, c: string) => `${level}|${area}|${b}|${c}`;
    const cross = ['women', 'men'].flatMap((sex) => education.map((e) => [sex, e] as const));
    const slices: [string, string][] = [['total', 'total'], ['sex', 'women'], ['sex', 'men'], ...education.map((e): [string, string] => ['education', e]), ...cross.map(([sex, e]): [string, string] => ['sex*education', `${sex}*${e}`])];
    const areasOf = (level: string) => catalog.areas.filter((a) => a.level === level);
    const groups = [
      ...catalog.areas.flatMap((a) => [
        { total: key(a.level, a.code, 'total', 'total'), parts: ['women', 'men'].map((sex) => key(a.level, a.code, 'sex', sex)) },
        { total: key(a.level, a.code, 'total', 'total'), parts: education.map((e) => key(a.level, a.code, 'education', e)) },
        ...['women', 'men'].map((sex) => ({ total: key(a.level, a.code, 'sex', sex), parts: education.map((e) => key(a.level, a.code, 'sex*education', `${sex}*${e}`)) })),
        ...education.map((e) => ({ total: key(a.level, a.code, 'education', e), parts: ['women', 'men'].map((sex) => key(a.level, a.code, 'sex*education', `${sex}*${e}`)) })),
      ]),
      ...slices.flatMap(([b, c]) => [
        { total: key('county', '03', b, c), parts: areasOf('municipality').map((m) => key('municipality', m.code, b, c)) },
        ...areasOf('municipality').map((m) => ({ total: key('municipality', m.code, b, c), parts: areasOf('deso').filter((d) => d.parent === m.code).map((d) => key('deso', d.code, b, c)) })),
      ]),
    ];
    for (const { period, existing, withheld } of cellsByPeriod(file)) {
      expect([...withheld].some((k) => k.includes('|sex*education|'))).toBe(true);
      expect(findRecoverableCells(withheld, existing, groups), period).toEqual([]);
    }
  });
});
