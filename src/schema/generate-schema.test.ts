import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchema, SCHEMA_FILE } from './generate-schema.js';

describe('kollen.schema.json', () => {
  it('is what the generator makes from types.ts (run `npm run schema` after changing the types)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8'), 'src/schema/kollen.schema.json is out of date: run npm run schema').toBe(generateSchema());
  }, 30_000);

  it('carries the rules the types hold in JSDoc: dates, http(s) links, whole decimals, counts that may be fractional, unique lists', () => {
    const defs = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')).$defs;
    expect(defs.Catalog.properties.updated.format).toBe('date');
    expect(defs.AreaLevel.properties.validTo.format).toBe('date');
    expect(defs.Source.properties.licenceUrl.pattern).toMatch(/^\^\[hH\]/);
    expect(defs.Unit.properties.decimals).toMatchObject({ type: 'integer', minimum: 0, maximum: 6 });
    // Not `integer`: a count may be fractional where the source says so (an average over years).
    expect(defs.Count).toMatchObject({ type: 'number', minimum: 0 });
    expect(defs.IndicatorFile.properties.periods.uniqueItems).toBe(true);
    expect(defs.IndicatorFile.properties.schemaVersion.const).toBe(1);
    expect(defs.Area.properties.code.minLength).toBe(1);
  });
});
