/**
 * Generates `kollen.schema.json` from the interfaces in `types.ts` (with ts-json-schema-generator,
 * as Vega-Lite does), so the published JSON Schema cannot drift from the contract the code reads.
 *
 * `npm run schema` writes the file; `generate-schema.test.ts` fails when the committed file is not
 * what this makes. Node only (it runs the TypeScript compiler): never imported by the library.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator, type Config } from 'ts-json-schema-generator';
import { SCHEMA_VERSION } from './types.js';

/** The committed schema, published by the data build as `data/schema/kollen.schema.json`. */
export const SCHEMA_FILE = resolve(import.meta.dirname, 'kollen.schema.json');

/** The file kinds a data root holds; the schema accepts either. */
const FILE_TYPES = ['Catalog', 'IndicatorFile'] as const;

type Json = { [key: string]: unknown };

/**
 * Rewrites the generator's draft-07 output as draft 2020-12 (`$defs`), and adds the two rules the
 * types cannot carry: every string of the contract is non-empty (as the run-time validator
 * checks), and `schemaVersion` is the version this build reads.
 */
function refine(node: unknown, key?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => refine(item));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [name, value] of Object.entries(node as Json)) {
    out[name] = name === '$ref' && typeof value === 'string' ? value.replace('#/definitions/', '#/$defs/') : refine(value, name);
  }
  if (key === 'schemaVersion') return { const: SCHEMA_VERSION, description: 'Major version of the contract this file follows.' };
  const plainString = out.type === 'string' && !('enum' in out) && !('const' in out) && !('format' in out);
  return plainString ? { ...out, minLength: 1 } : out;
}

/** The JSON Schema of Kollen's data files, as a JSON text ending in a newline. */
export function generateSchema(): string {
  const config: Config = {
    path: resolve(import.meta.dirname, 'types.ts'),
    tsconfig: resolve(import.meta.dirname, '../../tsconfig.json'),
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    // Unknown fields are ignored by the widgets, so a newer file still validates.
    additionalProperties: true,
    skipTypeCheck: true,
  };
  const generator = createGenerator(config);
  const definitions: Json = {};
  for (const type of FILE_TYPES) Object.assign(definitions, generator.createSchema(type).definitions);
  const sorted = Object.fromEntries(Object.keys(definitions).sort().map((name) => [name, refine(definitions[name])]));
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://kollen.example/schema/kollen.schema.json',
    title: 'Kollen data files',
    description:
      'The Kollen data contract, generated from src/schema/types.ts: catalog.json and indicators/<id>.json. A file is valid if it is a Catalog or an IndicatorFile; use #/$defs/Catalog or #/$defs/IndicatorFile to check one kind. Consistency across fields and files (sorted periods, ids that exist, a value inside its interval) is checked by the run-time validator only; see data/README.md.',
    anyOf: FILE_TYPES.map((type) => ({ $ref: `#/$defs/${type}` })),
    $defs: sorted,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, generateSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
