/**
 * Run-time validation of `catalog.json`: its shape (`types.ts`) and its consistency — ids that
 * repeat, references to levels, themes, breakdowns and areas that do not exist, boundary dates
 * that are not dates or run backwards, and parents that go round in a circle.
 */
import { checkUnit, checkWordingFields, Checker, HTTP_URL, POLARITIES, versionError, type Obj } from './checker.js';
import { checkCrossBreakdowns } from './cross-breakdowns.js';
import { KollenDataError } from './errors.js';
import { SCHEMA_VERSION, type Catalog } from './types.js';

/** Ids a catalogue defines, for the checks that refer to them. */
interface Defined {
  themes: Set<string>;
  levels: Map<string, { path: string; parent?: unknown; parents: string[] }>;
  breakdowns: Set<string>;
}

function checkLevels(c: Checker, root: Obj, defined: Defined): void {
  const ids = new Set<string>();
  const levels = (c.array(root.levels, '$.levels') ?? []).map((raw, i) => ({ path: `$.levels[${i}]`, level: c.object(raw, `$.levels[${i}]`) }));
  for (const { path, level } of levels) {
    if (!level) continue;
    if (c.uniqueId(level.id, `${path}.id`, ids)) {
      const parents = level.parents === undefined ? [] : c.uniqueStrings(level.parents, `${path}.parents`);
      defined.levels.set(level.id, { path, parent: level.parent, parents });
    }
    c.text(level.title, `${path}.title`);
    if (level.noun !== undefined) {
      const noun = c.object(level.noun, `${path}.noun`);
      if (noun) {
        c.text(noun.one, `${path}.noun.one`);
        c.text(noun.other, `${path}.noun.other`);
      }
    }
    c.string(level.division, `${path}.division`);
    const from = level.validFrom;
    const to = level.validTo;
    if (c.optionalDate(from, `${path}.validFrom`) && c.optionalDate(to, `${path}.validTo`) && from && to && from > to) {
      c.fail(`${path}.validTo`, `a date on or after validFrom (${from})`, to);
    }
    if (level.geometry !== undefined) {
      const geometry = c.object(level.geometry, `${path}.geometry`);
      if (geometry) {
        for (const key of ['file', 'object', 'codeProperty', 'nameProperty']) c.string(geometry[key], `${path}.geometry.${key}`);
        const ratio = geometry.aspectRatio;
        if (ratio !== undefined && c.finite(ratio, `${path}.geometry.aspectRatio`) && !(ratio >= 0.2 && ratio <= 5)) {
          c.fail(`${path}.geometry.aspectRatio`, 'a width ÷ height from 0.2 to 5', ratio);
        }
      }
    }
  }
  for (const { path, level } of levels) {
    if (!level || level.parent === undefined) continue;
    if (c.string(level.parent, `${path}.parent`) && !defined.levels.has(level.parent)) {
      c.fail(`${path}.parent`, 'the id of a level in $.levels', level.parent);
    }
  }
  const cycle = findCycle([...defined.levels].map(([id, { parent }]) => [id, typeof parent === 'string' ? parent : undefined]));
  if (cycle) c.failDescribed(`${defined.levels.get(cycle[0]!)!.path}.parent`, 'a chain of parent levels that ends', `the circle ${cycle.join(' → ')}`);
}

/**
 * The first circle in a parent relation (`child → parent`), as the ids along it with the first
 * repeated at the end, or undefined when every chain of parents ends.
 */
export function findCycle(parents: Iterable<readonly [string, string | undefined]>): string[] | undefined {
  const parentOf = new Map(parents);
  const settled = new Set<string>();
  for (const start of parentOf.keys()) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let node: string | undefined = start;
    while (node !== undefined && !settled.has(node)) {
      if (onChain.has(node)) return [...chain.slice(chain.indexOf(node)), node];
      chain.push(node);
      onChain.add(node);
      node = parentOf.get(node);
    }
    for (const id of chain) settled.add(id);
  }
  return undefined;
}

function checkAreas(c: Checker, root: Obj, defined: Defined): void {
  const codes = new Map<string, number>();
  const areas = (c.array(root.areas, '$.areas') ?? []).map((raw, i) => c.object(raw, `$.areas[${i}]`));
  areas.forEach((area, i) => {
    if (!area) return;
    const hasCode = c.string(area.code, `$.areas[${i}].code`);
    c.string(area.name, `$.areas[${i}].name`);
    c.optionalPartialText(area.names, `$.areas[${i}].names`);
    const hasLevel = c.string(area.level, `$.areas[${i}].level`);
    if (hasLevel && !defined.levels.has(area.level as string)) c.fail(`$.areas[${i}].level`, 'the id of a level in $.levels', area.level);
    if (area.similar !== undefined) c.stringArray(area.similar, `$.areas[${i}].similar`);
    if (!hasCode || !hasLevel) return;
    const key = `${String(area.level)}|${area.code}`;
    const first = codes.get(key);
    if (first !== undefined) c.fail(`$.areas[${i}].code`, `a code not used before on level "${String(area.level)}" ($.areas[${first}] has it)`, area.code);
    else codes.set(key, i);
  });
  // An area's parent is an area on its level's parent level, so parents of areas end where levels do.
  areas.forEach((area, i) => {
    if (!area || area.parent === undefined || !c.string(area.parent, `$.areas[${i}].parent`)) return;
    const parentLevel = defined.levels.get(String(area.level))?.parent;
    if (typeof parentLevel !== 'string') {
      c.fail(`$.areas[${i}].parent`, `no parent, as level "${String(area.level)}" has no parent level`, area.parent);
    } else if (!codes.has(`${parentLevel}|${area.parent}`)) {
      c.fail(`$.areas[${i}].parent`, `the code of an area of level "${parentLevel}" in $.areas`, area.parent);
    }
  });
  areas.forEach((area, i) => {
    if (area?.parents !== undefined) checkAreaParents(c, area, `$.areas[${i}].parents`, defined, codes);
  });
}

/** An area's `parents`: per level its level nests in, an area of that level (agreeing with `parent`). */
function checkAreaParents(c: Checker, area: Obj, path: string, defined: Defined, codes: ReadonlyMap<string, number>): void {
  const level = defined.levels.get(String(area.level));
  const allowed = [level?.parent, ...(level?.parents ?? [])];
  for (const [parentLevel, code] of Object.entries(c.object(area.parents, path) ?? {})) {
    const agrees = parentLevel !== level?.parent || area.parent === undefined || area.parent === code;
    if (!allowed.includes(parentLevel) || !codes.has(`${parentLevel}|${String(code)}`) || !agrees) {
      c.fail(`${path}.${parentLevel}`, 'an enclosing area (agreeing with parent)', code);
    }
  }
}

function checkThemesAndBreakdowns(c: Checker, root: Obj, defined: Defined): void {
  (c.array(root.themes, '$.themes') ?? []).forEach((raw, i) => {
    const theme = c.object(raw, `$.themes[${i}]`);
    if (!theme) return;
    c.uniqueId(theme.id, `$.themes[${i}].id`, defined.themes);
    c.text(theme.title, `$.themes[${i}].title`);
    c.optionalText(theme.description, `$.themes[${i}].description`);
  });
  (c.array(root.breakdowns, '$.breakdowns') ?? []).forEach((raw, i) => {
    const path = `$.breakdowns[${i}]`;
    const breakdown = c.object(raw, path);
    if (!breakdown) return;
    c.uniqueId(breakdown.id, `${path}.id`, defined.breakdowns);
    c.text(breakdown.title, `${path}.title`);
    const categories = new Set<string>();
    (c.array(breakdown.categories, `${path}.categories`) ?? []).forEach((cat, j) => {
      const category = c.object(cat, `${path}.categories[${j}]`);
      if (!category) return;
      c.uniqueId(category.id, `${path}.categories[${j}].id`, categories);
      c.text(category.title, `${path}.categories[${j}].title`);
    });
  });
  // cli:
  checkCrossBreakdowns(c, (Array.isArray(root.breakdowns) ? root.breakdowns : []).filter((b): b is Obj => typeof b === 'object' && b !== null));
}

function checkIndicators(c: Checker, root: Obj, defined: Defined): void {
  const ids = new Set<string>();
  (c.array(root.indicators, '$.indicators') ?? []).forEach((raw, i) => {
    const path = `$.indicators[${i}]`;
    const indicator = c.object(raw, path);
    if (!indicator) return;
    c.uniqueId(indicator.id, `${path}.id`, ids);
    c.text(indicator.title, `${path}.title`);
    if (c.string(indicator.theme, `${path}.theme`) && !defined.themes.has(indicator.theme)) {
      c.fail(`${path}.theme`, 'the id of a theme in $.themes', indicator.theme);
    }
    c.boolean(indicator.simulated, `${path}.simulated`);
    c.string(indicator.file, `${path}.file`);
    checkUnit(c, indicator.unit, `${path}.unit`);
    c.oneOf(indicator.polarity, POLARITIES, `${path}.polarity`);
    checkWordingFields(c, indicator, path);
    c.uniqueStrings(indicator.levels, `${path}.levels`).forEach((level, j) => {
      if (!defined.levels.has(level)) c.fail(`${path}.levels[${j}]`, 'the id of a level in $.levels', level);
    });
    c.pooledPeriods(indicator.pooledPeriods, c.periods(indicator.periods, `${path}.periods`), `${path}.pooledPeriods`);
    c.uniqueStrings(indicator.breakdowns, `${path}.breakdowns`).forEach((breakdown, j) => {
      if (!defined.breakdowns.has(breakdown)) c.fail(`${path}.breakdowns[${j}]`, 'the id of a breakdown in $.breakdowns', breakdown);
    });
  });
}

/**
 * Checks a parsed `catalog.json`. Returns it typed, or throws a `KollenDataError` listing every
 * problem (at most 50).
 */
export function validateCatalog(data: unknown, file: string): Catalog {
  const c = new Checker();
  const root = c.object(data, '$');
  if (!root) throw new KollenDataError('invalid', file, c.issues);
  if (root.schemaVersion !== SCHEMA_VERSION) throw versionError(file, root.schemaVersion);
  if (root.languages !== undefined) c.languageList(root.languages, '$.languages');
  c.text(root.title, '$.title');
  if (c.string(root.updated, '$.updated')) c.optionalDate(root.updated, '$.updated');
  // The dashboard link is put in front of people on other sites: http(s) only, never `javascript:`.
  if (root.dashboardUrl !== undefined && (typeof root.dashboardUrl !== 'string' || !HTTP_URL.test(root.dashboardUrl))) {
    c.fail('$.dashboardUrl', 'an http(s) URL of the dashboard page', root.dashboardUrl);
  }
  const defined: Defined = { themes: new Set(), levels: new Map(), breakdowns: new Set() };
  checkThemesAndBreakdowns(c, root, defined);
  checkLevels(c, root, defined);
  checkAreas(c, root, defined);
  checkIndicators(c, root, defined);
  c.throwIfAny(file);
  return data as Catalog;
}
