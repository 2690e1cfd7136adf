/**
 * The real indicators, computed from SCB tables for all 290 municipalities, the 21 counties and
 * Sweden. Each data root then keeps the areas it shows.
 *
 * Aggregates are published only where they are honest:
 *  - counts (population, persons with post-secondary education) are summed exactly;
 *  - turnout for a county or Sweden is the mean of the municipal percentages weighted by eligible
 *    voters. The municipal figures are rounded to whole percent in the source, so the aggregate is
 *    approximate (off by at most 0.5 points) and is published with one decimal and said to be so;
 *  - a median cannot be built from municipal medians, so median income has no county or country value.
 */
import type { LocalizedText } from '../../../src/schema/types.js';
import { AGE_10Y, AGE_5Y_BANDS, AGE_TURNOUT, EDUCATION, SEX, SOURCES, UNITS } from '../meta.js';
import type { MunicipalityRegister } from '../lib/municipalities.js';
import { type SourceDir, UniqueKeys } from '../lib/sources.js';
import { ValueTable, registerCell, round } from '../lib/values.js';
import type { IndicatorDefinition } from '../indicator.js';

const t = (sv: string, en: string): LocalizedText => ({ sv, en });
const SEX_IDS: Record<string, string> = { kvinnor: 'women', män: 'men' };

/** Adds a count to a running total keyed by area and cell. */
class Sums {
  readonly map = new Map<string, number>();
  add(key: string, value: number): void {
    this.map.set(key, (this.map.get(key) ?? 0) + value);
  }
  get(key: string): number {
    return this.map.get(key) ?? 0;
  }
}

/** Every area with an exact aggregate: Sweden, the counties and the municipalities. */
function allAreas(register: MunicipalityRegister): [string, string][] {
  return [
    ['country', 'SE'],
    ...register.counties().map((c): [string, string] => ['county', c.code]),
    ...register.all.map((m): [string, string] => ['municipality', m.code]),
  ];
}

/** Codes a municipality's values roll up into: its county and Sweden. */
function rollUps(county: string): [string, string][] {
  return [['county', county], ['country', 'SE']];
}

// --- Voter turnout -------------------------------------------------------------------------------

const TURNOUT_AGE: Record<string, string> = { '18-29 år': '18-29', '30-49 år': '30-49', '50-64 år': '50-64', '65+ år': '65+', 'samtliga åldrar': 'total' };
const TURNOUT_EDUCATION: Record<string, string> = {
  'förgymnasial utbildning': 'pre-secondary',
  'gymnasial utbildning': 'secondary',
  'eftergymnasial utbildning': 'post-secondary',
  'samtliga utbildningsnivåer': 'total',
};

export function voterTurnout(sources: SourceDir, register: MunicipalityRegister): IndicatorDefinition {
  const table = new ValueTable();
  const weighted = new Sums();
  const eligible = new Sums();
  const cellKeys: string[] = [];
  // An aggregate with a member missing would be a different population: it is not published.
  const incomplete = new Set<string>();
  const read = (file: string, column: string, groups: Record<string, string>, breakdown: string) => {
    const path = `scb-valdeltagande-2018-2022/${file}`;
    const keys = new UniqueKeys();
    const seen = new Set<string>();
    for (const row of sources.csv(path, ['kommunkod', 'kommun', 'kon', column, 'ar', 'rostberattigade', 'valdeltagande_procent'])) {
      const m = register.fromCode(row, 'kommunkod', 'kommun');
      const sex = row.oneOf('kon', ['män', 'kvinnor', 'totalt']);
      const group = groups[row.oneOf(column, Object.keys(groups))]!;
      const year = row.oneOf('ar', ['2018', '2022']);
      keys.add(row, m.code, sex, group, year);
      seen.add(m.code);
      const votersRaw = row.numberOrMissing('rostberattigade');
      const percent = row.numberOrMissing('valdeltagande_procent');
      if (votersRaw !== null && (!Number.isInteger(votersRaw) || votersRaw < 0)) row.fail(`rostberattigade ${votersRaw} is not a count`);
      if (percent !== null && (percent < 0 || percent > 100)) row.fail(`valdeltagande_procent ${percent} is not a percentage`);
      // Published cells: the total, each sex over all groups, and each group for both sexes.
      let cell: [string, string] | null = null;
      if (sex === 'totalt' && group === 'total') cell = breakdown === 'age-turnout' ? ['total', 'total'] : null;
      else if (sex !== 'totalt' && group === 'total') cell = breakdown === 'age-turnout' ? ['sex', SEX_IDS[sex]!] : null;
      else if (sex === 'totalt') cell = [breakdown, group];
      if (!cell) continue;
      if (percent === null || votersRaw === null) {
        table.add({ ...registerCell('municipality', m.code, year, cell[0], cell[1], 0, votersRaw), value: null, status: 'not-collected' });
      } else {
        table.add(registerCell('municipality', m.code, year, cell[0], cell[1], percent, votersRaw));
      }
      for (const [level, code] of rollUps(m.county)) {
        const key = `${level}|${code}|${year}|${cell[0]}|${cell[1]}`;
        if (!weighted.map.has(key)) cellKeys.push(key);
        if (percent === null || votersRaw === null) incomplete.add(key);
        else {
          weighted.add(key, votersRaw * percent);
          eligible.add(key, votersRaw);
        }
      }
    }
    register.requireAll(sources.display(path), seen);
  };
  read('valdeltagande_kon_alder.csv', 'aldersgrupp', TURNOUT_AGE, 'age-turnout');
  read('valdeltagande_kon_utbildning.csv', 'utbildningsniva', TURNOUT_EDUCATION, 'education');
  for (const key of cellKeys) {
    const [level, area, period, breakdown, category] = key.split('|') as [string, string, string, string, string];
    if (incomplete.has(key)) {
      table.add({ ...registerCell(level, area, period, breakdown, category, 0, null), value: null, status: 'not-collected' });
    } else {
      table.add(registerCell(level, area, period, breakdown, category, round(weighted.get(key) / eligible.get(key), 1), eligible.get(key)));
    }
  }
  return {
    id: 'voter-turnout',
    title: t('Valdeltagande i riksdagsvalet', 'Turnout in the general election'),
    description: t(
      'Andel av de röstberättigade som röstade i valet till riksdagen.',
      'Share of those entitled to vote who voted in the election to the Riksdag.',
    ),
    method: t(
      'Kommunernas andelar är SCB:s, avrundade till hela procent. Läns- och riksvärden är kommunernas andelar vägda med antalet röstberättigade; eftersom kommunvärdena är avrundade är de ungefärliga (högst ±0,5 procentenheter). Antal (n) är röstberättigade. SCB redovisar inte 2022 för Oxelösund, Vaggeryd och Klippan (”..”); deras celler har status ”not-collected”, och läns- och riksvärden för 2022 som skulle behöva dem publiceras inte. Registeruppgifter, inget konfidensintervall.',
      "Municipal shares are Statistics Sweden's, rounded to whole percent. County and national values are the municipal shares weighted by the number of eligible voters; because the municipal values are rounded they are approximate (within ±0.5 percentage points). The count (n) is eligible voters. Statistics Sweden gives no 2022 figures for Oxelösund, Vaggeryd and Klippan (\"..\"); their cells have status \"not-collected\", and the 2022 county and national values that would need them are not published. Register data, no confidence interval.",
    ),
    theme: 'living-conditions',
    // SCB's municipal figures are whole percent: showing a decimal would suggest false precision.
    unit: UNITS.percentWhole,
    polarity: 'higher-is-better',
    source: SOURCES.turnout,
    simulated: false,
    periods: ['2018', '2022'],
    breakdowns: ['sex', AGE_TURNOUT.id, EDUCATION.id],
    levels: ['country', 'county', 'municipality'],
    values: table,
  };
}

// --- Post-secondary education ----------------------------------------------------------------------

const EDUCATION_LEVELS = {
  'förgymnasial utbildning kortare än 9 år': false,
  'förgymnasial utbildning, 9 (10) år': false,
  'gymnasial utbildning, högst 2 år': false,
  'gymnasial utbildning, 3 år': false,
  'eftergymnasial utbildning, mindre än 3 år': true,
  'eftergymnasial utbildning, 3 år eller mer': true,
  forskarutbildning: true,
  'uppgift om utbildningsnivå saknas': false,
} as const;
const EDUCATION_AGES = ['16-24 år', '25-34 år', '35-44 år', '45-54 år', '55-64 år', '65-74 år', '75-84 år', '85-94 år', '95+ år'];

export function postSecondaryEducation(sources: SourceDir, register: MunicipalityRegister): IndicatorDefinition {
  const path = 'scb-kommun-2018-2019/SCB_utbildningsniva.csv';
  const persons = new Sums();
  const educated = new Sums();
  const keys = new UniqueKeys();
  const seen = new Set<string>();
  for (const row of sources.csv(path, ['region', 'utbildningsnivå', 'ålder', 'kön', 'X2019'])) {
    const m = register.fromName(row, 'region');
    const level = row.oneOf('utbildningsnivå', Object.keys(EDUCATION_LEVELS) as (keyof typeof EDUCATION_LEVELS)[]);
    const age = row.oneOf('ålder', EDUCATION_AGES);
    const sex = SEX_IDS[row.oneOf('kön', ['män', 'kvinnor'])]!;
    keys.add(row, m.name, level, age, sex);
    const count = row.count('X2019');
    seen.add(m.code);
    const band = age.replace(' år', '');
    if (!AGE_10Y.categories.some((c) => c.id === band)) continue; // the indicator covers ages 25–64
    for (const [lvl, code] of [['municipality', m.code] as [string, string], ...rollUps(m.county)]) {
      for (const cell of ['total|total', `sex|${sex}`, `age-10y|${band}`]) {
        persons.add(`${lvl}|${code}|${cell}`, count);
        if (EDUCATION_LEVELS[level]) educated.add(`${lvl}|${code}|${cell}`, count);
      }
    }
  }
  register.requireAll(sources.display(path), seen);
  const table = new ValueTable();
  for (const [level, code] of allAreas(register)) {
    for (const cell of ['total|total', ...SEX.categories.map((c) => `sex|${c.id}`), ...AGE_10Y.categories.map((c) => `age-10y|${c.id}`)]) {
      const key = `${level}|${code}|${cell}`;
      const [breakdown, category] = cell.split('|') as [string, string];
      table.add(registerCell(level, code, '2019', breakdown, category, round((100 * educated.get(key)) / persons.get(key), 1), persons.get(key)));
    }
  }
  return {
    id: 'post-secondary-education',
    title: t('Eftergymnasial utbildning', 'Post-secondary education'),
    description: t(
      'Andel av befolkningen 25–64 år med eftergymnasial utbildning (kortare eller längre, inklusive forskarutbildning).',
      'Share of the population aged 25–64 with post-secondary education (short or long, including doctoral studies).',
    ),
    method: t(
      'Antal personer med eftergymnasial utbildning delat med alla personer i åldern (även de utan uppgift om utbildning), 2019. Läns- och riksvärden är summor av kommunernas antal, alltså exakta. Antal (n) är befolkningen i gruppen.',
      'Number of people with post-secondary education divided by everyone of that age (including those whose education is unknown), 2019. County and national values are sums of the municipal counts, so they are exact. The count (n) is the population in the group.',
    ),
    theme: 'living-conditions',
    unit: UNITS.percent,
    polarity: 'higher-is-better',
    source: SOURCES.education,
    simulated: false,
    periods: ['2019'],
    breakdowns: ['sex', AGE_10Y.id],
    levels: ['country', 'county', 'municipality'],
    values: table,
  };
}

// --- Median income ---------------------------------------------------------------------------------

export function medianIncome(sources: SourceDir, register: MunicipalityRegister): IndicatorDefinition {
  const path = 'scb-kommun-2018-2019/SCB_inkomster.csv';
  const table = new ValueTable();
  const keys = new UniqueKeys();
  const seen = new Set<string>();
  for (const row of sources.csv(path, ['region', 'kön', 'ålder', 'MedTyp', 'X2018'])) {
    const m = register.fromName(row, 'region');
    const sex = row.oneOf('kön', ['män', 'kvinnor', 'totalt']);
    const age = row.oneOf('ålder', ['16-19 år', '20-24 år', 'totalt 16+ år', 'totalt 20+ år']);
    const measure = row.oneOf('MedTyp', ['Medelvärde', 'Median']);
    keys.add(row, m.name, sex, age, measure);
    const value = row.number('X2018');
    seen.add(m.code);
    if (measure !== 'Median' || age !== 'totalt 20+ år') continue;
    table.add(registerCell('municipality', m.code, '2018', sex === 'totalt' ? 'total' : 'sex', sex === 'totalt' ? 'total' : SEX_IDS[sex]!, value, null));
  }
  register.requireAll(sources.display(path), seen);
  return {
    id: 'median-income',
    title: t('Medianinkomst', 'Median income'),
    description: t(
      'Medianen av sammanräknad förvärvsinkomst för invånare 20 år och äldre, tusen kronor per år, 2018.',
      'Median total earned income of residents aged 20 and over, thousand kronor a year, 2018.',
    ),
    method: t(
      'SCB:s median per kommun, oförändrad. En median för länet eller riket kan inte räknas fram ur kommunernas medianer, så sådana värden publiceras inte. Inkomstbegreppet anges inte i källfilen; troligen sammanräknad förvärvsinkomst (HE0110).',
      "Statistics Sweden's median per municipality, unchanged. A county or national median cannot be derived from municipal medians, so none is published. The source file does not name the income concept; it is most likely total earned income (HE0110).",
    ),
    theme: 'living-conditions',
    unit: UNITS.thousandKronor,
    polarity: 'higher-is-better',
    source: SOURCES.income,
    simulated: false,
    periods: ['2018'],
    breakdowns: ['sex'],
    levels: ['municipality'],
    values: table,
  };
}

// --- Population ------------------------------------------------------------------------------------

function ageBand5(age: number): string {
  return age >= 95 ? '95+' : `${Math.floor(age / 5) * 5}-${Math.floor(age / 5) * 5 + 4}`;
}

/** Population by municipality, sex and single year of age: the survey generator uses it too. */
export interface PopulationTable {
  /** code → sex → age (0–100, 100 = 100+) → persons */
  counts: Map<string, Record<'women' | 'men', number[]>>;
}

export function readPopulation(sources: SourceDir, register: MunicipalityRegister): PopulationTable {
  const path = 'scb-kommun-2018-2019/SCB_alderkon.csv';
  const keys = new UniqueKeys();
  const counts = new Map<string, Record<'women' | 'men', number[]>>();
  for (const row of sources.csv(path, ['region', 'ålder', 'kön', 'X2019'])) {
    const m = register.fromName(row, 'region');
    const age = row.count('ålder');
    if (age > 100) row.fail(`ålder ${age} is above 100 (100 means 100+)`);
    const sex = SEX_IDS[row.oneOf('kön', ['män', 'kvinnor'])] as 'women' | 'men';
    keys.add(row, m.name, String(age), sex);
    let entry = counts.get(m.code);
    if (!entry) counts.set(m.code, (entry = { women: new Array<number>(101).fill(0), men: new Array<number>(101).fill(0) }));
    entry[sex][age] = row.count('X2019');
  }
  register.requireAll(sources.display(path), new Set(counts.keys()));
  return { counts };
}

export function population(register: MunicipalityRegister, people: PopulationTable): IndicatorDefinition {
  const sums = new Sums();
  for (const m of register.all) {
    const entry = people.counts.get(m.code)!;
    for (const sex of ['women', 'men'] as const) {
      entry[sex].forEach((count, age) => {
        for (const [level, code] of [['municipality', m.code] as [string, string], ...rollUps(m.county)]) {
          for (const cell of ['total|total', `sex|${sex}`, `sex*age-5y|${sex}*${ageBand5(age)}`]) sums.add(`${level}|${code}|${cell}`, count);
        }
      });
    }
  }
  const table = new ValueTable();
  const cells = ['total|total', 'sex|women', 'sex|men', ...['women', 'men'].flatMap((sex) => AGE_5Y_BANDS.map((band) => `sex*age-5y|${sex}*${band}`))];
  for (const [level, code] of allAreas(register)) {
    for (const cell of cells) {
      const [breakdown, category] = cell.split('|') as [string, string];
      table.add(registerCell(level, code, '2019', breakdown, category, sums.get(`${level}|${code}|${cell}`), null));
    }
  }
  return {
    id: 'population',
    title: t('Befolkning', 'Population'),
    description: t('Folkbokförda invånare den 31 december 2019, efter kön och ålder.', 'Registered residents on 31 December 2019, by sex and age.'),
    method: t(
      'Antal personer enligt SCB:s befolkningsstatistik, summerade från ettårsklasser till femårsklasser (95+ omfattar 95 år och äldre). Läns- och riksvärden är summor av kommunerna.',
      "Number of people in Statistics Sweden's population statistics, summed from single years of age into five-year bands (95+ covers 95 and older). County and national values are sums of the municipalities.",
    ),
    theme: 'population',
    unit: UNITS.persons,
    polarity: 'neutral',
    source: SOURCES.population,
    simulated: false,
    periods: ['2019'],
    breakdowns: ['sex', 'sex*age-5y'],
    levels: ['country', 'county', 'municipality'],
    values: table,
  };
}
