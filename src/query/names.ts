/**
 * The names a view shows for what the data files identify by id: areas, levels, categories and
 * the division (boundary version) of a level, all from the catalogue.
 */
import { localized } from '../i18n/index.js';
import type { Lang } from '../i18n/locales.js';
import type { Catalog } from '../schema/types.js';

/**
 * Name of an area from the catalogue (on its level, else any level) in `lang` where the catalogue
 * gives one (`Stockholm County`), else its own name; its code when the catalogue does not list it.
 * No fallback through other languages: an area's own name is the right one where no translation is in use.
 */
export function areaName(catalog: Pick<Catalog, 'areas'>, level: string, code: string, lang: Lang): string {
  const area = catalog.areas.find((candidate) => candidate.code === code && candidate.level === level) ?? catalog.areas.find((candidate) => candidate.code === code);
  return area ? (area.names?.[lang] ?? area.name) : code;
}

/** Title of a level (`Kommun`), or empty when the catalogue does not list it. */
export function levelTitle(catalog: Pick<Catalog, 'levels'>, level: string, lang: Lang): string {
  return localized(catalog.levels.find((candidate) => candidate.id === level)?.title, lang);
}

/** Titles of a breakdown's categories in catalogue order; empty when the breakdown is unknown. */
export function categoryTitles(catalog: Pick<Catalog, 'breakdowns'>, breakdown: string, lang: Lang): { id: string; title: string }[] {
  const found = catalog.breakdowns.find((candidate) => candidate.id === breakdown);
  return found ? found.categories.map((category) => ({ id: category.id, title: localized(category.title, lang) })) : [];
}

/**
 * Title of one category of a breakdown: empty for `total` (nothing to say); the catalogue's title;
 * for a cross-breakdown the catalogue does not list, its parts' titles joined by commas
 * (`sex*age-5y` / `women*20-24` → `Kvinnor, 20–24 år`); the id itself for a category unknown to
 * the catalogue.
 */
export function categoryTitle(catalog: Pick<Catalog, 'breakdowns'>, breakdown: string, category: string, lang: Lang): string {
  if (breakdown === 'total') return '';
  const listed = catalog.breakdowns.find((candidate) => candidate.id === breakdown)?.categories.find((candidate) => candidate.id === category);
  if (listed) return localized(listed.title, lang);
  const breakdownIds = breakdown.split('*');
  return category
    .split('*')
    .map((id, i) => {
      const found = catalog.breakdowns.find((candidate) => candidate.id === breakdownIds[i])?.categories.find((candidate) => candidate.id === id);
      return found ? localized(found.title, lang) : id;
    })
    .join(', ');
}

/**
 * The group a figure of one category shows, named with its breakdown so it reads on its own in a
 * subtitle, image title or embed title (`Kön: Kvinnor`, `Utbildningsnivå: Förgymnasial`); empty for
 * `total`. Every view, export and embed of one category names it with this (issue 13, point 6).
 */
export function groupTitle(catalog: Pick<Catalog, 'breakdowns'>, breakdown: string, category: string, lang: Lang): string {
  const shown = categoryTitle(catalog, breakdown, category, lang);
  if (!shown) return '';
  const breakdownTitle = localized(catalog.breakdowns.find((candidate) => candidate.id === breakdown)?.title, lang);
  return breakdownTitle ? `${breakdownTitle}: ${shown}` : shown;
}

/** The division (boundary version) of a level, or the level id when the catalogue does not say. */
export function divisionOf(catalog: Pick<Catalog, 'levels'>, level: string): string {
  return catalog.levels.find((candidate) => candidate.id === level)?.division ?? level;
}
