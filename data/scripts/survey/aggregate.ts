/**
 * Turns survey microdata into published cells with the pipeline in `src/stats/`: weighted
 * proportions with Wilson intervals on Kish's effective sample size, unweighted counts, primary
 * suppression below `MIN_RESPONDENTS`, secondary suppression within every additive group, and
 * interval protection (no withheld value provably inside fewer than `MIN_PROTECTION_WIDTH` points).
 */
import type { LocalizedText, ValueRow } from '../../../src/schema/types.js';
import { roundEstimate, weightedProportion } from '../../../src/stats/proportion.js';
import { loadLinearSolver, protectIntervals, type WeightedCell } from '../../../src/stats/interval-protection.js';
import type { AdditiveGroup } from '../../../src/stats/suppression.js';
import { ValueTable } from '../lib/values.js';
import type { IndicatorDefinition } from '../indicator.js';
import { AGE_SURVEY, EDUCATION, SEX, SOURCES, UNITS } from '../meta.js';
import { MIN_PROTECTION_WIDTH, MIN_RESPONDENTS, POOLED_PERIODS, type SurveyQuestion } from './model.js';
import type { Microdata } from './simulate.js';
import { isPooledPeriod, protectionUnits, stadsdelGroups, withStadsdelar } from './pooled.js';

/** The breakdowns published for every area: id → category of a respondent. */
const BREAKDOWNS: { id: string; categories: string[]; of: (data: Microdata, i: number) => string }[] = [
  { id: 'total', categories: ['total'], of: () => 'total' },
  { id: SEX.id, categories: SEX.categories.map((c) => c.id), of: (d, i) => d.sex[i]! },
  { id: AGE_SURVEY.id, categories: AGE_SURVEY.categories.map((c) => c.id), of: (d, i) => d.age[i]! },
  { id: EDUCATION.id, categories: EDUCATION.categories.map((c) => c.id), of: (d, i) => d.education[i]! },
];

/** A cell's identity within one indicator and year. */
export const cellKey = (level: string, area: string, breakdown: string, category: string) => `${level}|${area}|${breakdown}|${category}`;

/** An older division of Stockholm's districts, published for the survey years it was in force. */
export interface OlderDivision {
  level: 'district-2007' | 'district-2020';
  years: readonly string[];
  areas: readonly string[];
  /** 2023 district → the older districts it is made of (every older district lies in one). */
  within: ReadonlyMap<string, readonly string[]>;
  /** Which respondents' district in this division. */
  of: (data: Microdata, i: number) => string | null;
}

/** How one year's table is laid out: which areas, and which older divisions are in force. */
export interface SurveyLayout {
  municipalities: readonly string[];
  districts: readonly string[];
  older: readonly OlderDivision[];
  /** Stockholm's inhabited stadsdelar and their 2023 district (published in pooled periods). */
  stadsdelar: readonly { code: string; district: string }[];
  /** Stadsdelar assumed uninhabited: nobody sampled, published as not collected. */
  emptyStadsdelar: readonly string[];
}

/** Older divisions are published with the total and by sex only (they are for trends, not detail). */
const OLDER_BREAKDOWNS = BREAKDOWNS.slice(0, 2);

const olderInForce = (layout: SurveyLayout, year: string) => layout.older.filter((d) => d.years.includes(year));

/**
 * The additive groups of one year's table: breakdowns within areas, areas within their parent,
 * and — when an older division is published for the year — its districts within Stockholm city
 * and within the 2023 district they make up (a 2023 district identical to an older one forms a
 * group of two, so the same cell is never published under one code and withheld under the other).
 */
export function additiveGroups(layout: SurveyLayout, year: string, question?: string): AdditiveGroup[] {
  const { municipalities, districts } = layout;
  const groups: AdditiveGroup[] = [];
  const areaGroups = (level: string, areas: readonly string[], breakdowns: typeof BREAKDOWNS) => {
    for (const area of areas) {
      for (const b of breakdowns.slice(1)) {
        groups.push({ total: cellKey(level, area, 'total', 'total'), parts: b.categories.map((c) => cellKey(level, area, b.id, c)) });
      }
    }
  };
  areaGroups('county', ['01'], BREAKDOWNS);
  areaGroups('municipality', municipalities, BREAKDOWNS);
  areaGroups('district-2023', districts, BREAKDOWNS);
  for (const b of BREAKDOWNS) {
    for (const c of b.categories) {
      groups.push({ total: cellKey('county', '01', b.id, c), parts: municipalities.map((m) => cellKey('municipality', m, b.id, c)) });
      groups.push({ total: cellKey('municipality', '0180', b.id, c), parts: districts.map((d) => cellKey('district-2023', d, b.id, c)) });
    }
  }
  for (const division of olderInForce(layout, year)) {
    areaGroups(division.level, division.areas, OLDER_BREAKDOWNS);
    for (const b of OLDER_BREAKDOWNS) {
      for (const c of b.categories) {
        groups.push({ total: cellKey('municipality', '0180', b.id, c), parts: division.areas.map((d) => cellKey(division.level, d, b.id, c)) });
        for (const [district, parts] of division.within) {
          groups.push({ total: cellKey('district-2023', district, b.id, c), parts: parts.map((d) => cellKey(division.level, d, b.id, c)) });
        }
      }
    }
  }
  if (question !== undefined && withStadsdelar(question, year)) groups.push(...stadsdelGroups(layout));
  return groups;
}

/** The solver for interval protection, loaded once for the build (WebAssembly compiles asynchronously). */
const solver = await loadLinearSolver();

/** Every cell of one question's table in one year, by key, with its estimate (before suppression). */
export function estimateYear(data: Microdata, question: string, layout: SurveyLayout): Map<string, ReturnType<typeof weightedProportion>> {
  const answers = data.answers[question]!;
  const older = olderInForce(layout, data.year);
  const members = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    let list = members.get(key);
    if (!list) members.set(key, (list = []));
    list.push(i);
  };
  for (let i = 0; i < data.weight.length; i++) {
    for (const b of BREAKDOWNS) {
      const category = b.of(data, i);
      add(cellKey('county', '01', b.id, category), i);
      add(cellKey('municipality', data.municipality[i]!, b.id, category), i);
      if (data.district[i]) add(cellKey('district-2023', data.district[i]!, b.id, category), i);
    }
    if (data.stadsdel[i]) add(cellKey('stadsdel', data.stadsdel[i]!, 'total', 'total'), i);
    for (const division of older) {
      const district = division.of(data, i);
      if (district) for (const b of OLDER_BREAKDOWNS) add(cellKey(division.level, district, b.id, b.of(data, i)), i);
    }
  }
  const estimates = new Map<string, ReturnType<typeof weightedProportion>>();
  // A pooled period is for small areas and their comparisons: totals only.
  const full = isPooledPeriod(data.year) ? BREAKDOWNS.slice(0, 1) : BREAKDOWNS;
  const tables: [string, readonly string[], typeof BREAKDOWNS][] = [
    ['county', ['01'], full],
    ['municipality', layout.municipalities, full],
    ['district-2023', layout.districts, full],
    ...older.map((d): [string, readonly string[], typeof BREAKDOWNS] => [d.level, d.areas, OLDER_BREAKDOWNS]),
    ...(withStadsdelar(question, data.year) ? [['stadsdel', layout.stadsdelar.map((s) => s.code), BREAKDOWNS.slice(0, 1)] as [string, readonly string[], typeof BREAKDOWNS]] : []),
  ];
  for (const [level, areas, breakdowns] of tables) {
    for (const area of areas) {
      for (const b of breakdowns) {
        for (const c of b.categories) {
          const key = cellKey(level, area, b.id, c);
          estimates.set(key, weightedProportion(answers, data.weight, members.get(key) ?? []));
        }
      }
    }
  }
  return estimates;
}

/** What the interval audit needs of each cell: its weighted number of answers and true proportion. */
export function weightedCells(estimates: ReadonlyMap<string, ReturnType<typeof weightedProportion>>): Map<string, WeightedCell> {
  return new Map([...estimates].map(([key, e]) => [key, { weight: e.weight, proportion: e.proportion }]));
}

/**
 * Estimates and suppresses one question in the tables of one protection unit (a survey year, or a
 * pooled period with the years it pools); returns the published rows. The tables of a unit share
 * their linking cells (`linkingCells`: a pooled total is the sum of the years' totals), so each
 * table is protected with those cells given to the attacker exactly, and the build stops if one
 * of them ended up withheld (the tables could then not be audited one by one).
 */
export function aggregateUnit(tables: readonly Microdata[], question: string, layout: SurveyLayout): ValueRow[] {
  const exact = linkingCells(tables, question, layout);
  const rows: ValueRow[] = [];
  for (const data of tables) {
    const estimates = estimateYear(data, question, layout);
    const counts = new Map([...estimates].map(([key, e]) => [key, e.n]));
    const withheld = protectIntervals(solver, counts, weightedCells(estimates), additiveGroups(layout, data.year, question), {
      minimumCount: MIN_RESPONDENTS,
      minimumWidth: MIN_PROTECTION_WIDTH / 100,
      exact,
    });
    const linked = [...exact].filter((key) => withheld.has(key));
    if (linked.length > 0) throw new Error(`${question} ${data.year}: ${linked.join(', ')} withheld, but shared with a pooled period`);
    rows.push(...tableRows(data.year, estimates, withheld));
    if (!withStadsdelar(question, data.year)) continue;
    for (const area of layout.emptyStadsdelar) {
      rows.push({ level: 'stadsdel', area, period: data.year, breakdown: 'total', category: 'total', value: null, ciLow: null, ciHigh: null, n: null, status: 'not-collected' });
    }
  }
  return rows;
}

/** The published rows of one table: withheld cells empty, the others rounded. */
function tableRows(period: string, estimates: ReadonlyMap<string, ReturnType<typeof weightedProportion>>, withheld: ReadonlyMap<string, unknown>): ValueRow[] {
  const rows: ValueRow[] = [];
  for (const [key, estimate] of estimates) {
    const [level, area, breakdown, category] = key.split('|') as [string, string, string, string];
    const base = { level, area, period, breakdown, category };
    if (withheld.has(key)) {
      rows.push({ ...base, value: null, ciLow: null, ciHigh: null, n: null, status: 'suppressed' });
    } else {
      const [value, ciLow, ciHigh] = roundEstimate(100 * estimate.proportion, 100 * estimate.ciLow, 100 * estimate.ciHigh, 1);
      rows.push({ ...base, value, ciLow, ciHigh, n: estimate.n, status: 'ok' });
    }
  }
  return rows;
}

/**
 * The cells the tables of a protection unit share: every cell of a pooled period's table that
 * each year it pools has too (the totals of the county, the municipalities and the 2023
 * districts), as the pooled cell is, in weighted totals, exactly their sum. Empty for a single year.
 */
export function linkingCells(tables: readonly Microdata[], question: string, layout: SurveyLayout): Set<string> {
  if (tables.length < 2) return new Set();
  const keys = tables.map((data) => new Set(estimateYear(data, question, layout).keys()));
  return new Set([...keys[0]!].filter((key) => keys.every((set) => set.has(key))));
}

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

/** Method text shared by every simulated indicator. */
export const SURVEY_METHOD = t(
  `SIMULERADE DATA – inga verkliga svar. Svaren är dragna av en seedad slumpgenerator (Kollens data/scripts/survey) som efterliknar en folkhälsoenkät 18–84 år: urval per kommun och per stadsdelsområde i Stockholms stad, lägre svarsfrekvens bland unga och män, effekter av kön, ålder och utbildning, ett områdessamband med den verkliga andelen eftergymnasialt utbildade (SCB 2019) och antagna trender över tid. Svaren vägs till befolkningen 2019 efter kön och åldersgrupp inom varje kommun, Stockholms stad som helhet (poststratifiering; det finns ingen öppen befolkningsstatistik per stadsdelsområde). Andelen är vägd; 95 % konfidensintervall enligt Wilson med Kish effektiva urvalsstorlek. n är antalet svarande (ovägt). Celler med färre än ${MIN_RESPONDENTS} svarande visas inte, och fler celler döljs så att ingen dold cell kan räknas fram ur totalen och de övriga delarna (kön, ålder, utbildning; länet och kommunerna; Stockholms stad och stadsdelsområdena), och så att inget litet dolt värde kan ringas in i ett intervall smalare än ${MIN_PROTECTION_WIDTH} procentenheter. Stadsdelsområden anges i 2023 års indelning för alla år, och dessutom (totalt och efter kön) i den indelning som gällde vid enkäten: 14 stadsdelsområden 2010–2018 och 13 år 2021; svaranden fördelas då på stadsdelar inom sitt stadsdelsområde. Värden i olika indelningar ska inte jämföras som en tidsserie. För Stockholms 117 stadsdelar redovisas (i nio av de elva måtten, totalt) perioden 2014–2021: svaren från 2014, 2018 och 2021 tillsammans, eftersom ett enskilt år har för få svar per stadsdel; länet, kommunerna och stadsdelsområdena redovisas för samma period som jämförelse. Svaranden placeras i en stadsdel inom sitt stadsdelsområde efter antagna andelar (ingen öppen befolkningsstatistik per stadsdel finns), sju nästan obebodda stadsdelar har inga svarande, och svaren beror inte på stadsdelen: skillnader mellan stadsdelar i samma stadsdelsområde är slump. Skyddet mot uträkning gäller alla nivåer och perioder tillsammans.`,
  `SIMULATED DATA – no real responses. Answers are drawn by a seeded random generator (Kollen's data/scripts/survey) that mimics a public-health survey of ages 18–84: sampled by municipality and by Stockholm city district, with lower response among the young and men, effects of sex, age and education, an area pattern following the real share with post-secondary education (Statistics Sweden 2019) and assumed trends over time. Responses are weighted to the 2019 population by sex and age band within each municipality, Stockholm city as a whole (post-stratification; no open population figures exist by district). The share is weighted; 95 % confidence interval by Wilson with Kish's effective sample size. n is the number of respondents (unweighted). Cells with fewer than ${MIN_RESPONDENTS} respondents are withheld, and further cells are withheld so that no withheld cell can be worked out from the total and the other parts (sex, age, education; the county and its municipalities; Stockholm city and its districts), and so that no small withheld value can be narrowed to an interval of less than ${MIN_PROTECTION_WIDTH} percentage points. Districts are given in the 2023 division for every year and also (total and by sex) in the division in force at the time: 14 districts in 2010–2018 and 13 in 2021, with respondents placed in stadsdelar within their district. Values on different divisions are not one time series. For Stockholm's 117 stadsdelar (neighbourhoods; nine of the eleven measures, total only) the period 2014–2021 is given: the answers of 2014, 2018 and 2021 together, as a single year has too few per stadsdel; the county, the municipalities and the districts are given for the same period for comparison. Respondents are placed in a stadsdel within their district by assumed shares (no open population figures exist by stadsdel), seven hardly inhabited stadsdelar have no respondents, and answers do not depend on the stadsdel: differences between stadsdelar of one district are chance. The protection against working out withheld cells covers all levels and periods together.`,
);

/** The published indicator for one simulated question over all survey years. */
export function surveyIndicator(question: SurveyQuestion, years: readonly Microdata[], layout: SurveyLayout): IndicatorDefinition {
  const table = new ValueTable();
  const units = protectionUnits(years);
  for (const unit of units) for (const row of aggregateUnit(unit, question.id, layout)) table.add(row);
  const periods = units.flat().map((d) => d.year).sort();
  return {
    id: question.id,
    title: question.title,
    description: t(`${question.description.sv} Simulerade data, inga verkliga svar.`, `${question.description.en} Simulated data, no real responses.`),
    method: SURVEY_METHOD,
    theme: question.theme,
    unit: UNITS.percent,
    polarity: question.polarity,
    source: SOURCES.survey,
    simulated: true,
    levels: ['county', 'municipality', 'district-2023', ...layout.older.map((d) => d.level), ...(question.stadsdelar ? ['stadsdel'] : [])],
    periods,
    pooledPeriods: POOLED_PERIODS.filter((p) => periods.includes(p.period)).map((p) => ({ period: p.period, pooled: { ...p.pooled } })),
    breakdowns: [SEX.id, AGE_SURVEY.id, EDUCATION.id],
    values: table,
  };
}
