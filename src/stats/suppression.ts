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
 * a group that are not in `counts` are ignored (the cell does not exist). `alreadyWithheld` are
 * cells withheld for another reason (interval protection) that the group-wise rule must protect
 * too; they are not in the result unless the rule itself withholds them.
 */
export function suppressSmallCells(
  counts: ReadonlyMap<string, number>,
  groups: readonly AdditiveGroup[],
  minimumCount: number,
  alreadyWithheld: ReadonlySet<string> = new Set(),
): Map<string, SuppressionReason> {
  const withheld = new Map<string, SuppressionReason>();
  for (const [key, n] of counts) if (n < minimumCount) withheld.set(key, 'primary');
  const isWithheld = (key: string) => withheld.has(key) || alreadyWithheld.has(key);
  const members = groups
    .map((group) => [group.total, ...group.parts].filter((key) => counts.has(key)))
    .filter((list) => list.length > 1);
  let changed = true;
  while (changed) {
    changed = false;
    for (const list of members) {
      const hidden = list.filter(isWithheld);
      if (hidden.length !== 1) continue;
      const candidates = list.filter((key) => !isWithheld(key));
      candidates.sort((a, b) => counts.get(a)! - counts.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
      withheld.set(candidates[0]!, 'secondary');
      changed = true;
    }
  }
  return withheld;
}

/**
 * Cells in `groups` that published values would reveal: members that are the only withheld one in
 * their group. Empty when the group-wise rule holds (the data tests check every published table).
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

/** Rank of an integer matrix, exactly (fraction-free Gaussian elimination on BigInt, rows kept small by their gcd). */
function integerRank(matrix: readonly (readonly number[])[]): number {
  const rows = matrix.map((row) => row.map(BigInt));
  const columns = rows[0]?.length ?? 0;
  const abs = (x: bigint) => (x < 0n ? -x : x);
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b));
  let rank = 0;
  for (let column = 0; column < columns && rank < rows.length; column++) {
    const found = rows.findIndex((row, i) => i >= rank && row[column] !== 0n);
    if (found < 0) continue;
    [rows[rank], rows[found]] = [rows[found]!, rows[rank]!];
    const pivot = rows[rank]!;
    for (let i = 0; i < rows.length; i++) {
      const factor = rows[i]![column]!;
      if (i === rank || factor === 0n) continue;
      const reduced = rows[i]!.map((x, j) => x * pivot[column]! - factor * pivot[j]!);
      const divisor = reduced.reduce(gcd, 0n);
      rows[i] = divisor > 1n ? reduced.map((x) => x / divisor) : reduced;
    }
    rank++;
  }
  return rank;
}

/**
 * Withheld cells that the published cells determine exactly through ANY combination of the
 * groups' equations "total = Σ parts", not only one group at a time — the linear audit a
 * statistics office runs before publishing. The group-wise rule (two withheld per group) can miss
 * chains across groups: a + b, b + c and a + c all known give a. A withheld cell is determined
 * exactly when its unit vector lies in the row space of the equations restricted to the withheld
 * cells. Groups whose total does not exist say nothing and are skipped.
 */
export function findLinearlyRecoverableCells(
  withheld: ReadonlySet<string>,
  existing: ReadonlySet<string>,
  groups: readonly AdditiveGroup[],
): string[] {
  const unknowns = [...withheld].filter((key) => existing.has(key)).sort();
  const column = new Map(unknowns.map((key, i) => [key, i]));
  const equations: number[][] = [];
  for (const group of groups) {
    if (!existing.has(group.total)) continue;
    const row = new Array<number>(unknowns.length).fill(0);
    const terms: [string, number][] = [[group.total, -1], ...group.parts.map((part): [string, number] => [part, 1])];
    for (const [key, sign] of terms) {
      const i = column.get(key);
      if (i !== undefined) row[i]! += sign;
    }
    if (row.some((x) => x !== 0)) equations.push(row);
  }
  if (equations.length === 0) return [];
  const rank = integerRank(equations);
  return unknowns.filter((_, i) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[i] = 1;
    return integerRank([...equations, unit]) === rank;
  });
}
