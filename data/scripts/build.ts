/**
 * `npm run data`: rebuilds every published file under `data/` from `data/sources/` only.
 *
 * The build is a pure function of the sources (`buildAll`), so a test can run it into a temporary
 * directory and compare hashes with the committed files; `publish` then swaps the files in
 * without leaving a half-written set behind. Bad source rows stop it with the file and line.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildStockholmGeography, type StockholmGeography } from './geo/stockholm.js';
import { buildSwedenGeography } from './geo/sweden.js';
import { STADSDEL_LEVEL, stadsdelAreas } from './geo/stadsdelar.js';
import { publishIndicator, type IndicatorDefinition, type RootPolicy } from './indicator.js';
import { MunicipalityRegister } from './lib/municipalities.js';
import { json, publish, type OutputFiles } from './lib/output.js';
import { withPreviews } from './previews/index.js';
import { CURRENT_RELEASE } from './release-notes.js';
import { ReleaseError, withReleases } from './releases.js';
import { SourceDir, SourceError } from './lib/sources.js';
import { similarMunicipalities } from './similar.js';
import { BREAKDOWNS, BUILD_DATE, LANGUAGES, STOCKHOLM_LEVELS, SWEDEN_LEVELS, THEMES } from './meta.js';
import { medianIncome, population, postSecondaryEducation, readPopulation, voterTurnout, type PopulationTable } from './real/scb.js';
import { surveyIndicator, type OlderDivision, type SurveyLayout } from './survey/aggregate.js';
import { QUESTIONS, SURVEY_YEARS } from './survey/model.js';
import { samplingAreas, simulateYear, type Microdata, type SimulationInputs } from './survey/simulate.js';
import { stadsdelLayout } from './survey/pooled.js';
import { SCHEMA_VERSION, type Area, type AreaLevel, type Catalog, type IndicatorSummary } from '../../src/schema/types.js';

/** `data/` in the repository. */
export const DATA_DIR = resolve(import.meta.dirname, '..');

/** Builds every published file from the sources in `sourcesDir`. */
export function buildAll(sourcesDir = join(DATA_DIR, 'sources')): OutputFiles {
  const sources = new SourceDir(sourcesDir);
  const files: OutputFiles = new Map();
  const register = new MunicipalityRegister(sources);
  const stockholm = buildStockholmGeography(sources);
  const sweden = buildSwedenGeography(sources);
  files.set('geo/stockholm.topo.json', json(stockholm.topology));
  files.set('sweden/geo/sweden.topo.json', json(sweden.topology));
  files.set('schema/kollen.schema.json', readFileSync(SCHEMA_FILE, 'utf8'));

  const people = readPopulation(sources, register);
  const real: IndicatorDefinition[] = [
    voterTurnout(sources, register),
    postSecondaryEducation(sources, register),
    medianIncome(sources, register),
    population(register, people),
  ];

  // Similar municipalities are chosen within each data root, among the municipalities it shows.
  const withSimilar = (municipalities: Area[]): Area[] => {
    const similar = similarMunicipalities(municipalities.map((m) => m.code), people, real[1]!, real[2]!);
    return municipalities.map((m) => ({ ...m, similar: similar.get(m.code)! }));
  };
  const inStockholm = new Set(stockholm.municipalities.map((m) => m.code));
  const simulated = simulatedSurvey(real[1]!, people, stockholm);
  // The county and the country have names in use in English; every other area keeps its own (Swedish) name.
  const stockholmAreas: Area[] = [
    { code: 'SE', name: 'Sverige', names: { en: 'Sweden' }, level: 'country' },
    { code: '01', name: 'Stockholms län', names: { en: 'Stockholm County' }, level: 'county', parent: 'SE' },
    ...withSimilar(stockholm.municipalities.map((m) => ({ code: m.code, name: m.name, level: 'municipality', parent: '01' }))),
    ...(['2023', '2020', '2007'] as const).flatMap((year) =>
      stockholm.districts[`districts-${year}`].map((d) => ({ code: d.code, name: d.name, level: `district-${year}`, parent: '0180' })),
    ),
    ...stadsdelAreas(stockholm.stadsdelar),
  ];
  const stockholmPolicy: RootPolicy = {
    levels: STOCKHOLM_LEVELS.map((l) => l.id),
    keep: (row) =>
      row.level === 'country' ||
      (row.level === 'county' && row.area === '01') ||
      (row.level === 'municipality' ? inStockholm.has(row.area) : row.level.startsWith('district-') || row.level === STADSDEL_LEVEL),
    references: [{ level: 'county', code: '01' }, { level: 'country', code: 'SE' }],
  };
  addRoot(files, '', catalogTitle('Stockholms län', 'Stockholm County'), STOCKHOLM_LEVELS, stockholmAreas, [...real, ...simulated], stockholmPolicy);

  const swedenAreas: Area[] = [
    { code: 'SE', name: 'Sverige', names: { en: 'Sweden' }, level: 'country' },
    ...register.counties().map((c) => ({ code: c.code, name: c.name, level: 'county', parent: 'SE' })),
    ...withSimilar(sweden.municipalities.map((m) => ({ code: m.code, name: m.name, level: 'municipality', parent: m.parent! }))),
  ];
  const swedenPolicy: RootPolicy = {
    levels: SWEDEN_LEVELS.map((l) => l.id),
    // The national file keeps pyramids for Sweden and the counties only: 290 municipal pyramids
    // would make population.json about 1 MB for a chart shown one area at a time.
    keep: (row) => ['country', 'county'].includes(row.level) || (row.level === 'municipality' && row.breakdown !== 'sex*age-5y'),
    references: [{ level: 'country', code: 'SE' }],
  };
  addRoot(files, 'sweden/', catalogTitle('Sverige', 'Sweden'), SWEDEN_LEVELS, swedenAreas, real, swedenPolicy);
  return files;
}

/** The simulated survey: microdata for every survey year, aggregated per question. */
function simulatedSurvey(education: IndicatorDefinition, people: PopulationTable, stockholm: StockholmGeography): IndicatorDefinition[] {
  const { years, layout } = surveyMicrodata(education, people, stockholm);
  return QUESTIONS.map((question) => surveyIndicator(question, years, layout));
}

/** The simulated survey's microdata and table layout, rebuilt from the sources (for the data tests' interval audit). */
export function surveyFromSources(sourcesDir = join(DATA_DIR, 'sources')): { years: Microdata[]; layout: SurveyLayout } {
  const sources = new SourceDir(sourcesDir);
  const register = new MunicipalityRegister(sources);
  return surveyMicrodata(postSecondaryEducation(sources, register), readPopulation(sources, register), buildStockholmGeography(sources));
}

function surveyMicrodata(education: IndicatorDefinition, people: PopulationTable, stockholm: StockholmGeography): { years: Microdata[]; layout: SurveyLayout } {
  const municipalities = stockholm.municipalities.map((m) => m.code).sort();
  const districts = stockholm.districts['districts-2023'].map((d) => d.code).sort();
  const share = (area: string, breakdown: string, category: string): number => {
    const row = education.values.all().find((r) => r.level === 'municipality' && r.area === area && r.breakdown === breakdown && r.category === category);
    return row!.value! / 100;
  };
  const inputs: SimulationInputs = {
    population: people.counts,
    postSecondary: new Map(
      municipalities.map((code) => [
        code,
        {
          total: share(code, 'total', 'total'),
          bands: { '25-34': share(code, 'age-10y', '25-34'), '35-44': share(code, 'age-10y', '35-44'), '45-54': share(code, 'age-10y', '45-54'), '55-64': share(code, 'age-10y', '55-64') },
        },
      ]),
    ),
    municipalities,
    districts,
    stadsdelar: stockholm.stadsdelar,
  };
  const areas = samplingAreas(inputs);
  const years = SURVEY_YEARS.map((year) => simulateYear(areas, year));
  const layout: SurveyLayout = {
    municipalities,
    districts,
    older: [
      olderDivision('district-2007', ['2010', '2014', '2018'], stockholm, (s) => s.code2007, (d, i) => d.district2007[i]!),
      olderDivision('district-2020', ['2021'], stockholm, (s) => s.code2020, (d, i) => d.district2020[i]!),
    ],
    ...stadsdelLayout(stockholm.stadsdelar),
  };
  return { years, layout };
}

/**
 * An older district division for the survey, with how its districts nest in the 2023 ones; fails
 * if one straddles two 2023 districts, since the suppression groups assume nesting.
 */
function olderDivision(
  level: OlderDivision['level'],
  years: string[],
  stockholm: StockholmGeography,
  code: (s: StockholmGeography['stadsdelar'][number]) => string,
  of: OlderDivision['of'],
): OlderDivision {
  const areas = stockholm.districts[level === 'district-2007' ? 'districts-2007' : 'districts-2020'].map((d) => d.code).sort();
  const parent = new Map<string, string>();
  for (const s of stockholm.stadsdelar) {
    const known = parent.get(code(s));
    if (known && known !== s.code2023) throw new Error(`${code(s)} lies in both ${known} and ${s.code2023}`);
    parent.set(code(s), s.code2023);
  }
  const within = new Map<string, string[]>();
  for (const area of areas) {
    const district = parent.get(area);
    if (!district) throw new Error(`${level} ${area} has no stadsdel in the lookup`);
    within.set(district, [...(within.get(district) ?? []), area]);
  }
  return { level, years, areas, within, of };
}

const SCHEMA_FILE = resolve(import.meta.dirname, '../../src/schema/kollen.schema.json');

function catalogTitle(sv: string, en: string): Catalog['title'] {
  return { sv: `Kollen – ${sv}`, en: `Kollen – ${en}` };
}

/** Writes one data root: its indicator files and its catalogue. */
function addRoot(
  files: OutputFiles,
  prefix: string,
  title: Catalog['title'],
  levels: AreaLevel[],
  areas: Area[],
  definitions: IndicatorDefinition[],
  policy: RootPolicy,
): void {
  const summaries: IndicatorSummary[] = [];
  for (const definition of definitions) {
    const published = publishIndicator(definition, policy);
    if (!published) continue;
    files.set(`${prefix}${published.summary.file}`, json(published.file));
    summaries.push(published.summary);
  }
  // A cross-breakdown (`sex*age-5y`) needs its parts too: widgets title its categories from them.
  const used = new Set(summaries.flatMap((s) => s.breakdowns.flatMap((id) => [id, ...id.split('*')])));
  const themes = new Set(summaries.map((s) => s.theme));
  const catalog: Catalog = {
    schemaVersion: SCHEMA_VERSION,
    languages: LANGUAGES,
    title,
    updated: BUILD_DATE,
    release: { id: CURRENT_RELEASE.id, date: CURRENT_RELEASE.date },
    themes: THEMES.filter((theme) => themes.has(theme.id)),
    levels,
    breakdowns: BREAKDOWNS.filter((b) => used.has(b.id)),
    areas,
    indicators: summaries,
  };
  files.set(`${prefix}catalog.json`, json(catalog, true));
}

/** Every published file of the current build, its pictures (`previews/`) included. */
export async function buildPublished(sourcesDir = join(DATA_DIR, 'sources')): Promise<OutputFiles> {
  return withPreviews(buildAll(sourcesDir));
}

/**
 * Builds from `sourcesDir` and publishes into `dataDir`. Everything is built in memory first, so a
 * bad source row stops the build before a single published file is touched.
 */
export async function runBuild(sourcesDir: string, dataDir: string): Promise<number> {
  // Earlier releases are read from (and the current one checked against) what `dataDir` publishes.
  const files = withReleases(await buildPublished(sourcesDir), dataDir, CURRENT_RELEASE);
  publish(dataDir, files);
  return files.size;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  try {
    const count = await runBuild(join(DATA_DIR, 'sources'), DATA_DIR);
    console.log(`data: ${count} files written in ${Date.now() - started} ms`);
  } catch (error) {
    if (error instanceof SourceError || error instanceof ReleaseError) {
      console.error(`data build stopped: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
