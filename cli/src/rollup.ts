/**
 * Fills in coarser levels of a count indicator (population, cases) by summing the finer areas:
 * a municipality's value is the sum of its DeSO areas. A parent cell is computed only when every
 * child area the root lists for it has a published value for that period, breakdown and category;
 * otherwise it is left out rather than published too low. Cells the table already has win.
 */
import type { Area, ValueRow } from '../../src/schema/types.js';
import type { LevelConfig } from './config.js';

/** `rows` plus the sums for every level that has a finer level nested in it. */
export function rollUpSums(rows: readonly ValueRow[], levels: readonly LevelConfig[], areas: readonly Area[]): ValueRow[] {
  const out = [...rows];
  const key = (r: Pick<ValueRow, 'level' | 'area' | 'period' | 'breakdown' | 'category'>) => `${r.level}|${r.area}|${r.period}|${r.breakdown}|${r.category}`;
  const present = new Map(out.map((r) => [key(r), r]));
  // Finest levels first, so a county can be summed from municipalities that were summed from DeSO.
  const depth = (id: string): number => {
    const parent = levels.find((l) => l.id === id)?.parent;
    return parent ? 1 + depth(parent) : 0;
  };
  const children = [...levels].filter((l) => l.parent).sort((a, b) => depth(b.id) - depth(a.id));
  for (const child of children) {
    const members = new Map<string, string[]>();
    for (const area of areas) {
      if (area.level === child.id && area.parent) members.set(area.parent, [...(members.get(area.parent) ?? []), area.code]);
    }
    const slices = new Set(out.filter((r) => r.level === child.id).map((r) => `${r.period}|${r.breakdown}|${r.category}`));
    for (const [parent, codes] of members) {
      for (const slice of slices) {
        const [period, breakdown, category] = slice.split('|') as [string, string, string];
        const target = { level: child.parent!, area: parent, period, breakdown, category };
        if (present.has(key(target))) continue;
        const cells = codes.map((code) => present.get(key({ ...target, level: child.id, area: code })));
        if (cells.some((c) => c?.status !== 'ok')) continue;
        const counts = cells.map((c) => c!.n);
        const row: ValueRow = {
          ...target,
          value: cells.reduce((sum, c) => sum + c!.value!, 0),
          ciLow: null,
          ciHigh: null,
          n: counts.every((n) => n !== null) ? counts.reduce((s, n) => s! + n!, 0) : null,
          status: 'ok',
        };
        out.push(row);
        present.set(key(row), row);
      }
    }
  }
  return out;
}
