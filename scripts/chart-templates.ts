/**
 * The build step of the charts' vega templates (`npm run templates`, checked by
 * `scripts/chart-templates.test.ts`): runs the spec builders of `src/specs/` over every published
 * data root and the chart fixtures, in both languages, phone and desktop widths, on screen and for
 * export, takes each spec apart (`liftSpec`), and compiles every structure found once with
 * vega-lite into a vega template (`vegaTemplate`). The result, `components/shared/chart-templates.json`,
 * is what the page's chart engine draws from; the page never loads vega-lite.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile, type TopLevelSpec } from 'vega-lite';
import { loadAllMessages } from '../src/i18n/index.js';
import { validateCatalog, validateIndicator } from '../src/schema/validate.js';
import type { Catalog, IndicatorFile } from '../src/schema/types.js';
import { allChartSpecs } from '../src/specs/chart-cases.js';
import { liftSpec, vegaTemplate } from '../src/specs/template.js';

const root = resolve(import.meta.dirname, '..');
export const TEMPLATES_FILE = join(root, 'components/shared/chart-templates.json');

/** The data roots whose indicators decide which chart structures exist. */
export const TEMPLATE_DATA_ROOTS = ['data', 'data/sweden', 'test/fixtures/charts'];

/** Every published (or fixture) indicator of a data root, with its catalogue. */
export function indicatorsOf(dataRoot: string): { catalog: Catalog; indicator: IndicatorFile; label: string }[] {
  const dir = join(root, dataRoot);
  const catalog = validateCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')), 'catalog.json');
  return readdirSync(join(dir, 'indicators'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ catalog, label: dataRoot, indicator: validateIndicator(JSON.parse(readFileSync(join(dir, 'indicators', name), 'utf8')), `indicators/${name}`) }));
}

/** Every chart of every data root the templates cover. */
export function allSpecs(): { name: string; spec: TopLevelSpec }[] {
  return allChartSpecs(TEMPLATE_DATA_ROOTS.flatMap(indicatorsOf));
}

/** The templates by structure id, in a stable order. */
export function buildTemplates(): Record<string, unknown> {
  const templates = new Map<string, unknown>();
  const keys = new Map<string, string>();
  for (const { name, spec } of allSpecs()) {
    const lifted = liftSpec(spec);
    const known = keys.get(lifted.id);
    if (known !== undefined && known !== lifted.key) throw new Error(`Two chart structures share the id ${lifted.id}`);
    if (known !== undefined) continue;
    keys.set(lifted.id, lifted.key);
    try {
      templates.set(lifted.id, vegaTemplate(compile(lifted.skeleton as unknown as TopLevelSpec).spec as unknown as Record<string, unknown>, lifted.holes));
    } catch (error) {
      throw new Error(`Chart template of ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return Object.fromEntries([...templates].sort(([a], [b]) => a.localeCompare(b)));
}

/** The templates file's text. */
export function templatesText(): string {
  return `${JSON.stringify(buildTemplates())}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // The specs carry every interface language's words; languages other than Swedish load as chunks.
  await loadAllMessages();
  const text = templatesText();
  writeFileSync(TEMPLATES_FILE, text);
  console.log(`${Object.keys(JSON.parse(text) as object).length} chart templates, ${(text.length / 1024).toFixed(0)} KB → ${TEMPLATES_FILE}`);
}
