/**
 * The bad-data corpus (`test/fixtures/bad-data/cases.json`) through both checkers of the data
 * contract: the run-time checks the widgets make (validator, consistency with the catalogue, the
 * data-root boundary) and the published JSON Schema. Each case says what each of them does with
 * its files ('refuses', 'warns', 'accepts', 'n/a') and, where they differ, why the schema cannot
 * express the rule; this test holds both to it. The e2e test runs the same corpus in Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { resolveInsideRoot } from '../load/data-root.js';
import { isIsoDate } from './checker.js';
import type { DataIssue } from './errors.js';
import type { Catalog } from './types.js';
import { checkIndicatorAgainstCatalog, validateCatalog, validateIndicator } from './validate.js';

type Verdict = 'refuses' | 'warns' | 'accepts' | 'n/a';

interface Case {
  id: string;
  attributes?: Record<string, string>;
  runtime?: Verdict;
  schema?: Verdict;
  schemaNote?: string;
}

const repo = resolve(import.meta.dirname, '../..');
const corpus = join(repo, 'test/fixtures/bad-data');
const { cases, fallback } = JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8')) as { cases: Case[]; fallback: string };
// Cases without verdicts (geometry cases, say) are about TopoJSON, which neither checker reads.
const judged = cases.filter((badCase) => badCase.runtime !== undefined);

const ajv = new Ajv2020({ allErrors: true, strict: true });
// RFC 3339 full-date, as `format: date` means: a date that exists.
ajv.addFormat('date', { validate: isIsoDate });
ajv.addSchema(JSON.parse(readFileSync(join(repo, 'src/schema/kollen.schema.json'), 'utf8')), 'kollen');
const schemaFor = { catalog: ajv.getSchema('kollen#/$defs/Catalog')!, indicator: ajv.getSchema('kollen#/$defs/IndicatorFile')! };

/** A file of the case's data root: the case's own, else the good fixture root's. */
function fileOf(badCase: Case, path: string): string | undefined {
  for (const dir of [join(corpus, badCase.id), join(repo, fallback)]) {
    const full = join(dir, path);
    if (existsSync(full)) return readFileSync(full, 'utf8');
  }
  return undefined;
}

const parse = (text: string | undefined): unknown => {
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
};

/** What the widgets' checks make of the case: the catalogue, the indicator shown and the geometry files' places. */
function runtimeVerdict(badCase: Case): Verdict {
  const root = `http://kollen.test/bad-data/${badCase.id}/`;
  const warnings: DataIssue[] = [];
  try {
    const catalog: Catalog = validateCatalog(parse(fileOf(badCase, 'catalog.json')), 'catalog.json');
    catalog.levels.forEach((level, i) => level.geometry && resolveInsideRoot(root, level.geometry.file, `$.levels[${i}].geometry.file`));
    const id = badCase.attributes?.indicator ?? catalog.indicators[0]!.id;
    const index = catalog.indicators.findIndex((indicator) => indicator.id === id);
    if (index < 0) return 'n/a';
    const summary = catalog.indicators[index]!;
    resolveInsideRoot(root, summary.file, `$.indicators[${index}].file`);
    const data = parse(fileOf(badCase, summary.file));
    if (data === undefined) return 'n/a';
    checkIndicatorAgainstCatalog(validateIndicator(data, summary.file, warnings), summary.file, catalog, index);
  } catch {
    return 'refuses';
  }
  return warnings.length > 0 ? 'warns' : 'accepts';
}

/** What the JSON Schema makes of the case's own catalogue and indicator files. */
function schemaVerdict(badCase: Case): Verdict {
  const own = (path: string) => existsSync(join(corpus, badCase.id, path));
  const catalog = parse(fileOf(badCase, 'catalog.json')) as Catalog | undefined;
  const files: [unknown, 'catalog' | 'indicator'][] = [];
  if (own('catalog.json')) files.push([catalog, 'catalog']);
  for (const summary of catalog?.indicators ?? []) {
    if (typeof summary?.file === 'string' && own(summary.file)) files.push([parse(fileOf(badCase, summary.file)), 'indicator']);
  }
  if (files.length === 0 || files.some(([data]) => data === undefined)) return 'n/a';
  return files.every(([data, kind]) => schemaFor[kind](data)) ? 'accepts' : 'refuses';
}

describe('the bad-data corpus through the run-time checks and the JSON Schema', () => {
  it('gives every case a verdict for both, and a note wherever they differ', () => {
    expect(judged.length).toBeGreaterThanOrEqual(35);
    for (const badCase of judged) {
      expect(badCase.schema, badCase.id).toBeDefined();
      if (badCase.runtime !== badCase.schema) expect(badCase.schemaNote, `${badCase.id}: say why the schema differs`).toBeTruthy();
    }
  });

  it.each(judged.filter((c) => c.runtime !== 'n/a').map((c) => [c.id, c] as const))('%s: run-time checks', (_id, badCase) => {
    expect(runtimeVerdict(badCase)).toBe(badCase.runtime);
  });

  it.each(judged.filter((c) => c.schema !== 'n/a').map((c) => [c.id, c] as const))('%s: JSON Schema', (_id, badCase) => {
    expect(schemaVerdict(badCase), JSON.stringify(schemaFor.catalog.errors ?? schemaFor.indicator.errors)).toBe(badCase.schema);
  });

  it('the good fixture root passes both', () => {
    const good: Case = { id: '.no-such-case', runtime: 'accepts' };
    expect(runtimeVerdict(good)).toBe('accepts');
    expect(schemaFor.catalog(parse(fileOf(good, 'catalog.json')))).toBe(true);
    expect(schemaFor.indicator(parse(fileOf(good, 'indicators/fixture-smoking.json')))).toBe(true);
  });
});
