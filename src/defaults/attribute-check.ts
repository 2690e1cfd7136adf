/**
 * Attribute values that name nothing in the data. `period="1999"` on an indicator without 1999, a
 * misspelt `breakdown`, an `area` code no file knows: the widget shows its worded empty state (or
 * falls back, as a chart does for a level the indicator lacks), and whoever wrote the page gets a
 * console warning naming the attribute and what would have been valid. One rule for every element.
 */
import type { Catalog, IndicatorFile } from '../schema/types.js';

/** The view attributes an element was given; those it does not have (or that are empty) are left out. */
export interface ViewAttributes {
  level?: string;
  period?: string;
  breakdown?: string;
  category?: string;
  area?: string;
  /** Comma-separated area codes (`<kollen-trend areas>`). */
  areas?: string;
}

/** One attribute whose value the data does not have. */
export interface UnknownAttribute {
  attribute: keyof ViewAttributes;
  value: string;
  /** What would have named something, for the message. */
  expected: string;
}

const listed = (values: readonly string[]) => (values.length > 8 ? `${values.slice(0, 8).join(', ')} … (${values.length})` : values.join(', ') || 'none');

/** The attributes in `given` that name nothing in the catalogue and the indicator file. */
export function unknownAttributes(catalog: Catalog, indicator: IndicatorFile, given: ViewAttributes): UnknownAttribute[] {
  const found: UnknownAttribute[] = [];
  const { level, period, breakdown, category, area, areas } = given;
  if (level && !indicator.levels.includes(level)) {
    found.push({ attribute: 'level', value: level, expected: `a level of "${indicator.id}": ${listed(indicator.levels)}` });
  }
  if (period && !indicator.periods.includes(period)) {
    found.push({ attribute: 'period', value: period, expected: `a period of "${indicator.id}": ${listed(indicator.periods)}` });
  }
  const split = breakdown && breakdown !== 'total' ? breakdown : undefined;
  if (split && !indicator.breakdowns.includes(split)) {
    found.push({ attribute: 'breakdown', value: split, expected: `a breakdown of "${indicator.id}": ${listed(['total', ...indicator.breakdowns])}` });
  }
  if (category && category !== 'total') {
    const categories = split ? catalog.breakdowns.find((b) => b.id === split)?.categories.map((c) => c.id) : undefined;
    if (!split) found.push({ attribute: 'category', value: category, expected: 'a breakdown attribute for the category to belong to' });
    else if (categories && !categories.includes(category)) {
      found.push({ attribute: 'category', value: category, expected: `a category of breakdown "${split}": ${listed(categories)}` });
    }
  }
  const knownArea = (code: string) => catalog.areas.some((a) => a.code === code) || indicator.values.area.includes(code);
  if (area && !knownArea(area)) found.push({ attribute: 'area', value: area, expected: 'an area code of the catalogue or the indicator file' });
  const unknownCodes = (areas ?? '').split(',').map((code) => code.trim()).filter((code) => code && !knownArea(code));
  if (unknownCodes.length > 0) found.push({ attribute: 'areas', value: unknownCodes.join(','), expected: 'area codes of the catalogue or the indicator file' });
  return found;
}

/** The console line for one unknown attribute of an element (`kollen-map`). */
export function unknownAttributeWarning(element: string, unknown: UnknownAttribute): string {
  return `[${element}] ${unknown.attribute}="${unknown.value}" names nothing in the data: expected ${unknown.expected}`;
}
