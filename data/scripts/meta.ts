/**
 * Catalogue metadata that is not in any source file: themes, area levels, breakdowns, units and
 * source descriptions, in Swedish and English. Ids follow the conventions every widget relies on
 * (see /work/notes/common.md, mirrored in data/README.md).
 */
import type { AreaLevel, AreaNounText, Breakdown, BreakdownCategory, LocalizedText, Source, Theme, Unit } from '../../src/schema/types.js';

/** The date written into both catalogues; bump it when the sources or the build change. */
export const BUILD_DATE = '2026-11-23';

/** The languages of the published texts, default first (the catalogue's `languages`): `t` writes them in this order. */
export const LANGUAGES = ['sv', 'en'];

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

/** A level's noun for one area and for several, as the interface puts it into sentences. */
const noun = (one: [sv: string, en: string], other: [sv: string, en: string]): AreaNounText => ({ one: t(...one), other: t(...other) });
const NOUNS = {
  country: noun(['land', 'country'], ['länder', 'countries']),
  county: noun(['län', 'county'], ['län', 'counties']),
  municipality: noun(['kommun', 'municipality'], ['kommuner', 'municipalities']),
  district: noun(['stadsdelsområde', 'district'], ['stadsdelsområden', 'districts']),
  stadsdel: noun(['stadsdel', 'neighbourhood'], ['stadsdelar', 'neighbourhoods']),
};

export const THEMES: Theme[] = [
  { id: 'habits', title: t('Levnadsvanor', 'Habits'), description: t('Rökning, alkohol, fysisk aktivitet och vikt.', 'Smoking, alcohol, physical activity and weight.') },
  { id: 'health', title: t('Hälsa', 'Health'), description: t('Självskattad hälsa, psykiskt välbefinnande och långvarig sjukdom.', 'Self-rated health, mental wellbeing and long-term illness.') },
  { id: 'living-conditions', title: t('Levnadsvillkor', 'Living conditions'), description: t('Ekonomi, utbildning, delaktighet, trygghet och socialt stöd.', 'Economy, education, participation, safety and social support.') },
  { id: 'population', title: t('Befolkning', 'Population'), description: t('Befolkningens storlek och sammansättning.', 'Size and make-up of the population.') },
];

const TOPO_STOCKHOLM = 'geo/stockholm.topo.json';
const TOPO_SWEDEN = 'geo/sweden.topo.json';
const geometry = (file: string, object: string) => ({ file, object, codeProperty: 'code', nameProperty: 'name' });

const COUNTRY: AreaLevel = { id: 'country', title: t('Riket', 'Sweden'), noun: NOUNS.country, division: 'sverige' };

/** Levels of the Stockholm root (`data/`). */
export const STOCKHOLM_LEVELS: AreaLevel[] = [
  COUNTRY,
  { id: 'county', title: t('Län', 'County'), noun: NOUNS.county, division: 'lan', parent: 'country', geometry: geometry(TOPO_STOCKHOLM, 'county') },
  { id: 'municipality', title: t('Kommun', 'Municipality'), noun: NOUNS.municipality, division: 'kommun', parent: 'county', geometry: geometry(TOPO_STOCKHOLM, 'municipalities') },
  {
    id: 'district-2023',
    title: t('Stadsdelsområde (11, från 2023)', 'City district (11, from 2023)'),
    noun: NOUNS.district,
    division: 'sdo-2023',
    validFrom: '2023-07-01',
    parent: 'municipality',
    geometry: geometry(TOPO_STOCKHOLM, 'districts-2023'),
  },
  {
    id: 'district-2020',
    title: t('Stadsdelsområde (13, 2020–2023)', 'City district (13, 2020–2023)'),
    noun: NOUNS.district,
    division: 'sdo-2020',
    validFrom: '2020-07-01',
    validTo: '2023-06-30',
    parent: 'municipality',
    geometry: geometry(TOPO_STOCKHOLM, 'districts-2020'),
  },
  {
    id: 'district-2007',
    title: t('Stadsdelsområde (14, 2007–2020)', 'City district (14, 2007–2020)'),
    noun: NOUNS.district,
    division: 'sdo-2007',
    validFrom: '2007-01-01',
    validTo: '2020-06-30',
    parent: 'municipality',
    geometry: geometry(TOPO_STOCKHOLM, 'districts-2007'),
  },
  {
    // The stadsdelar tile each district division (none straddles two districts of one division),
    // so they nest in all three; their own boundaries are one version.
    id: 'stadsdel',
    title: t('Stadsdel (117)', 'Neighbourhood (117)'),
    noun: NOUNS.stadsdel,
    division: 'stadsdelar',
    parent: 'district-2023',
    parents: ['district-2020', 'district-2007'],
    geometry: geometry(TOPO_STOCKHOLM, 'stadsdelar'),
  },
];

/** Levels of the national root (`data/sweden/`). */
export const SWEDEN_LEVELS: AreaLevel[] = [
  COUNTRY,
  { id: 'county', title: t('Län', 'County'), noun: NOUNS.county, division: 'lan', parent: 'country', geometry: geometry(TOPO_SWEDEN, 'counties') },
  { id: 'municipality', title: t('Kommun', 'Municipality'), noun: NOUNS.municipality, division: 'kommun', parent: 'county', geometry: geometry(TOPO_SWEDEN, 'municipalities') },
];

const category = (id: string, sv: string, en: string): BreakdownCategory => ({ id, title: t(sv, en) });
const ageBand = (id: string): BreakdownCategory => {
  const label = id.endsWith('+') ? `${id.slice(0, -1)}+` : id.replace('-', '–');
  return { id, title: t(`${label} år`, `${label} years`) };
};

export const SEX: Breakdown = { id: 'sex', title: t('Kön', 'Sex'), categories: [category('women', 'Kvinnor', 'Women'), category('men', 'Män', 'Men')] };
export const EDUCATION: Breakdown = {
  id: 'education',
  title: t('Utbildningsnivå', 'Education'),
  categories: [
    category('pre-secondary', 'Förgymnasial', 'Pre-secondary'),
    category('secondary', 'Gymnasial', 'Upper secondary'),
    category('post-secondary', 'Eftergymnasial', 'Post-secondary'),
  ],
};
export const AGE_SURVEY: Breakdown = { id: 'age-survey', title: t('Ålder', 'Age'), categories: ['18-29', '30-44', '45-64', '65-84'].map(ageBand) };
export const AGE_TURNOUT: Breakdown = { id: 'age-turnout', title: t('Ålder', 'Age'), categories: ['18-29', '30-49', '50-64', '65+'].map(ageBand) };
export const AGE_10Y: Breakdown = { id: 'age-10y', title: t('Ålder (10-årsklasser)', 'Age (10-year bands)'), categories: ['25-34', '35-44', '45-54', '55-64'].map(ageBand) };
/** 5-year bands 0–4 … 90–94 and 95+. */
export const AGE_5Y_BANDS = [...Array.from({ length: 19 }, (_, i) => `${i * 5}-${i * 5 + 4}`), '95+'];
export const AGE_5Y: Breakdown = { id: 'age-5y', title: t('Ålder (5-årsklasser)', 'Age (5-year bands)'), categories: AGE_5Y_BANDS.map(ageBand) };
export const SEX_AGE_5Y: Breakdown = {
  id: 'sex*age-5y',
  title: t('Kön och ålder', 'Sex and age'),
  categories: SEX.categories.flatMap((sex) =>
    AGE_5Y.categories.map((age) => ({
      id: `${sex.id}*${age.id}`,
      title: t(`${sex.title.sv}, ${age.title.sv}`, `${sex.title.en}, ${age.title.en}`),
    })),
  ),
};

export const BREAKDOWNS: Breakdown[] = [SEX, AGE_SURVEY, AGE_TURNOUT, AGE_10Y, AGE_5Y, SEX_AGE_5Y, EDUCATION];

const percentUnit = (decimals: number): Unit => ({ kind: 'percent', symbol: t('%', '%'), label: t('Andel (%)', 'Share (%)'), decimals });
export const UNITS = {
  percent: percentUnit(1),
  percentWhole: percentUnit(0),
  thousandKronor: { kind: 'currency', symbol: t('tkr', 'kSEK'), label: t('Tusen kronor per år', 'Thousand kronor a year'), decimals: 1 } satisfies Unit,
  persons: { kind: 'count', symbol: t('personer', 'people'), label: t('Antal personer', 'Number of people'), decimals: 0 } satisfies Unit,
};

const SCB_LICENCE = { publisher: 'Statistiska centralbyrån (SCB)', licence: 'CC0 1.0', licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/' };
export const SOURCES = {
  turnout: {
    name: t('SCB, Allmänna val, valdeltagandeundersökningen (ME0105T28)', 'Statistics Sweden, General elections, voter turnout survey (ME0105T28)'),
    ...SCB_LICENCE,
    url: 'https://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__ME__ME0105__ME0105C/ME0105T28/',
  },
  education: {
    name: t('SCB, Befolkningens utbildning (UF0506), 2019', 'Statistics Sweden, Educational attainment of the population (UF0506), 2019'),
    ...SCB_LICENCE,
    url: 'https://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__UF__UF0506/',
  },
  income: {
    name: t('SCB, Inkomster och skatter (HE0110), 2018', 'Statistics Sweden, Income and taxation (HE0110), 2018'),
    ...SCB_LICENCE,
    url: 'https://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__HE__HE0110/',
  },
  population: {
    name: t('SCB, Befolkningsstatistik (BE0101), 31 december 2019', 'Statistics Sweden, Population statistics (BE0101), 31 December 2019'),
    ...SCB_LICENCE,
    url: 'https://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__BE__BE0101__BE0101A/',
  },
  survey: {
    name: t('Simulerad folkhälsoenkät (Kollen), inga verkliga svar', 'Simulated public-health survey (Kollen), no real responses'),
    publisher: 'Kollen',
    licence: 'CC0 1.0',
    licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
} satisfies Record<string, Source>;
