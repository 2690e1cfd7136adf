/**
 * Text from data files (area names, category and breakdown titles, periods) reaches vega only as
 * data — row values, scale domains, parameter values — never spliced into an expression string,
 * where a valid name with U+2028 (a line separator, legal in JSON strings but not in an expression
 * string literal) broke the ranking, and where quotes could turn a name into code.
 */
import type { Spec } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { loadAllMessages } from '../../src/i18n/index.js';
import { renderImage } from './vega-runtime.js';
import type { Catalog } from '../../src/schema/types.js';

// The chart fixture data root, bundled for the browser (src/specs/fixtures.ts reads it from disk in Node).
const catalogFile = import.meta.glob<unknown>('../../test/fixtures/charts/catalog.json', { eager: true, import: 'default' });
const indicatorFiles = import.meta.glob<unknown>('../../test/fixtures/charts/indicators/*.json', { eager: true, import: 'default' });
const fixtureCatalog = (): Catalog => validateCatalog(structuredClone(Object.values(catalogFile)[0]), 'catalog.json');
const fixtureIndicator = (id: string) => validateIndicator(structuredClone(indicatorFiles[`../../test/fixtures/charts/indicators/${id}.json`]), `indicators/${id}.json`);
import { breakdownData, breakdownSpec } from '../../src/specs/breakdown.js';
import { validateCatalog, validateIndicator } from '../../src/schema/validate.js';
import { pyramidData, pyramidSpec } from '../../src/specs/pyramid.js';
import { rankingData, rankingSpec } from '../../src/specs/ranking.js';
import { trendAreas, trendData, trendSpec } from '../../src/specs/trend.js';

// The specs speak every language; in the browser the other languages' messages load as chunks.
await loadAllMessages();

/** Valid text that no expression string can hold as it is, or that would be code if spliced. */
const HOSTILE = '\u2028"+alert(1)+"\\\u2029\'';
const hostile = (name: string) => `${name}${HOSTILE}`;

/** A data text with every language's words made hostile. */
const hostileText = (text: Record<string, string>) => Object.fromEntries(Object.entries(text).map(([lang, words]) => [lang, hostile(words)]));

/** The chart fixture catalogue with every area name and category and breakdown title made hostile. */
function hostileCatalog(): Catalog {
  const catalog = fixtureCatalog();
  for (const area of catalog.areas) area.name = hostile(area.name);
  for (const breakdown of catalog.breakdowns) {
    breakdown.title = hostileText(breakdown.title);
    for (const category of breakdown.categories) category.title = hostileText(category.title);
  }
  return catalog;
}

/** Where vega reads expressions. */
const EXPRESSION_KEYS = new Set(['expr', 'signal', 'update', 'init', 'test', 'filter', 'calculate', 'labelExpr', 'as']);

/** Every expression string of a compiled vega spec that holds part of the hostile text. */
function splicedExpressions(spec: Spec): string[] {
  const found: string[] = [];
  JSON.stringify(spec, (key, value: unknown) => {
    if (typeof value === 'string' && EXPRESSION_KEYS.has(key) && (value.includes('\u2028') || value.includes('alert(1)'))) found.push(`${key}: ${value}`);
    return value;
  });
  return found;
}

const catalog = hostileCatalog();
const smoking = fixtureIndicator('chart-smoking');
const population = fixtureIndicator('chart-population');
const charts: [string, () => TopLevelSpec][] = [
  ['ranking with a selected area', () => {
    const request = { catalog, indicator: smoking, level: 'municipality', period: '2021', breakdown: 'total', category: 'total', selected: '0004', lang: 'sv' as const };
    return rankingSpec(request, rankingData(request), 640);
  }],
  ['ranking of a category', () => {
    const request = { catalog, indicator: smoking, level: 'municipality', period: '2021', breakdown: 'sex', category: 'women', selected: '0001', lang: 'en' as const };
    return rankingSpec(request, rankingData(request), 320);
  }],
  ['trend', () => {
    const areas = trendAreas(catalog, smoking, 'municipality', ['0003'], '0001');
    const request = { catalog, indicator: smoking, areas, breakdown: 'sex', selected: '0001', lang: 'sv' as const };
    return trendSpec(request, trendData(request), 640);
  }],
  ['breakdown', () => {
    const request = { catalog, indicator: smoking, level: 'municipality', area: '0001', period: '2021', breakdown: 'education', lang: 'sv' as const };
    return breakdownSpec(request, breakdownData(request), 640);
  }],
  ['pyramid', () => {
    const request = { catalog, indicator: population, level: 'municipality', area: '0001', period: population.periods.at(-1)!, breakdown: 'sex*age-5y', lang: 'sv' as const };
    return pyramidSpec(request, pyramidData(request), 640);
  }],
];

describe('text from data reaches vega as data', () => {
  it.each(charts)('%s: compiles and draws, no name in any expression, every name drawn as text', async (_name, make) => {
    const spec = make();
    const compiled = compile(spec).spec;
    expect(splicedExpressions(compiled)).toEqual([]);
    const svg = await renderImage(spec, 'sv', 'svg');
    // Drawn as text: the separators survive as characters (escaped by the SVG writer or not).
    expect(svg.includes('alert(1)')).toBe(true);
  });

  it('the ranking keeps its order and marks the selected name bold, though names hold U+2028', async () => {
    const request = { catalog, indicator: smoking, level: 'municipality', period: '2021', breakdown: 'total', category: 'total', selected: '0004', lang: 'sv' as const };
    const data = rankingData(request);
    const svg = await renderImage(rankingSpec(request, data, 640), 'sv', 'svg');
    const labels = [...svg.matchAll(/<text[^>]*font-weight="(bold|normal)"[^>]*>([^<]*)<\/text>/g)]
      .map(([, weight, label]) => [label!.replace(/&#x?[0-9a-f]+;|&\w+;/gi, '').slice(0, 5), weight])
      .filter(([label]) => ['Åby', 'Dalby', 'Berga', 'Östra'].some((name) => label!.startsWith(name)));
    expect(labels.map(([label]) => label!.split(/[\u2028"]/)[0])).toEqual(['Åby', 'Dalby', 'Berga', 'Östra']);
    expect(labels.find(([label]) => label!.startsWith('Dalby'))![1]).toBe('bold');
    expect(labels.filter(([, weight]) => weight === 'bold')).toHaveLength(1);
  });
});
