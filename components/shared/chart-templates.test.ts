/**
 * The charts the page draws from templates (`chart-templates.json`) are the charts vega-lite
 * would draw: for every shape of published indicator (and the chart fixtures), every kind of chart
 * the builders make, both languages, phone and desktop widths, on screen and for export, a view fed
 * through the template and a view of the vega-lite spec compiled directly have the same scenegraph:
 * the same marks, the same number of items in each, every item's text and colours, and every
 * item's bounds within a pixel. And every one of those charts has a template (no vega-lite on the page).
 */
import { loadAllMessages } from '../../src/i18n/index.js';
import { describe, expect, it } from 'vitest';
import type { View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { Catalog, IndicatorFile } from '../../src/schema/types.js';
import { validateCatalog, validateIndicator } from '../../src/schema/validate.js';
import { allChartSpecs } from '../../src/specs/chart-cases.js';
import { liftSpec } from '../../src/specs/template.js';
import templatesText from './chart-templates.json?raw';
import { drawChart, makeView, templateStats } from './vega-runtime.js';

// The templates cover Swedish and English; in the browser English's messages load as a chunk.
await loadAllMessages();

const files = import.meta.glob<unknown>(
  ['../../data/catalog.json', '../../data/indicators/*.json', '../../data/sweden/catalog.json', '../../data/sweden/indicators/*.json', '../../test/fixtures/charts/**/*.json'],
  { eager: true, import: 'default' },
);

/** One indicator of each shape (levels × breakdowns) of a data root, validated like the widgets validate it. */
function indicatorShapes(root: string): { catalog: Catalog; indicator: IndicatorFile; label: string }[] {
  const catalog = validateCatalog(structuredClone(files[`${root}catalog.json`]), 'catalog.json');
  const shapes = new Set<string>();
  return Object.keys(files)
    .filter((path) => path.startsWith(`${root}indicators/`))
    .sort()
    .map((path) => validateIndicator(structuredClone(files[path]), path))
    .filter((indicator) => {
      const shape = `${indicator.levels.join()}|${indicator.breakdowns.join()}|${indicator.periods.length}`;
      return !shapes.has(shape) && Boolean(shapes.add(shape));
    })
    .map((indicator) => ({ catalog, indicator, label: root.replace('../../', '') }));
}

// Other widths than the templates were compiled at (320 and 640 px): sizes are holes, not structure.
const specs = allChartSpecs(['../../data/', '../../data/sweden/', '../../test/fixtures/charts/'].flatMap(indicatorShapes), [360, 1100]);

/**
 * The charts drawn both ways (drawing all of them twice takes minutes): each kind of chart of each
 * indicator shape, and each template fed the data of up to three different indicators.
 */
function compared(): typeof specs {
  const chosen = new Set<(typeof specs)[number]>();
  const perTemplate = new Map<string, Set<string>>();
  const kinds = new Set<string>();
  for (const entry of specs) {
    const [root, indicator, , kind] = entry.name.split(' ');
    const id = liftSpec(entry.spec).id;
    const fed = perTemplate.get(id) ?? new Set<string>();
    perTemplate.set(id, fed);
    const kindKey = `${root} ${indicator} ${kind}`;
    if (!kinds.has(kindKey) || (fed.size < 3 && !fed.has(`${root} ${indicator}`))) chosen.add(entry);
    kinds.add(kindKey);
    fed.add(`${root} ${indicator}`);
  }
  return [...chosen];
}

interface MarkSummary {
  path: string;
  items: number;
}

/** The parts of vega's scenegraph compared (its typings describe it loosely). */
interface SceneMark {
  marktype: string;
  role: string;
  name?: string;
  items: SceneItem[];
}
interface SceneItem {
  bounds: { x1: number; y1: number; x2: number; y2: number };
  items?: SceneMark[];
  [channel: string]: unknown;
}

/** Every mark of a scenegraph (by its path of roles and names) and, separately, its items' text, colours and bounds. */
function summarise(view: View): { marks: MarkSummary[]; items: { path: string; text: string; bounds: number[] }[] } {
  const marks: MarkSummary[] = [];
  const items: { path: string; text: string; bounds: number[] }[] = [];
  const visit = (mark: SceneMark, path: string): void => {
    const here = `${path}/${mark.marktype}:${mark.role}${mark.name ? `:${mark.name}` : ''}`;
    marks.push({ path: here, items: mark.items.length });
    mark.items.forEach((item, i) => {
      const b = item.bounds;
      items.push({ path: `${here}[${i}]`, text: [item.text, item.fill, item.stroke, item.strokeDash, item.opacity].map((v) => JSON.stringify(v) ?? '').join(' '), bounds: [b.x1, b.y1, b.x2, b.y2] });
      for (const child of item.items ?? []) visit(child, `${here}[${i}]`);
    });
  };
  visit((view.scenegraph() as unknown as { root: SceneMark }).root, '');
  return { marks, items };
}

async function scenegraphOf(spec: TopLevelSpec, lang: 'sv' | 'en', via: 'template' | 'vega-lite') {
  const view = await makeView(spec, lang, 'none', via);
  try {
    await view.runAsync();
    return summarise(view);
  } finally {
    view.finalize();
  }
}

describe('chart templates', () => {
  it('cover every chart of every published indicator shape and the fixtures (the page never needs vega-lite)', () => {
    const templates = JSON.parse(templatesText) as Record<string, unknown>;
    expect(specs.length).toBeGreaterThan(200);
    expect(specs.filter(({ spec }) => !(liftSpec(spec).id in templates)).map(({ name }) => name)).toEqual([]);
  });

  it('draw the same marks as the vega-lite specs compiled directly (counts, text, colours, bounds within a pixel)', async () => {
    const failures: string[] = [];
    const drawn = compared();
    expect(new Set(drawn.map(({ spec }) => liftSpec(spec).id)).size).toBe(Object.keys(JSON.parse(templatesText) as object).length);
    for (const { name, spec } of drawn) {
      const lang = name.includes(' en ') ? 'en' : 'sv';
      const [direct, templated] = [await scenegraphOf(spec, lang, 'vega-lite'), await scenegraphOf(spec, lang, 'template')];
      const marks = (s: typeof direct) => s.marks.map((m) => `${m.path} ×${m.items}`);
      if (marks(templated).join('\n') !== marks(direct).join('\n')) {
        failures.push(`${name}: marks differ\n  ${marks(direct).filter((m) => !marks(templated).includes(m)).slice(0, 3).join('\n  ')}`);
        continue;
      }
      const item = direct.items.findIndex((d, i) => {
        const t = templated.items[i]!;
        return d.text !== t.text || d.bounds.some((v, k) => !(Math.abs(v - t.bounds[k]!) <= 1 || (Number.isNaN(v) && Number.isNaN(t.bounds[k]!))));
      });
      if (item >= 0) failures.push(`${name}: ${direct.items[item]!.path} ${JSON.stringify(direct.items[item])} ≠ ${JSON.stringify(templated.items[item])}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  }, 60_000);

  it('are parsed once per structure: a second chart of the same kind, other data, reuses the first parse', async () => {
    const trends = specs.filter(({ name }) => name.includes(' trend ') && !name.endsWith('export'));
    const first = trends[0]!;
    const id = liftSpec(first.spec).id;
    const second = trends.find(({ spec }) => liftSpec(spec).id === id && JSON.stringify(spec) !== JSON.stringify(first.spec))!;
    expect(second, 'two trends of one structure with different data').toBeDefined();
    const drawn = [];
    const before = templateStats();
    drawn.push(await drawChart(document.createElement('div'), first.spec, 'sv'));
    const afterFirst = templateStats();
    drawn.push(await drawChart(document.createElement('div'), second.spec, 'sv'));
    const afterSecond = templateStats();
    for (const chart of drawn) chart.finalize();
    expect(afterFirst.parsed - before.parsed).toBeLessThanOrEqual(1);
    expect(afterSecond).toEqual(afterFirst);
    expect(afterSecond.misses).toBe(before.misses);
  });
});
