/**
 * The Kollen data contract: the shape of every file a widget reads.
 *
 * These interfaces are the source of truth. `validate.ts` checks files against them at run time
 * with messages that name the file, the JSON path, what was expected and what was found, and
 * `kollen.schema.json` (published as `data/schema/kollen.schema.json`) is generated from them for
 * third parties (`npm run schema`; a test fails when it is out of date). What TypeScript cannot
 * say is in JSDoc tags the generator reads (`@format`, `@pattern`, `@asType`, `@minimum`), and
 * every string of the contract is non-empty. Unit tests run every published file and every
 * bad-data fixture through both the validator and the schema.
 *
 * Layout follows OWID Grapher: metadata and values of an indicator live in one file per indicator,
 * values are stored column-wise (`{ area: [...], value: [...] }`) so a file with thousands of rows
 * stays small and fast to parse.
 */

/** The `schemaVersion` this build of Kollen reads. A file with another major version is refused. */
export const SCHEMA_VERSION = 1;

/**
 * A text in the languages the catalogue declares (`Catalog.languages`), keyed by BCP 47 tag and
 * listed in the catalogue's order, so the first is the default: `{ "sv": "Län", "en": "County" }`.
 * The interface may speak more languages than the data; text missing in the interface's language
 * is shown in the default one (marked with `lang` in the page).
 * @minProperties 1
 * @propertyNames {"pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"}
 */
export type LocalizedText = Record<string, string>;

/** Whether a higher value is good news, bad news, or neither (drives palettes and verdicts). */
export type Polarity = 'higher-is-better' | 'higher-is-worse' | 'neutral';

/** Why a value is (or is not) published. */
export type ValueStatus =
  /** A published value. */
  | 'ok'
  /** Withheld: too few answered (primary) or to protect such a cell from subtraction (secondary). */
  | 'suppressed'
  /** The question was not asked, or the source has no figure for this cell. */
  | 'not-collected'
  /** The combination makes no sense (e.g. a breakdown that does not apply to the area). */
  | 'not-applicable';

/** What kind of figure an indicator's values are (drives wording, never arithmetic). */
export type ValueType =
  /** A weighted share of survey respondents (the default for simulated survey indicators). */
  | 'survey-proportion'
  /** A share of a register population, e.g. turnout among eligible voters. */
  | 'register-proportion'
  /** Events per population, e.g. per 1 000 inhabitants. */
  | 'rate'
  /** A number of persons or events. */
  | 'count'
  | 'mean'
  | 'median';

/** Confidence level of `ciLow`/`ciHigh`, in percent. */
export type IntervalLevel = 95 | 99.8;

/** What `n` counts. */
export type CountOf =
  /** Respondents who answered the question. */
  | 'respondents'
  /** Events (cases, deaths) in the numerator. */
  | 'events'
  /** Persons in the denominator (population at risk, eligible voters). */
  | 'denominator';

/** A theme groups indicators: living conditions, habits, health, population, … */
export interface Theme {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
}

/** Where the geometry of an area level lives. */
export interface GeometryRef {
  /** TopoJSON file, relative to the data root. */
  file: string;
  /** Name of the object inside `objects` that holds this level's geometries. */
  object: string;
  /** Property of each geometry that holds the area code. */
  codeProperty: string;
  /** Property of each geometry that holds the display name. */
  nameProperty: string;
  /**
   * Width ÷ height of the box this level's map is drawn in (e.g. `0.8` for 4:5, from 0.2 to 5):
   * widgets reserve it before the data arrives, so the host page does not move. An element's
   * `aspect-ratio` attribute wins; without either, `DEFAULT_MAP_ASPECT_RATIO` (0.8).
   * @minimum 0.2
   * @maximum 5
   */
  aspectRatio?: number;
}

/**
 * An area level: a set of areas that tile a territory, in one version of the boundaries.
 * When boundaries change (Stockholm's stadsdelsområden in 2020 and 2023), each version is its own
 * level with its own `division`, so a trend across the change is drawn as a break.
 */
export interface AreaLevel {
  id: string;
  title: LocalizedText;
  /** Identifier of the boundary version, e.g. `sdo-2023`; values on different divisions never join. */
  division: string;
  /**
   * First day the division was in force (ISO date); open-ended when omitted.
   * @format date
   */
  validFrom?: string;
  /**
   * Last day the division was in force (ISO date, not before `validFrom`); open-ended when omitted.
   * @format date
   */
  validTo?: string;
  /** Geometry for maps; a level without it (e.g. the country) can still be a reference. */
  geometry?: GeometryRef;
  /** The level these areas nest in (e.g. municipality → county), when they nest. */
  parent?: string;
  /**
   * Further levels, of other divisions, that these areas also nest in (e.g. a stadsdel lies in one
   * stadsdelsområde of the 2020 and of the 2007 division as well as of its `parent`, the 2023 one).
   * Each area then names its enclosing area there in `Area.parents`.
   * @uniqueItems true
   */
  parents?: string[];
  /**
   * What one area of the level is called inside a sentence, and several after a number:
   * `{ "one": { "sv": "kommun" }, "other": { "sv": "kommuner" } }`. Without it the interface says "area".
   */
  noun?: AreaNounText;
}

/** A level's noun in the catalogue's languages: for one area, and for several. */
export interface AreaNounText {
  one: LocalizedText;
  other: LocalizedText;
}

/** One area, as listed in the catalogue so widgets can show names without loading geometry. */
export interface Area {
  code: string;
  /** The area's own name (in Swedish for Swedish areas), shown in every language without a translation. */
  name: string;
  /**
   * The name in other languages where one is in use (`{ "en": "Stockholm County" }`); most areas
   * have none and are called by `name` everywhere.
   */
  names?: LocalizedText;
  level: string;
  /** Code of the enclosing area on the parent level. */
  parent?: string;
  /**
   * The enclosing area in each division the area nests in, by level id: its level's `parent` and
   * `parents` levels, e.g. `{ "district-2023": "0180-jarva", "district-2020": "0180-rinkeby-kista" }`.
   * Where it names the `parent` level it agrees with `parent`, which readers of older files use.
   */
  parents?: Record<string, string>;
  /**
   * Codes of the most similar areas of the same level in this catalogue, most similar first
   * (municipalities: z-standardised age structure, education and income; see data/README.md).
   */
  similar?: string[];
}

/** A category of a breakdown, e.g. `women` of `sex`. */
export interface BreakdownCategory {
  id: string;
  title: LocalizedText;
}

/** A way of splitting a value: sex, age band, education level. `total` is the unsplit value. */
export interface Breakdown {
  id: string;
  title: LocalizedText;
  categories: BreakdownCategory[];
}

/** How to show a value. */
export interface Unit {
  /** `percent` values are 0–100. */
  kind: 'percent' | 'count' | 'currency' | 'rate' | 'number';
  /** Short label shown after values, e.g. `%`, `tkr`, `per 1 000`. */
  symbol: LocalizedText;
  /** Long label for axes and descriptions, e.g. "andel (%)". */
  label: LocalizedText;
  /**
   * Decimals shown.
   * @asType integer
   * @minimum 0
   * @maximum 6
   */
  decimals: number;
}

/** Where the figures come from. */
export interface Source {
  name: LocalizedText;
  publisher: string;
  /** Licence name, e.g. `CC0 1.0`. */
  licence: string;
  /**
   * http(s) link to the licence text (any other link is left out, with a warning).
   * @pattern ^[hH][tT][tT][pP][sS]?://[^\s]+$
   */
  licenceUrl?: string;
  /**
   * http(s) link to the source (any other link is left out, with a warning).
   * @pattern ^[hH][tT][tT][pP][sS]?://[^\s]+$
   */
  url?: string;
}

/** The area a value is compared against, e.g. the county for municipalities. */
export interface ReferenceArea {
  level: string;
  code: string;
}

/**
 * A period that pools several survey years into one estimate (e.g. `2014-2021`, the respondents of
 * 2014, 2018 and 2021 together), published where single years would be too small. A trend draws it
 * as a span from `from` to `to`, and trend tests leave it out (it overlaps the single years).
 */
export interface PooledPeriod {
  /** The period id, as listed in `periods`. */
  period: string;
  /** First and last year pooled (inclusive), `from` before `to`. */
  pooled: { from: string; to: string };
}

/** Catalogue entry for one indicator: enough to list and pick it without loading its values. */
export interface IndicatorSummary {
  id: string;
  title: LocalizedText;
  theme: string;
  simulated: boolean;
  /** Indicator file, relative to the data root. */
  file: string;
  unit: Unit;
  polarity: Polarity;
  /** @uniqueItems true */
  levels: string[];
  /**
   * Ascending, each once.
   * @uniqueItems true
   */
  periods: string[];
  /** Which of `periods` pool several years (none when omitted). */
  pooledPeriods?: PooledPeriod[];
  /** @uniqueItems true */
  breakdowns: string[];
  // cli: the indicator file's wording fields, repeated so that views listing many indicators
  // (the dashboard's area overview) name their intervals and counts without loading every file.
  /** As the indicator file's `valueType`. */
  valueType?: ValueType;
  /** As the indicator file's `intervalLevel`. */
  intervalLevel?: IntervalLevel;
  /** As the indicator file's `countOf`. */
  countOf?: CountOf;
  /**
   * Static pictures of the indicator's default map and trend, made at build time for places where
   * scripts do not run (embed fallbacks, link previews). Paths relative to the data root.
   */
  previews?: IndicatorPreviews;
}

/** An indicator's static pictures: its default map and its trend, each as SVG and PNG. */
export interface IndicatorPreviews {
  map?: PreviewFiles;
  trend?: PreviewFiles;
}

/** One picture in two formats, paths relative to the data root, and what it shows in words. */
export interface PreviewFiles {
  svg: string;
  png: string;
  /** The picture's text alternative (also its SVG `<desc>`), in the catalogue's languages. */
  description: LocalizedText;
}

/**
 * Which published data release a catalogue is. Every release stays readable, unchanged, at
 * `releases/<id>/` under the data root (the current one also at the root itself), and
 * `releases.json` at the root lists them all.
 */
export interface ReleaseRef {
  /**
   * `YYYY-MM`, optionally with a lower-case suffix (`2027-06-b`) for a second release in a month.
   * @pattern ^[0-9]{4}-[0-9]{2}(-[a-z0-9]+)?$
   */
  id: string;
  /**
   * ISO date of the release.
   * @format date
   */
  date: string;
}

/** `catalog.json` at the data root. */
export interface Catalog {
  schemaVersion: number;
  /**
   * The languages of the data's texts, as BCP 47 tags, default first (e.g. `["sv", "en"]`, or just
   * `["sv"]`). Every text in the catalogue and its indicator files carries exactly these, in this
   * order. Optional for files made before it existed: then texts may carry any languages, and a
   * text's first language is its default.
   */
  languages?: string[];
  title: LocalizedText;
  /**
   * ISO date the data was built.
   * @format date
   */
  updated: string;
  /** The data release this catalogue belongs to; absent in files made before releases existed. */
  release?: ReleaseRef;
  /**
   * The public dashboard that shows this catalogue (its page address, http or https). When set,
   * embeds carry a small "Open in Kollen" link to the same view there.
   * @pattern ^[hH][tT][tT][pP][sS]?://[^\s]+$
   */
  dashboardUrl?: string;
  themes: Theme[];
  levels: AreaLevel[];
  breakdowns: Breakdown[];
  areas: Area[];
  indicators: IndicatorSummary[];
}

/**
 * Column-wise values. All arrays have the same length; row `i` is one cell.
 * A cell is identified by (level, area, period, breakdown, category); that key is unique.
 */
export interface ValueColumns {
  level: string[];
  area: string[];
  period: string[];
  /** Breakdown id; `total` for the unsplit value. */
  breakdown: string[];
  /** Category id within the breakdown; `total` for the unsplit value. */
  category: string[];
  /** The estimate, or null when `status` is not `ok`. */
  value: (number | null)[];
  /**
   * Lower and upper bound of the confidence interval (95 % unless the file's `intervalLevel` says
   * otherwise), or null when the source has none. Stored at full precision: display rounding is
   * `unit.decimals`, so a rounded bound never flips a significance verdict.
   */
  ciLow: (number | null)[];
  ciHigh: (number | null)[];
  /**
   * The unweighted count behind the value (what it counts: the file's `countOf`), or null when
   * unknown. May be fractional where the source says so (e.g. an average over years).
   */
  n: (Count | null)[];
  status: ValueStatus[];
}

/**
 * An unweighted count (what it counts: the file's `countOf`). Fractional where the source says so
 * (e.g. an average over years).
 * @minimum 0
 */
export type Count = number;

/** A per-indicator file, e.g. `indicators/daily-smoking.json`. */
export interface IndicatorFile {
  schemaVersion: number;
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Method notes: how the figure is computed, CI method, suppression rule. */
  method: LocalizedText;
  theme: string;
  unit: Unit;
  polarity: Polarity;
  source: Source;
  /** True for simulated data: every widget that shows it says so. */
  simulated: boolean;
  /** What kind of figure the values are; optional. */
  valueType?: ValueType;
  /** Confidence level of the intervals in percent; 95 when omitted. */
  intervalLevel?: IntervalLevel;
  /**
   * What `n` counts. When omitted, the value type decides: a register proportion counts its
   * denominator, a rate or a count its events, anything else its respondents.
   */
  countOf?: CountOf;
  /** @uniqueItems true */
  levels: string[];
  /**
   * Ascending, each once.
   * @uniqueItems true
   */
  periods: string[];
  /** Which of `periods` pool several years (none when omitted). */
  pooledPeriods?: PooledPeriod[];
  /** @uniqueItems true */
  breakdowns: string[];
  /** Areas to compare against, first one is the default. */
  references: ReferenceArea[];
  values: ValueColumns;
}

/** One row of `ValueColumns`, for code that works row by row. */
export interface ValueRow {
  level: string;
  area: string;
  period: string;
  breakdown: string;
  category: string;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number | null;
  status: ValueStatus;
}
