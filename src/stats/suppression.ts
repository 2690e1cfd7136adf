/**
 * Small-number suppression for tables of survey estimates.
 *
 * Primary suppression withholds every cell whose unweighted count is below the minimum. Secondary
 * suppression then protects those cells from recovery by subtraction: within an additive group —
 * a total and the categories that make it up (e.g. all respondents and women and men; a county
 * and its municipalities; Stockholm city and its districts) — a single withheld member can be
 * worked out from the others, so whenever a group has exactly one withheld member another one is
 * withheld as well (the published member with the smallest count, which loses the least
 * information). Withholding a cell can break another group it belongs to, so the rule is applied
 * until nothing changes. With two or more unknowns in every group, no group's sum identifies any
 * one of them.
 */

/** A total and the parts that add up to it, by cell key. */
export interface AdditiveGroup {
  total: string;
  parts: string[];
}

/** Why a cell is withheld. */
export type SuppressionReason = 'primary' | 'secondary';

/**
 * Returns the withheld cells and why. `counts` maps every cell key to its unweighted count; keys in
 * a group that are not in `counts` are ignored (the cell does not exist).
 */
export function suppressSmallCells(
  counts: ReadonlyMap<string, number>,
  groups: readonly AdditiveGroup[],
  minimumCount: number,
): Map<string, SuppressionReason> {
  const withheld = new Map<string, SuppressionReason>();
  for (const [key, n] of counts) if (n < minimumCount) withheld.set(key, 'primary');
  const members = groups
    .map((group) => [group.total, ...group.parts].filter((key) => counts.has(key)))
    .filter((list) => list.length > 1);
  let changed = true;
  while (changed) {
    changed = false;
    for (const list of members) {
      const hidden = list.filter((key) => withheld.has(key));
      if (hidden.length !== 1) continue;
      const candidates = list.filter((key) => !withheld.has(key));
      candidates.sort((a, b) => counts.get(a)! - counts.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
      withheld.set(candidates[0]!, 'secondary');
      changed = true;
    }
  }
  return withheld;
}

/**
 * Cells in `groups` that published values would reveal: members that are the only withheld one in
 * their group. Empty when suppression is complete (used by tests and by the build as a check).
 */
export function findRecoverableCells(
  withheld: ReadonlySet<string>,
  existing: ReadonlySet<string>,
  groups: readonly AdditiveGroup[],
): string[] {
  const found: string[] = [];
  for (const group of groups) {
    const list = [group.total, ...group.parts].filter((key) => existing.has(key));
    const hidden = list.filter((key) => withheld.has(key));
    if (list.length > 1 && hidden.length === 1) found.push(hidden[0]!);
  }
  return found;
}
