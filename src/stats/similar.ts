/**
 * Similar areas, the way Kolada's "liknande kommuner" and the ONS's "similar areas" work: every
 * area gets a profile of a few structural variables, each variable is z-standardised across the
 * areas compared (mean 0, standard deviation 1, so no variable dominates by its unit), and an
 * area's most similar areas are those at the smallest Euclidean distance from it.
 */

/** Each variable z-standardised across the areas (population standard deviation; a constant variable becomes 0). */
export function standardiseProfiles(profiles: ReadonlyMap<string, readonly number[]>): Map<string, number[]> {
  const rows = [...profiles.values()];
  const width = rows[0]?.length ?? 0;
  if (rows.some((r) => r.length !== width || r.some((x) => !Number.isFinite(x)))) throw new Error('similar areas: every profile needs the same finite variables');
  const means = Array.from({ length: width }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / rows.length);
  const sds = Array.from({ length: width }, (_, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j]! - means[j]!) ** 2, 0) / rows.length));
  return new Map([...profiles].map(([code, r]) => [code, r.map((x, j) => (sds[j]! > 0 ? (x - means[j]!) / sds[j]! : 0))]));
}

/** Euclidean distance between two standardised profiles. */
export const profileDistance = (a: readonly number[], b: readonly number[]): number => Math.sqrt(a.reduce((s, x, j) => s + (x - b[j]!) ** 2, 0));

/**
 * For every area, the `count` other areas nearest to it on the standardised profile, nearest
 * first (ties by code, so the result is deterministic).
 */
export function similarAreas(profiles: ReadonlyMap<string, readonly number[]>, count: number): Map<string, string[]> {
  const z = standardiseProfiles(profiles);
  const result = new Map<string, string[]>();
  for (const [code, own] of z) {
    const others = [...z]
      .filter(([other]) => other !== code)
      .map(([other, profile]) => ({ other, distance: profileDistance(own, profile) }))
      .sort((a, b) => a.distance - b.distance || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0));
    result.set(code, others.slice(0, count).map((o) => o.other));
  }
  return result;
}
