/**
 * Similar municipalities for the catalogue (`similar` on every municipality): a profile of real
 * SCB figures per municipality, compared within one data root by `similarAreas` (z-standardised
 * variables, Euclidean distance). The variables, all from `data/sources/scb-kommun-2018-2019`:
 *
 *  1. share of residents aged 0–19 (31 Dec 2019),
 *  2. share of residents aged 65 and over (31 Dec 2019),
 *  3. share of 25–64-year-olds with post-secondary education (2019),
 *  4. median earned income of residents aged 20+ (2018).
 */
import { similarAreas } from '../../src/stats/similar.js';
import type { IndicatorDefinition } from './indicator.js';
import type { PopulationTable } from './real/scb.js';

/** How many similar municipalities each municipality lists. */
export const SIMILAR_COUNT = 5;

/** The four-variable profile of each municipality in `codes`, in the order documented above. */
export function municipalityProfiles(codes: readonly string[], people: PopulationTable, education: IndicatorDefinition, income: IndicatorDefinition): Map<string, number[]> {
  const total = (indicator: IndicatorDefinition) =>
    new Map(indicator.values.all().filter((r) => r.level === 'municipality' && r.breakdown === 'total' && r.value !== null).map((r) => [r.area, r.value!]));
  const post = total(education);
  const median = total(income);
  return new Map(
    codes.map((code) => {
      const entry = people.counts.get(code);
      if (!entry || !post.has(code) || !median.has(code)) throw new Error(`similar areas: no profile data for municipality ${code}`);
      const byAge = entry.women.map((w, age) => w + entry.men[age]!);
      const all = byAge.reduce((s, x) => s + x, 0);
      const share = (from: number, to: number) => byAge.slice(from, to + 1).reduce((s, x) => s + x, 0) / all;
      return [code, [share(0, 19), share(65, 100), post.get(code)!, median.get(code)!]];
    }),
  );
}

/** For every municipality in `codes`, its most similar municipalities among `codes`. */
export function similarMunicipalities(codes: readonly string[], people: PopulationTable, education: IndicatorDefinition, income: IndicatorDefinition): Map<string, string[]> {
  return similarAreas(municipalityProfiles(codes, people, education, income), SIMILAR_COUNT);
}
