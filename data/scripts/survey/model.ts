/**
 * The assumptions of the simulated survey: who answers, and how each answer depends on sex, age,
 * education, the area's socio-economic level and the year. Every number here is an assumption
 * chosen to look plausible next to published Swedish public-health surveys; none is an estimate.
 */
import type { LocalizedText, Polarity } from '../../../src/schema/types.js';

/** Survey years (Region Stockholm's public-health survey ran in these years). */
export const SURVEY_YEARS = ['2002', '2006', '2010', '2014', '2018', '2021'] as const;
export const SEED = 20260101;
/** Respondents fewer than this in a cell: the cell is withheld (primary suppression). */
export const MIN_RESPONDENTS = 30;
/**
 * No withheld proportion may be provably inside an interval narrower than this many percentage
 * points, given everything published (interval protection; see src/stats/README.md).
 */
export const MIN_PROTECTION_WIDTH = 10;

export const AGE_BANDS = ['18-29', '30-44', '45-64', '65-84'] as const;
export const AGE_RANGES: Record<(typeof AGE_BANDS)[number], [number, number]> = {
  '18-29': [18, 29],
  '30-44': [30, 44],
  '45-64': [45, 64],
  '65-84': [65, 84],
};
export const EDUCATION_LEVELS = ['pre-secondary', 'secondary', 'post-secondary'] as const;

/** Falling response over the years, as in real surveys: multiplies the sample size. */
export const RESPONSE_BY_YEAR: Record<string, number> = { '2002': 1.15, '2006': 1.1, '2010': 1, '2014': 0.95, '2018': 0.85, '2021': 0.8 };
/** Relative propensity to answer: young men answer least. */
export const RESPONSE_BY_SEX = { women: 1.15, men: 0.85 };
export const RESPONSE_BY_AGE = { '18-29': 0.6, '30-44': 0.85, '45-64': 1.1, '65-84': 1.3 };
/** Respondents per municipality: a floor plus a share of the adult population. */
export const RESPONDENTS_BASE = 220;
export const RESPONDENTS_PER_ADULT = 0.006;
/** Respondents per Stockholm city district (the city is oversampled by district). */
export const RESPONDENTS_PER_DISTRICT = 460;
/** Share of respondents skipping any one question. */
export const ITEM_NONRESPONSE = 0.02;

/**
 * Socio-economic level of Stockholm's districts on the logit scale relative to the city as a
 * whole. No open district statistics were available, so this ordering is an assumption based on
 * the well-known pattern (inner city and Bromma high, Järva, Skärholmen and Rinkeby low).
 */
export const DISTRICT_LEVEL: Record<string, number> = {
  '0180-norra-innerstaden': 0.55,
  '0180-kungsholmen': 0.5,
  '0180-sodermalm': 0.45,
  '0180-bromma': 0.5,
  '0180-hagersten-alvsjo': 0.15,
  '0180-enskede-arsta-vantor': 0.0,
  '0180-skarpnack': 0.0,
  '0180-hasselby-vallingby': -0.3,
  '0180-farsta': -0.35,
  '0180-skarholmen': -0.9,
  '0180-jarva': -1.2,
};

/**
 * Where in its district a Stockholm respondent lives: assumed relative shares of the district's
 * respondents by stadsdel, as no open stadsdel populations exist. Every stadsdel weighs 1, except
 * the five large inner-city ones (3: each holds most of its district's residents), and the seven
 * with hardly any residents (0: a nature reserve, industrial areas, islands of museums and
 * offices), where nobody is sampled and the survey says "not collected". Answers do not depend on
 * the stadsdel beyond its district: by construction, stadsdelar of one district differ by chance.
 */
export const STADSDEL_SHARE: Record<string, number> = {
  '0180-sd-sodermalm': 3,
  '0180-sd-vasastaden': 3,
  '0180-sd-ostermalm': 3,
  '0180-sd-kungsholmen': 3,
  '0180-sd-norrmalm': 3,
  '0180-sd-hansta': 0,
  '0180-sd-ulvsunda-industriomrade': 0,
  '0180-sd-lunda': 0,
  '0180-sd-skrubba': 0,
  '0180-sd-riddarholmen': 0,
  '0180-sd-skeppsholmen': 0,
  '0180-sd-langholmen': 0,
};

/** A stadsdel's assumed share of its district's respondents (relative; see `STADSDEL_SHARE`). */
export function stadsdelShare(code: string): number {
  return STADSDEL_SHARE[code] ?? 1;
}

/**
 * Periods that pool survey years for small areas: one estimate from the respondents of every
 * survey year from `from` to `to` together (2014, 2018 and 2021: about 12 000 in Stockholm city,
 * some 110 per inhabited stadsdel, where a single year has 30–40). Published for the county, the
 * municipalities and the 2023 districts as well, so a stadsdel has its district and the county to
 * be compared with in the same period; older divisions change within it and are left out.
 */
export const POOLED_PERIODS = [{ period: '2014-2021', pooled: { from: '2014', to: '2021' } }] as const;

/** The survey years a pooled period takes its respondents from. */
export function pooledSurveyYears(pooled: { from: string; to: string }): string[] {
  return SURVEY_YEARS.filter((year) => year >= pooled.from && year <= pooled.to);
}

/** One simulated question. Effects are on the log-odds scale. */
export interface SurveyQuestion {
  id: string;
  theme: 'habits' | 'health' | 'living-conditions';
  polarity: Polarity;
  title: LocalizedText;
  description: LocalizedText;
  /** County-wide prevalence in the first and the last survey year (linear in between). */
  prevalence: [number, number];
  women: number;
  age: [number, number, number, number];
  /** Pre-secondary and post-secondary education relative to secondary. */
  education: [number, number];
  /** Effect of the area's socio-economic level (standardised). */
  area: number;
  /**
   * Published for Stockholm's stadsdelar (pooled periods, total only): chosen for outcomes at
   * 10 % or more in the county, where about a hundred answers give an interval worth reading; the
   * rarer ones (daily smoking, economic hardship at 6–9 %) are published down to districts only.
   */
  stadsdelar: boolean;
}

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

export const QUESTIONS: SurveyQuestion[] = [
  {
    id: 'daily-smoking', theme: 'habits', polarity: 'higher-is-worse',
    title: t('Daglig rökning', 'Daily smoking'),
    description: t('Andel som röker dagligen.', 'Share who smoke every day.'),
    prevalence: [0.16, 0.06], women: 0.05, age: [-0.1, 0, 0.2, -0.2], education: [0.6, -0.6], area: -0.3, stadsdelar: false,
  },
  {
    id: 'risky-alcohol', theme: 'habits', polarity: 'higher-is-worse',
    title: t('Riskabla alkoholvanor', 'Risky alcohol use'),
    description: t('Andel med riskabla alkoholvanor enligt AUDIT-C.', 'Share with risky alcohol use by AUDIT-C.'),
    prevalence: [0.18, 0.14], women: -0.4, age: [0.6, 0, -0.1, -0.6], education: [-0.1, 0.1], area: 0.1, stadsdelar: true,
  },
  {
    id: 'physical-inactivity', theme: 'habits', polarity: 'higher-is-worse',
    title: t('Stillasittande fritid', 'Physical inactivity'),
    description: t('Andel som är fysiskt inaktiva på fritiden.', 'Share who are physically inactive in their free time.'),
    prevalence: [0.14, 0.12], women: -0.1, age: [-0.1, 0, 0, 0.3], education: [0.5, -0.4], area: -0.3, stadsdelar: true,
  },
  {
    id: 'overweight', theme: 'habits', polarity: 'higher-is-worse',
    title: t('Övervikt eller fetma', 'Overweight or obesity'),
    description: t('Andel med BMI 25 eller mer (självrapporterad längd och vikt).', 'Share with a BMI of 25 or more (self-reported height and weight).'),
    prevalence: [0.4, 0.46], women: -0.5, age: [-0.8, 0, 0.4, 0.4], education: [0.3, -0.3], area: -0.2, stadsdelar: true,
  },
  {
    id: 'obesity', theme: 'habits', polarity: 'higher-is-worse',
    title: t('Fetma', 'Obesity'),
    description: t('Andel med BMI 30 eller mer (självrapporterad längd och vikt).', 'Share with a BMI of 30 or more (self-reported height and weight).'),
    prevalence: [0.09, 0.14], women: -0.05, age: [-0.5, 0, 0.3, 0.3], education: [0.5, -0.5], area: -0.3, stadsdelar: true,
  },
  {
    id: 'good-health', theme: 'health', polarity: 'higher-is-better',
    title: t('Bra självskattad hälsa', 'Good self-rated health'),
    description: t('Andel som bedömer sin hälsa som bra eller mycket bra.', 'Share who rate their health as good or very good.'),
    prevalence: [0.7, 0.72], women: -0.1, age: [0.5, 0.2, -0.2, -0.6], education: [-0.6, 0.5], area: 0.2, stadsdelar: true,
  },
  {
    id: 'reduced-wellbeing', theme: 'health', polarity: 'higher-is-worse',
    title: t('Nedsatt psykiskt välbefinnande', 'Reduced mental wellbeing'),
    description: t('Andel med nedsatt psykiskt välbefinnande (GHQ-12, 3 poäng eller mer).', 'Share with reduced mental wellbeing (GHQ-12 score of 3 or more).'),
    prevalence: [0.15, 0.21], women: 0.3, age: [0.5, 0.1, 0, -0.4], education: [0.2, 0], area: -0.15, stadsdelar: true,
  },
  {
    id: 'long-term-illness', theme: 'health', polarity: 'higher-is-worse',
    title: t('Långvarig sjukdom', 'Long-term illness'),
    description: t('Andel med långvarig sjukdom, besvär efter olycksfall eller funktionsnedsättning.', 'Share with a long-term illness, after-effects of an accident or a disability.'),
    prevalence: [0.35, 0.37], women: 0.15, age: [-0.6, -0.2, 0.3, 0.9], education: [0.3, -0.2], area: -0.1, stadsdelar: true,
  },
  {
    id: 'economic-hardship', theme: 'living-conditions', polarity: 'higher-is-worse',
    title: t('Ekonomiska svårigheter', 'Economic hardship'),
    description: t('Andel som saknar kontantmarginal (kan inte betala en oväntad utgift på 15 000 kronor inom en vecka).', 'Share who could not pay an unexpected bill of 15,000 kronor within a week.'),
    prevalence: [0.14, 0.09], women: 0.1, age: [0.4, 0.2, 0, -0.7], education: [0.6, -0.6], area: -0.5, stadsdelar: false,
  },
  {
    id: 'lack-of-support', theme: 'living-conditions', polarity: 'higher-is-worse',
    title: t('Saknar socialt stöd', 'Lack of social support'),
    description: t('Andel som saknar någon att dela sina innersta känslor med.', 'Share who have nobody to share their innermost feelings with.'),
    prevalence: [0.12, 0.11], women: -0.2, age: [-0.1, 0, 0, 0.1], education: [0.4, -0.3], area: -0.3, stadsdelar: true,
  },
  {
    id: 'unsafe-outside', theme: 'living-conditions', polarity: 'higher-is-worse',
    title: t('Otrygghet utomhus', 'Feeling unsafe outside'),
    description: t('Andel som avstår från att gå ut ensam på kvällen av rädsla.', 'Share who avoid going out alone in the evening for fear.'),
    prevalence: [0.18, 0.25], women: 1.2, age: [0, -0.1, 0, 0.3], education: [0.2, -0.1], area: -0.4, stadsdelar: true,
  },
];
