/**
 * The JSON Schema that Kollen publishes with its data (`src/schema/kollen.schema.json`), run with
 * ajv exactly as a third party would, so `kollen validate` also catches what the schema forbids
 * and the hand-written run-time validator lets through (and the other way round).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { DataIssue } from '../../src/schema/errors.js';
import { preview } from '../../src/schema/errors.js';

/**
 * The schema file of the web package this CLI belongs to: beside the bundle in the published
 * package (cli/scripts/bundle.mjs copies it), else in the repository's src/schema.
 */
export const SCHEMA_FILE = [new URL('./kollen.schema.json', import.meta.url), new URL('../../src/schema/kollen.schema.json', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((file) => existsSync(file))!;

let checkers: { catalog: ValidateFunction; indicator: ValidateFunction } | undefined;

function compiled(): NonNullable<typeof checkers> {
  if (checkers) return checkers;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addSchema(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object, 'kollen');
  checkers = { catalog: ajv.getSchema('kollen#/$defs/Catalog')!, indicator: ajv.getSchema('kollen#/$defs/IndicatorFile')! };
  return checkers;
}

/** `/levels/0/id` → `$.levels[0].id`, the path style of the run-time validator. */
export function jsonPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : `${path}.${part}`), '$');
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const part of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

function toIssue(data: unknown, error: ErrorObject): DataIssue {
  const missing = error.keyword === 'required' ? (error.params as { missingProperty: string }).missingProperty : undefined;
  const path = jsonPath(error.instancePath) + (missing ? `.${missing}` : '');
  return {
    path,
    expected: `(JSON Schema) ${missing ? 'the field to be present' : (error.message ?? error.keyword)}`,
    found: preview(missing ? undefined : valueAt(data, error.instancePath)),
  };
}

/** Problems the JSON Schema finds in a catalogue or an indicator file (empty when it passes). */
export function schemaIssues(kind: 'catalog' | 'indicator', data: unknown): DataIssue[] {
  const check = compiled()[kind];
  if (check(data)) return [];
  // `anyOf` reports every branch it tried; the leaf errors say more.
  return (check.errors ?? []).filter((e) => e.keyword !== 'anyOf').slice(0, 50).map((e) => toIssue(data, e));
}
