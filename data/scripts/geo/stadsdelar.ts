/**
 * Stockholm city's 117 stadsdelar: their codes, proper-case names and the stadsdelsområde each
 * lies in, per division, from `stadsdel_stadsdelsomrade.csv` (the lookup whose `stadsdel` column
 * is the upper-case name in the city map's geometries).
 *
 * Codes. No open numeric code list exists for stadsdelar (as for the stadsdelsområden), so a code
 * is the municipality, `sd` and the folded name: `0180-sd-` + lower case, å/ä → a, ö → o, é → e,
 * anything else but letters and digits → `-` (`Hägerstensåsen` → `0180-sd-hagerstensasen`,
 * `Bromma kyrka` → `0180-sd-bromma-kyrka`). The `sd` keeps them apart from the stadsdelsområden
 * that share a name (stadsdel Farsta `0180-sd-farsta` in stadsdelsområde Farsta `0180-farsta`).
 * They follow the name, so they stay as long as the city keeps its stadsdel names.
 */
import { SourceError, type SourceDir } from '../lib/sources.js';

/** One stadsdel, with its stadsdelsområde in each district division. */
export interface StadsdelRecord {
  code: string;
  /** Proper-case name (the lookup's `stadsdel_namn`). */
  name: string;
  /** The name in the city map's geometries (upper case). */
  mapName: string;
  code2023: string;
  code2007: string;
  code2020: string;
}

export const STADSDEL_LOOKUP = 'stockholm-stadsdelar/stadsdel_stadsdelsomrade.csv';
/** The number of stadsdelar in the city map; the build stops if the lookup has another. */
export const STADSDEL_COUNT = 117;

/** The published code of a stadsdel from its name (see the file comment). */
export function stadsdelCode(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `0180-sd-${folded}`;
}

/**
 * Reads the lookup; `to2020` maps a 2007 stadsdelsområde to the 2020 one. Stops on a repeated
 * name or code, or another number of rows than the map has.
 */
export function readStadsdelar(sources: SourceDir, to2020: (code2007: string) => string): StadsdelRecord[] {
  const rows = sources.csv(STADSDEL_LOOKUP, ['stadsdel', 'stadsdel_namn', 'stadsdelsomrade_2023_kod', 'stadsdelsomrade_2007_kod']);
  const seen = new Set<string>();
  const records = rows.map((row) => {
    const name = row.text('stadsdel_namn');
    const record: StadsdelRecord = {
      code: stadsdelCode(name),
      name,
      mapName: row.text('stadsdel'),
      code2023: row.text('stadsdelsomrade_2023_kod'),
      code2007: row.text('stadsdelsomrade_2007_kod'),
      code2020: to2020(row.text('stadsdelsomrade_2007_kod')),
    };
    for (const key of [record.code, record.mapName]) {
      if (seen.has(key)) throw new SourceError(sources.display(STADSDEL_LOOKUP), null, `"${key}" is listed twice`);
      seen.add(key);
    }
    return record;
  });
  if (records.length !== STADSDEL_COUNT) {
    throw new SourceError(sources.display(STADSDEL_LOOKUP), null, `expected ${STADSDEL_COUNT} stadsdelar, found ${records.length}`);
  }
  return records;
}

/**
 * The stadsdelar as catalogue areas: `parent` the 2023 stadsdelsområde (the level's parent), and
 * `parents` the stadsdelsområde in each division, so a drill-down from any division finds them.
 */
export function stadsdelAreas(stadsdelar: readonly StadsdelRecord[]): { code: string; name: string; level: string; parent: string; parents: Record<string, string> }[] {
  return stadsdelar.map((s) => ({
    code: s.code,
    name: s.name,
    level: STADSDEL_LEVEL,
    parent: s.code2023,
    parents: { 'district-2023': s.code2023, 'district-2020': s.code2020, 'district-2007': s.code2007 },
  }));
}

/** The level id of the stadsdelar in the Stockholm root. */
export const STADSDEL_LEVEL = 'stadsdel';

