/**
 * Finding an area by name, at any level: "sodermalm" finds Södermalm, "hagersten" both
 * Hägersten-Älvsjö and Hägersten-Liljeholmen, "vallingby, stockholm" Hässelby-Vällingby in
 * Stockholm. Forgiving of case, å/ä/ö and hyphens (`foldText`), and of a parent named after a comma.
 * The areas searched are the ones a drill-down reaches for the period shown, so a name is found
 * once, in the boundary version the map would draw.
 */
import { childrenOf, parentChain } from '../query/hierarchy.js';
import type { Area, Catalog } from '../schema/types.js';
import { foldText } from './fold.js';

type Hierarchy = Pick<Catalog, 'levels' | 'areas'>;

/** An area a search can find, with the areas it lies in (nearest first, the country left out). */
export interface SearchableArea {
  area: Area;
  parents: Area[];
}

/** One area that matched, with how well (higher is better). */
export interface AreaHit extends SearchableArea {
  score: number;
}

/**
 * The areas a drill-down reaches for `period`: those of the top mapped levels (levels whose parent
 * has no map, e.g. the county) and, level by level, the sub-areas `childrenOf` draws inside them.
 */
export function searchableAreas(catalog: Hierarchy, period = '', published?: readonly string[]): SearchableArea[] {
  const mapped = new Set(catalog.levels.filter((level) => level.geometry && (!published || published.includes(level.id))).map((level) => level.id));
  const topLevels = catalog.levels.filter((level) => mapped.has(level.id) && !(level.parent && mapped.has(level.parent)));
  const found: Area[] = [];
  const queue = catalog.areas.filter((area) => topLevels.some((level) => level.id === area.level));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const area = queue.shift()!;
    const key = `${area.level}\n${area.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(area);
    queue.push(...(childrenOf(catalog, area.level, area.code, period, published)?.areas ?? []));
  }
  return found.map((area) => ({
    area,
    parents: parentChain(catalog, area.level, area.code)
      .slice(0, -1)
      .filter((parent) => mapped.has(parent.level))
      .reverse(),
  }));
}

/** Words of a folded text; hyphens and spaces both split ("hägersten-älvsjö" → hagersten, alvsjo). */
function wordsOf(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * How well `query` names `name`: 4 for the whole name, 3 for its start (hyphens and spaces
 * ignored: "hasselbyv" finds Hässelby-Vällingby), 2 when every query word starts a word of the
 * name, 0 when it does not match.
 */
function nameScore(name: string, query: string[]): number {
  const words = wordsOf(name);
  const compactName = words.join('');
  const compactQuery = query.join('');
  if (compactName === compactQuery) return 4;
  if (compactName.startsWith(compactQuery)) return 3;
  return query.every((word) => words.some((candidate) => candidate.startsWith(word))) ? 2 : 0;
}

/**
 * Areas matching `query`, best first. The part before a comma names the area, the parts after it
 * areas it lies in ("Vällingby, Stockholm"); a match in a parent's name alone finds nothing.
 * Ties go to the larger area (nearer the top), then by name. An empty query matches nothing.
 */
export function searchAreas(areas: readonly SearchableArea[], query: string, limit = 10): AreaHit[] {
  const [own = [], ...within] = query.split(',').map(wordsOf);
  if (own.length === 0) return [];
  const hits: AreaHit[] = [];
  for (const candidate of areas) {
    const score = nameScore(candidate.area.name, own);
    if (score === 0) continue;
    if (!within.every((words) => words.length === 0 || candidate.parents.some((parent) => nameScore(parent.name, words) > 0))) continue;
    hits.push({ ...candidate, score });
  }
  return hits
    .sort((a, b) => b.score - a.score || a.parents.length - b.parents.length || a.area.name.localeCompare(b.area.name, 'sv'))
    .slice(0, limit);
}
