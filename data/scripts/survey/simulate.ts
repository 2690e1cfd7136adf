/**
 * A seeded, deterministic generator of respondent-level microdata for a simulated public-health
 * survey of Stockholm County (see `model.ts` for every assumption). Respondents are sampled per
 * municipality, and per district in Stockholm city, with realistic non-response by sex and age;
 * they are then weighted back to the real 2019 population (post-stratification by sex × age band
 * within each municipality, Stockholm city as a whole), exactly as a statistics office weights a
 * real survey.
 */
import { logit, expit, Random } from './random.js';
import {
  AGE_BANDS, AGE_RANGES, DISTRICT_LEVEL, EDUCATION_LEVELS, ITEM_NONRESPONSE, QUESTIONS, RESPONDENTS_BASE,
  RESPONDENTS_PER_ADULT, RESPONDENTS_PER_DISTRICT, RESPONSE_BY_AGE, RESPONSE_BY_SEX, RESPONSE_BY_YEAR, SEED, stadsdelShare,
} from './model.js';

const SEXES = ['women', 'men'] as const;
export type Sex = (typeof SEXES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** One survey year's microdata, column-wise. */
export interface Microdata {
  year: string;
  municipality: string[];
  /** District (2023 division) for Stockholm city respondents, otherwise null. */
  district: (string | null)[];
  /** The stadsdel a Stockholm city respondent lives in, otherwise null. */
  stadsdel: (string | null)[];
  /** The same respondent's district in the 2007–2020 and 2020–2023 divisions. */
  district2007: (string | null)[];
  district2020: (string | null)[];
  sex: Sex[];
  age: AgeBand[];
  education: EducationLevel[];
  weight: number[];
  /** question id → answer per respondent (null = question skipped). */
  answers: Record<string, (boolean | null)[]>;
}

/** What the generator needs to know about a sampling area. */
export interface SamplingArea {
  municipality: string;
  district: string | null;
  /** Adults 18–84 by sex and age band (the weighting targets). */
  population: Record<Sex, Record<AgeBand, number>>;
  /** Share with post-secondary education by age band, on the logit scale. */
  postSecondaryLogit: Record<AgeBand, number>;
  /** Socio-economic level, standardised across the county's municipalities. */
  level: number;
  /** For a district: its stadsdelar (map districts) with their codes in the older divisions. */
  stadsdelar: Stadsdel[];
}

/** A stadsdel and the stadsdelsområde it belongs to in each division. */
export interface Stadsdel {
  code: string;
  code2023: string;
  code2007: string;
  code2020: string;
}

/** Inputs from the real data: population by single year and education shares. */
export interface SimulationInputs {
  /** municipality code → sex → persons by single year of age (0–100). */
  population: Map<string, Record<Sex, number[]>>;
  /** municipality code → share (0–1) with post-secondary education, total and by 10-year band. */
  postSecondary: Map<string, { total: number; bands: Record<'25-34' | '35-44' | '45-54' | '55-64', number> }>;
  municipalities: string[];
  districts: string[];
  stadsdelar: Stadsdel[];
}

/** Sampling areas: the county's municipalities except 0180, and 0180's districts. */
export function samplingAreas(inputs: SimulationInputs): SamplingArea[] {
  const levels = inputs.municipalities.map((code) => logit(inputs.postSecondary.get(code)!.total));
  const mean = levels.reduce((s, x) => s + x, 0) / levels.length;
  const sd = Math.sqrt(levels.reduce((s, x) => s + (x - mean) ** 2, 0) / levels.length);
  const adults = (code: string, share: number) => {
    const people = inputs.population.get(code)!;
    const table = {} as Record<Sex, Record<AgeBand, number>>;
    for (const sex of SEXES) {
      table[sex] = {} as Record<AgeBand, number>;
      for (const band of AGE_BANDS) {
        const [from, to] = AGE_RANGES[band];
        table[sex][band] = people[sex].slice(from, to + 1).reduce((s, x) => s + x, 0) * share;
      }
    }
    return table;
  };
  const education = (code: string, shift: number): Record<AgeBand, number> => {
    const b = inputs.postSecondary.get(code)!.bands;
    const l = (p: number) => logit(p) + shift;
    // Young adults are still studying; the old were educated before the expansion of universities.
    return { '18-29': l(b['25-34']) - 0.6, '30-44': (l(b['25-34']) + l(b['35-44'])) / 2, '45-64': (l(b['45-54']) + l(b['55-64'])) / 2, '65-84': l(b['55-64']) - 0.4 };
  };
  const areas: SamplingArea[] = [];
  for (const code of inputs.municipalities) {
    const own = (logit(inputs.postSecondary.get(code)!.total) - mean) / sd;
    if (code !== '0180') {
      areas.push({ municipality: code, district: null, population: adults(code, 1), postSecondaryLogit: education(code, 0), level: own, stadsdelar: [] });
      continue;
    }
    for (const district of inputs.districts) {
      const shift = DISTRICT_LEVEL[district];
      if (shift === undefined) throw new Error(`no socio-economic level assumed for district ${district}`);
      areas.push({
        municipality: code,
        district,
        // No open district populations: each district gets an equal share of the city's adults.
        population: adults(code, 1 / inputs.districts.length),
        postSecondaryLogit: education(code, shift),
        level: own + shift / sd,
        stadsdelar: inputs.stadsdelar.filter((s) => s.code2023 === district),
      });
    }
  }
  return areas;
}

/** Respondents in an area and year. */
export function sampleSize(area: SamplingArea, year: string, random: Random): number {
  const factor = RESPONSE_BY_YEAR[year]!;
  if (area.district) return Math.round(RESPONDENTS_PER_DISTRICT * factor * (1 + 0.1 * random.normal()));
  const adults = SEXES.reduce((s, sex) => s + AGE_BANDS.reduce((t, band) => t + area.population[sex][band], 0), 0);
  return Math.round((RESPONDENTS_BASE + RESPONDENTS_PER_ADULT * adults) * factor);
}

function interpolate([first, last]: [number, number], year: string): number {
  const share = (Number(year) - 2002) / (2021 - 2002);
  return first + (last - first) * share;
}

/** Simulates one survey year for all areas. */
export function simulateYear(areas: readonly SamplingArea[], year: string, seed = SEED): Microdata {
  const data: Microdata = { year, municipality: [], district: [], stadsdel: [], district2007: [], district2020: [], sex: [], age: [], education: [], weight: [], answers: {} };
  for (const q of QUESTIONS) data.answers[q.id] = [];
  const yearsFrom2019 = 2019 - Number(year);
  for (const area of areas) {
    const key = area.district ?? area.municipality;
    const random = Random.stream(seed, `${year}:${key}`);
    const n = sampleSize(area, year, random);
    const cells = SEXES.flatMap((sex) => AGE_BANDS.map((band) => ({ sex, band })));
    const propensity = cells.map(({ sex, band }) => area.population[sex][band] * RESPONSE_BY_SEX[sex] * RESPONSE_BY_AGE[band]);
    // Where in the district a respondent lives (for the older divisions): its own stream, so the
    // answers stay the same whether or not older divisions are published.
    const place = Random.stream(seed, `${year}:${key}:stadsdel`);
    const shares = area.stadsdelar.map((s) => stadsdelShare(s.code));
    const totalShare = shares.reduce((sum, x) => sum + x, 0);
    if (area.district && !(totalShare > 0)) throw new Error(`no inhabited stadsdelar listed for district ${area.district}`);
    const areaEffects = QUESTIONS.map((q) => Random.stream(seed, `${q.id}:${key}`).normal() * 0.12);
    const start = data.sex.length;
    for (let i = 0; i < n; i++) {
      const { sex, band } = cells[random.pick(propensity)]!;
      const post = expit(area.postSecondaryLogit[band] + (sex === 'women' ? 0.15 : -0.15) - 0.03 * yearsFrom2019);
      const pre = expit(logit([0.08, 0.08, 0.12, 0.28][AGE_BANDS.indexOf(band)]!) - 0.5 * area.level + 0.03 * yearsFrom2019) * (1 - post);
      const u = random.next();
      const education: EducationLevel = u < post ? 'post-secondary' : u < post + pre ? 'pre-secondary' : 'secondary';
      data.municipality.push(area.municipality);
      data.district.push(area.district);
      const stadsdel = area.district ? pickByShare(area.stadsdelar, shares, totalShare, place.next()) : null;
      data.stadsdel.push(stadsdel?.code ?? null);
      data.district2007.push(stadsdel?.code2007 ?? null);
      data.district2020.push(stadsdel?.code2020 ?? null);
      data.sex.push(sex);
      data.age.push(band);
      data.education.push(education);
      QUESTIONS.forEach((q, j) => {
        const x =
          logit(interpolate(q.prevalence, year)) +
          (sex === 'women' ? q.women / 2 : -q.women / 2) +
          q.age[AGE_BANDS.indexOf(band)]! +
          (education === 'pre-secondary' ? q.education[0] : education === 'post-secondary' ? q.education[1] : 0) +
          q.area * area.level +
          areaEffects[j]! +
          0.05 * random.normal();
        const skipped = random.next() < ITEM_NONRESPONSE;
        const yes = random.next() < expit(x);
        data.answers[q.id]!.push(skipped ? null : yes);
      });
    }
    // Stockholm city's districts are weighted together below, the city as a whole.
    if (area.district) continue;
    postStratify(data, Array.from({ length: data.sex.length - start }, (_, k) => start + k), area.population);
  }
  // Stockholm city is post-stratified as a whole to its real population by sex × age band, like
  // every other municipality: no open district populations exist, so weighting each district to an
  // equal share of the city would make the city's value rest on that assumption.
  const city = areas.filter((a) => a.district !== null);
  if (city.length > 0) {
    const population = {} as Record<Sex, Record<AgeBand, number>>;
    for (const sex of SEXES) {
      population[sex] = {} as Record<AgeBand, number>;
      for (const band of AGE_BANDS) population[sex][band] = city.reduce((s, a) => s + a.population[sex][band], 0);
    }
    postStratify(data, data.district.flatMap((d, i) => (d === null ? [] : [i])), population);
  }
  return data;
}

/** The stadsdel `u` (uniform in [0, 1)) falls in, each taking its share of the line. */
function pickByShare(stadsdelar: readonly Stadsdel[], shares: readonly number[], total: number, u: number): Stadsdel {
  let cumulative = 0;
  for (let i = 0; i < stadsdelar.length; i++) {
    cumulative += shares[i]! / total;
    if (u < cumulative && shares[i]! > 0) return stadsdelar[i]!;
  }
  return stadsdelar.findLast((_, i) => shares[i]! > 0)!;
}

/**
 * Post-stratification of respondents `members`: each sex × age cell weighs up to its population;
 * empty cells (rare in the smallest areas) leave their population to the other cells.
 */
function postStratify(data: Microdata, members: readonly number[], population: Record<Sex, Record<AgeBand, number>>): void {
  const counts = new Map<string, number>();
  for (const i of members) counts.set(`${data.sex[i]}|${data.age[i]}`, (counts.get(`${data.sex[i]}|${data.age[i]}`) ?? 0) + 1);
  const cells = SEXES.flatMap((sex) => AGE_BANDS.map((band) => ({ sex, band })));
  const totalPopulation = cells.reduce((s, { sex, band }) => s + population[sex][band], 0);
  const coveredPopulation = cells.reduce((s, { sex, band }) => s + (counts.get(`${sex}|${band}`) ? population[sex][band] : 0), 0);
  for (const i of members) {
    data.weight[i] = (population[data.sex[i]!][data.age[i]!] / counts.get(`${data.sex[i]}|${data.age[i]}`)!) * (totalPopulation / coveredPopulation);
  }
}
