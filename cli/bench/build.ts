/**
 * `npm run bench:build`: 5 million generated respondents (Parquet) → a data root with `kollen build`,
 * timed, with the peak memory of the build process. The respondents live on the worked example's
 * areas (Uppsala County, its 8 municipalities and 238 DeSO areas): two survey years, sex and age
 * band, a weight, three yes/no questions with item non-response.
 *
 * Generation and build run as separate processes so the build's peak resident memory
 * (`process.resourceUsage().maxRSS`, DuckDB's native memory included) is the build's alone.
 * The generated file is cached in the system temp folder between runs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { csvParse } from 'd3-dsv';
import { buildRoot } from '../src/build.js';

const REPO = resolve(import.meta.dirname, '../..');
const EXAMPLE = join(REPO, 'examples/own-data');
const ROWS = Number(process.env.KOLLEN_BENCH_ROWS ?? 5_000_000);
const DATA = join(tmpdir(), `kollen-bench-respondents-${ROWS}.parquet`);

/** Writes the respondents with DuckDB itself: seeded by row number through `hash`, so always the same file. */
async function generate(): Promise<void> {
  const deso = csvParse(readFileSync(join(EXAMPLE, 'inputs/folkmangd-deso-2016.csv'), 'utf8')).map((r) => `'${r.region}'`);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  // One independent uniform draw per respondent and salt: hash() of a single distinct integer
  // (hash(i, salt) of two arguments gives correlated low bits).
  const draw = (salt: number) => `(hash(i * 64 + ${salt}) >> 16)`;
  const answer = (salt: number, percent: number) => `CASE WHEN ${draw(salt)} % 100 < 3 THEN NULL WHEN ${draw(salt + 1)} % 100 < ${percent} THEN 1 ELSE 0 END`;
  await connection.run(`
    COPY (
      SELECT '03' AS county, substr(code, 1, 4) AS municipality, code AS deso, year, sex, age, weight,
             ${answer(10, 40)} AS exercises, ${answer(20, 12)} AS smokes, ${answer(30, 70)} AS good_health
      FROM (
        SELECT i, [${deso.join(",")}][CAST(${draw(0)} % ${deso.length} AS BIGINT) + 1] AS code,
               CASE WHEN ${draw(1)} % 2 = 0 THEN '2022' ELSE '2024' END AS year,
               CASE WHEN ${draw(2)} % 2 = 0 THEN 'women' ELSE 'men' END AS sex,
               ['18-29', '30-44', '45-64', '65-84'][CAST(${draw(3)} % 4 AS BIGINT) + 1] AS age,
               0.25 + (${draw(4)} % 1000) / 400.0 AS weight
        FROM range(${ROWS}) AS t(i)
      )
    ) TO '${DATA}' (FORMAT parquet, ROW_GROUP_SIZE 122880)`);
  connection.closeSync();
  instance.closeSync();
}

const question = (id: string, sv: string, en: string, polarity: string) => `
- id: ${id}
  theme: habits
  simulated: true
  title: { sv: ${sv}, en: ${en} }
  description: { sv: Simulerade data för ett prestandatest., en: Simulated data for a benchmark. }
  method: { sv: SIMULERADE DATA. Vägd andel; Wilson på Kish effektiva n; färre än 30 svarande visas inte., en: SIMULATED DATA. Weighted share; Wilson on Kish's effective n; fewer than 30 respondents withheld. }
  unit: { kind: percent, symbol: { sv: '%', en: '%' }, label: { sv: andel (%), en: share (%) }, decimals: 1 }
  polarity: ${polarity}
  source: { name: { sv: Simulerad enkät, en: Simulated survey }, publisher: Kollen, licence: CC0 1.0 }
`;

/** The example's config with the generated microdata in place of its population table. */
function benchConfig(dir: string): string {
  cpSync(EXAMPLE, dir, { recursive: true });
  const config = JSON.parse(readFileSync(join(dir, 'kollen.config.json'), 'utf8'));
  const t = (sv: string, en: string) => ({ sv, en });
  config.themes = [{ id: 'habits', title: t('Levnadsvanor', 'Habits') }];
  config.breakdowns = [
    { id: 'sex', title: t('Kön', 'Sex'), categories: [{ id: 'women', title: t('Kvinnor', 'Women') }, { id: 'men', title: t('Män', 'Men') }] },
    { id: 'age', title: t('Ålder', 'Age'), categories: ['18-29', '30-44', '45-64', '65-84'].map((id) => ({ id, title: t(`${id} år`, `${id} years`) })) },
  ];
  config.tables = [];
  config.microdata = [{
    file: DATA,
    areas: { county: 'county', municipality: 'municipality', deso: 'deso' },
    period: 'year',
    weight: 'weight',
    breakdowns: { sex: 'sex', age: 'age' },
    answers: { 'daily-exercise': 'exercises', 'daily-smoking': 'smokes', 'good-health': 'good_health' },
    minRespondents: 30,
  }];
  writeFileSync(join(dir, 'kollen.config.json'), JSON.stringify(config, null, 1));
  writeFileSync(
    join(dir, 'indicators.yaml'),
    question('daily-exercise', 'Motionerar dagligen', 'Exercises daily', 'higher-is-better') +
      question('daily-smoking', 'Röker dagligen', 'Smokes daily', 'higher-is-worse') +
      question('good-health', 'Gott hälsotillstånd', 'Good health', 'higher-is-better'),
  );
  return join(dir, 'kollen.config.json');
}

const mode = process.argv[2];
if (mode === 'generate') {
  await generate();
} else if (mode === 'build') {
  const dir = process.argv[3]!;
  const started = performance.now();
  const result = await buildRoot(benchConfig(join(dir, 'config')), join(dir, 'root'));
  const seconds = (performance.now() - started) / 1000;
  const file = JSON.parse(readFileSync(join(dir, 'root/indicators/daily-exercise.json'), 'utf8'));
  const cells = file.values.status.length as number;
  const suppressed = (file.values.status as string[]).filter((s) => s === 'suppressed').length;
  console.log(JSON.stringify({ written: result.written, errors: result.report.errors.length, seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, cells, suppressed }));
} else {
  const script = fileURLToPath(import.meta.url);
  const tsx = join(REPO, 'node_modules/.bin/tsx');
  if (!existsSync(DATA)) {
    const started = performance.now();
    const run = spawnSync(tsx, [script, 'generate'], { stdio: 'inherit' });
    if (run.status !== 0) process.exit(1);
    console.log(`generated ${ROWS.toLocaleString('en')} respondents (${(statSync(DATA).size / 2 ** 20).toFixed(0)} MiB Parquet) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'kollen-bench-build-'));
  try {
    const load = loadavg()[0]!.toFixed(2);
    const run = spawnSync(tsx, [script, 'build', dir], { encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(run.stdout, run.stderr);
      process.exit(1);
    }
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    console.log(
      `kollen build: ${ROWS.toLocaleString('en')} respondents → data root in ${result.seconds.toFixed(1)} s, peak memory ${result.maxRssMiB.toFixed(0)} MiB ` +
        `(${result.cells} cells per indicator, ${result.suppressed} withheld; ${cpus().length} cores, load average ${load} at start)`,
    );
    const ok = result.written && result.errors === 0 && result.seconds <= 60 && result.maxRssMiB <= 4096;
    console.log(ok ? 'within the budget (≤ 60 s, ≤ 4 GiB)' : 'OVER the budget (≤ 60 s, ≤ 4 GiB), or the root did not validate');
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
