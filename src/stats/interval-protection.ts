/**
 * Interval protection for withheld survey proportions: the linear-programming audit a statistics
 * office (τ-ARGUS's "protection interval") runs before publishing, and the choice of extra
 * withheld cells that makes every withheld value impossible to box into a narrow interval.
 *
 * The attacker's model. A survey table is additive in weighted totals: with W the weighted number
 * of respondents who answered and Y = W·p the weighted number who said yes, every group
 * "total = Σ parts" (a total and its categories, a county and its municipalities, Stockholm city
 * and its districts) holds exactly for both W and Y. Knowing the published proportions and the
 * weights, an attacker bounds a withheld Y_c by the smallest and largest value it takes over all
 * Y that satisfy the groups' equations with 0 ≤ Y ≤ W: two linear programmes per withheld cell.
 * The audit gives the attacker more than the public has (the exact weights W of every cell,
 * withheld or not; the public could only estimate them), and the published values to their
 * rounding, so a width it finds is a width no real attacker can beat. The minimum width is
 * required of the small (primary) cells, the sensitive ones: complements withheld to protect them
 * rest on enough respondents to have been publishable.
 *
 * Not in the library bundle: it needs a linear-programming solver (HiGHS, compiled to
 * WebAssembly); the data build and the data tests load it.
 */
import loadHighs, { type Highs } from 'highs';
import { suppressSmallCells, type AdditiveGroup, type SuppressionReason } from './suppression.js';

/** What the audit knows of one cell: the weighted number who answered (W) and the true proportion (0–1). */
export interface WeightedCell {
  weight: number;
  proportion: number;
}

/** The narrowest interval (proportions, 0–1) an attacker can prove for a withheld cell. */
export interface ProvableBounds {
  low: number;
  high: number;
}

/** A linear-programming solver, loaded once (the WebAssembly module is compiled asynchronously). */
export type LinearSolver = Highs;

/** Loads the solver (HiGHS). */
export function loadLinearSolver(): Promise<LinearSolver> {
  return loadHighs();
}

/**
 * How precisely the public knows a published proportion: rounded to `step` (0.001 for one decimal
 * of a percentage), the true value lies within half a step of the published one. 0 gives the
 * attacker the unrounded values (stronger than anyone outside the build).
 */
export const PUBLISHED_STEP = 0.001;

/** How far from its true proportion an `exact` cell may be in the attacker's programme (float noise only). */
const EXACT_SLACK = 1e-9;

/**
 * For every withheld cell that exists, the interval of proportions the published cells leave
 * possible. Cells in `groups` that are not in `cells` do not exist and are ignored; a group whose
 * total does not exist says nothing and is skipped. `targets` limits the answer to some withheld
 * cells (all of them by default). Every cell is a variable Y = W·p: a withheld one anywhere in
 * [0, W], a published one within the rounding of its published value (`step`), and one in `exact`
 * fixed at its true value (a stronger attacker than any who knows it only to its rounding, which
 * lets a table that shares such cells with others be audited on its own).
 */
export function provableBounds(
  solver: LinearSolver,
  cells: ReadonlyMap<string, WeightedCell>,
  withheld: ReadonlySet<string>,
  groups: readonly AdditiveGroup[],
  targets?: readonly string[],
  step = PUBLISHED_STEP,
  exact: ReadonlySet<string> = new Set(),
): Map<string, ProvableBounds> {
  const unknowns = [...withheld].filter((key) => cells.has(key)).sort();
  const result = new Map<string, ProvableBounds>();
  if (unknowns.length === 0) return result;
  const keys = [...cells.keys()].sort();
  const column = new Map(keys.map((key, i) => [key, i]));
  const colLower: number[] = [];
  const colUpper: number[] = [];
  for (const key of keys) {
    const { weight, proportion } = cells.get(key)!;
    if (withheld.has(key)) {
      colLower.push(0);
      colUpper.push(weight);
    } else if (exact.has(key)) {
      // A hair of slack (10⁻⁹ of a proportion): the totals' floating-point sums must still meet.
      const slack = weight * EXACT_SLACK;
      colLower.push(Math.max(0, weight * proportion - slack));
      colUpper.push(Math.min(weight, weight * proportion + slack));
    } else {
      const published = step > 0 ? Math.round(proportion / step) * step : proportion;
      colLower.push(Math.max(0, weight * (published - step / 2)));
      colUpper.push(Math.min(weight, weight * (published + step / 2)));
    }
  }
  // One row "Σ parts − total = 0" per group, as a compressed sparse row matrix (one call into
  // the solver instead of one per row: building the model row by row cost ten times the solves).
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const group of groups) {
    if (!cells.has(group.total)) continue;
    const entries = [[group.total, -1] as const, ...group.parts.filter((p) => cells.has(p)).map((p) => [p, 1] as const)]
      .map(([key, sign]) => [column.get(key)!, sign] as const)
      .sort((a, b) => a[0] - b[0]);
    if (entries.length < 2) continue;
    for (const [i, c] of entries) {
      indices.push(i);
      values.push(c);
    }
    starts.push(indices.length);
  }
  const numRows = starts.length - 1;
  const model = solver.createModel({
    numCols: keys.length,
    numRows,
    colCost: new Array<number>(keys.length).fill(0),
    colLower,
    colUpper,
    rowLower: new Array<number>(numRows).fill(0),
    rowUpper: new Array<number>(numRows).fill(0),
    matrix: { format: 'csr', numRows, numCols: keys.length, starts, indices, values },
  });
  try {
    // Many small solves of one model: dual simplex without presolve, warm-started from the previous
    // objective's basis, was four times faster here than HiGHS's default choice.
    model.options.set({ output_flag: false, presolve: 'off', solver: 'simplex', simplex_strategy: 1 });
    const { minimize, maximize } = solver.constants.objectiveSense;
    const extreme = (key: string, sense: typeof minimize) => {
      model.changeObjectiveSense(sense);
      model.run();
      if (model.getModelStatus() !== solver.constants.modelStatus.optimal) {
        throw new Error(`interval audit: the linear programme for ${key} did not solve (status ${model.getModelStatus()})`);
      }
      return model.getObjectiveValue();
    };
    for (const key of targets ?? unknowns) {
      const i = column.get(key)!;
      model.changeColCost(i, 1);
      const { weight } = cells.get(key)!;
      const clamp = (y: number) => Math.min(1, Math.max(0, y / weight));
      result.set(key, { low: clamp(extreme(key, minimize)), high: clamp(extreme(key, maximize)) });
      model.changeColCost(i, 0);
    }
  } finally {
    model.dispose();
  }
  return result;
}

/** Withheld cells whose provable interval is narrower than `minimumWidth` (a proportion), narrowest first. */
export function findNarrowlyBoundedCells(bounds: ReadonlyMap<string, ProvableBounds>, minimumWidth: number): [string, ProvableBounds][] {
  return [...bounds]
    .filter(([, b]) => b.high - b.low < minimumWidth)
    .sort(([a, x], [b, y]) => x.high - x.low - (y.high - y.low) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Options of `protectIntervals`. */
export interface IntervalProtection {
  /** Below this unweighted count a cell is withheld (primary suppression). */
  minimumCount: number;
  /** No withheld proportion may be provably inside an interval narrower than this (0–1). */
  minimumWidth: number;
  /**
   * Published cells the attacker is given unrounded (see `provableBounds`' `exact`): cells that
   * also appear in another table (a year's total inside a pooled period), so that each table
   * can be audited alone with whatever the other tables could tell about them.
   */
  exact?: ReadonlySet<string>;
}

/**
 * Primary and secondary suppression (`suppressSmallCells`), then interval protection: while some
 * withheld cell can be boxed into an interval narrower than `minimumWidth`, the narrowest one gets
 * one more withheld complement. The complement is a published member of one of its groups: the
 * one with the smallest count among those that lift the cell to the minimum width (least
 * information lost), or, when none does alone, the one that widens it most (ties by key). After
 * each addition the group-wise rule runs again, so no group ever has a lone withheld member.
 * Deterministic, and it terminates: every round withholds at least one more cell.
 */
export function protectIntervals(
  solver: LinearSolver,
  counts: ReadonlyMap<string, number>,
  cells: ReadonlyMap<string, WeightedCell>,
  groups: readonly AdditiveGroup[],
  options: IntervalProtection,
): Map<string, SuppressionReason | 'interval'> {
  const withheld: Map<string, SuppressionReason | 'interval'> = suppressSmallCells(counts, groups, options.minimumCount);
  // Withholding one more cell only relaxes the attacker's linear programme (a known value becomes
  // a free one), so a cell's provable interval never narrows: only the cells still too narrow and
  // the newly withheld ones need solving again.
  const primary = [...withheld].filter(([, reason]) => reason === 'primary').map(([key]) => key);
  const bounds = (trial: ReadonlySet<string>, targets: readonly string[]) => provableBounds(solver, cells, trial, groups, targets, PUBLISHED_STEP, options.exact);
  let narrow = findNarrowlyBoundedCells(bounds(new Set(withheld.keys()), primary), options.minimumWidth);
  while (narrow.length > 0) {
    const [target] = narrow[0]!;
    for (const [key, reason] of chooseComplement(solver, target, cells, counts, withheld, groups, options)) withheld.set(key, reason);
    const recheck = narrow.map(([key]) => key);
    narrow = findNarrowlyBoundedCells(bounds(new Set(withheld.keys()), recheck), options.minimumWidth);
  }
  return withheld;
}

/**
 * The cells to withhold next so that `target` cannot be boxed: one published member of the
 * target's groups plus whatever the group-wise rule then withholds with it. Every candidate is
 * tried in the attacker's linear programme; among those that lift the target to `minimumWidth`,
 * the one losing the fewest respondents (sum of the added cells' counts) wins, else the one that
 * widens it most; ties by key. When every member of the target's groups is withheld already, the
 * search widens to the groups of those members, and so on.
 */
function chooseComplement(
  solver: LinearSolver,
  target: string,
  cells: ReadonlyMap<string, WeightedCell>,
  counts: ReadonlyMap<string, number>,
  withheld: ReadonlyMap<string, SuppressionReason | 'interval'>,
  groups: readonly AdditiveGroup[],
  options: IntervalProtection,
): Map<string, SuppressionReason | 'interval'> {
  let frontier = new Set([target]);
  const seen = new Set(frontier);
  while (frontier.size > 0) {
    const neighbours = new Set(
      groups
        .map((g) => [g.total, ...g.parts].filter((key) => cells.has(key)))
        .filter((members) => members.some((key) => frontier.has(key)))
        .flat()
        .filter((key) => !seen.has(key)),
    );
    const candidates = [...neighbours].filter((key) => !withheld.has(key)).sort();
    if (candidates.length > 0) {
      let best: { added: Map<string, SuppressionReason | 'interval'>; fixes: boolean; lost: number; width: number } | undefined;
      for (const candidate of candidates) {
        const added = new Map<string, SuppressionReason | 'interval'>([[candidate, 'interval']]);
        const trial = new Set([...withheld.keys(), candidate]);
        for (const [key, reason] of suppressSmallCells(counts, groups, options.minimumCount, trial)) {
          if (!trial.has(key)) added.set(key, reason);
        }
        for (const key of added.keys()) trial.add(key);
        const bounds = provableBounds(solver, cells, trial, groups, [target], PUBLISHED_STEP, options.exact).get(target)!;
        const width = bounds.high - bounds.low;
        const fixes = width >= options.minimumWidth;
        const lost = [...added.keys()].reduce((sum, key) => sum + counts.get(key)!, 0);
        const better = !best || (fixes && !best.fixes) || (fixes === best.fixes && (fixes ? lost < best.lost : width > best.width));
        if (better) best = { added, fixes, lost, width };
      }
      return best!.added;
    }
    for (const key of neighbours) seen.add(key);
    frontier = neighbours;
  }
  throw new Error(`interval protection: ${target} cannot be protected (every cell linked to it is withheld)`);
}
