/**
 * Reading an indicator file row by row, and the names a chart needs (areas, categories, levels),
 * in the shapes the spec builders use.
 */
import { localized } from '../i18n/index.js';
import type { Catalog, IndicatorFile, ValueRow } from '../schema/types.js';
import type { Lang } from '../i18n/locales.js';
import { rowAt } from '../schema/rows.js';

/** The cells of an indicator as rows; optionally only those passing `keep` (cheap: no copy of skipped rows). */
export function indicatorRows(indicator: IndicatorFile, keep?: (level: string, area: string, period: string, breakdown: string) => boolean): ValueRow[] {
  const v = indicator.values;
  const rows: ValueRow[] = [];
  for (let i = 0; i < v.area.length; i++) {
    if (keep && !keep(v.level[i]!, v.area[i]!, v.period[i]!, v.breakdown[i]!)) continue;
    rows.push(rowAt(v, i));
  }
  return rows;
}

/** True when a row holds a publishable number. */
export function isPublished(row: ValueRow): row is ValueRow & { value: number } {
  return row.status === 'ok' && typeof row.value === 'number' && Number.isFinite(row.value);
}

/** Name of an area from the catalogue, or its code when the catalogue does not list it. */
export function areaName(catalog: Catalog, level: string, code: string): string {
  return (
    catalog.areas.find((area) => area.code === code && area.level === level)?.name ??
    catalog.areas.find((area) => area.code === code)?.name ??
    code
  );
}

/** Titles of a breakdown's categories in catalogue order; empty when the breakdown is unknown. */
export function categoryTitles(catalog: Catalog, breakdown: string, lang: Lang): { id: string; title: string }[] {
  const found = catalog.breakdowns.find((b) => b.id === breakdown);
  return found ? found.categories.map((category) => ({ id: category.id, title: localized(category.title, lang) })) : [];
}

/** The division (boundary version) of a level, or the level id when the catalogue does not say. */
export function divisionOf(catalog: Catalog, level: string): string {
  return catalog.levels.find((l) => l.id === level)?.division ?? level;
}

/** Periods in the indicator's own order (the file lists them chronologically). */
export function orderedPeriods(indicator: IndicatorFile): string[] {
  return [...indicator.periods];
}
