/**
 * Cross-breakdowns (`sex*education`, `sex*age-5y`): a breakdown whose id joins the ids of other
 * breakdowns with `*`, whose categories join one category of each (`women*primary`). The parts
 * must be breakdowns of the catalogue too, since widgets title a cross category from its parts.
 *
 * One cross-breakdown has a fixed meaning: an id starting with `sex*` is what
 * `<kollen-distribution kind="pyramid">` draws, women on one side and men on the other, so the
 * first part of each of its categories must be `women` or `men`.
 */
import type { Checker, Obj } from './checker.js';

/** What joins the parts of a cross-breakdown's id and of its categories' ids. */
export const CROSS_JOIN = '*';

/** A breakdown id starting with this is a population pyramid's sex × age cross-breakdown. */
export const PYRAMID_PREFIX = `sex${CROSS_JOIN}`;

/** The sexes a pyramid draws, in the first part of its categories. */
export const PYRAMID_SEXES: readonly string[] = ['women', 'men'];

/** Whether a breakdown id is a pyramid's (`sex*age-5y`). */
export function isPyramidBreakdown(id: string): boolean {
  return id.startsWith(PYRAMID_PREFIX);
}

/** Checks every cross-breakdown of `$.breakdowns` against its parts, and the pyramid's convention. */
export function checkCrossBreakdowns(c: Checker, breakdowns: readonly Obj[]): void {
  const categoriesOf = new Map(
    breakdowns.map((b) => [b.id, new Set((Array.isArray(b.categories) ? (b.categories as Obj[]) : []).map((category) => category?.id))] as const),
  );
  breakdowns.forEach((breakdown, i) => {
    if (typeof breakdown.id !== 'string' || !breakdown.id.includes(CROSS_JOIN) || !Array.isArray(breakdown.categories)) return;
    const parts = breakdown.id.split(CROSS_JOIN);
    const missing = parts.filter((part) => !categoriesOf.has(part));
    if (missing.length > 0) {
      c.fail(`$.breakdowns[${i}].id`, `a cross-breakdown whose parts (${parts.join(', ')}) are all breakdowns in $.breakdowns`, `${breakdown.id} (no breakdown ${missing.join(', ')})`);
      return;
    }
    (breakdown.categories as Obj[]).forEach((category, j) => {
      const path = `$.breakdowns[${i}].categories[${j}].id`;
      if (typeof category?.id !== 'string') return;
      const ids = category.id.split(CROSS_JOIN);
      const wrong = ids.length !== parts.length || ids.some((id, k) => !categoriesOf.get(parts[k]!)!.has(id));
      if (wrong) c.fail(path, `one category of each of ${parts.join(', ')}, joined with "${CROSS_JOIN}"`, category.id);
      else if (isPyramidBreakdown(breakdown.id as string) && !PYRAMID_SEXES.includes(ids[0]!)) {
        c.fail(path, `"women${CROSS_JOIN}…" or "men${CROSS_JOIN}…": a breakdown whose id starts with "${PYRAMID_PREFIX}" is drawn as a population pyramid (docs/format.md)`, category.id);
      }
    });
  });
}
