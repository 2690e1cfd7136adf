import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KollenDataError } from './errors.js';
import { findUnknownAreas, validateCatalog, validateIndicator } from './validate.js';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/data');
const read = (file: string) => JSON.parse(readFileSync(resolve(fixtures, file), 'utf8')) as Record<string, any>;

function errorOf(run: () => unknown): KollenDataError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KollenDataError);
    return error as KollenDataError;
  }
  throw new Error('expected a KollenDataError');
}

describe('validateCatalog', () => {
  it('accepts the fixture catalogue', () => {
    const catalog = validateCatalog(read('catalog.json'), 'catalog.json');
    expect(catalog.indicators.map((i) => i.id)).toEqual(['fixture-smoking', 'fixture-turnout']);
  });

  it('names the file, path, expectation and finding of a missing field', () => {
    const data = read('catalog.json');
    delete data.indicators[1].title.en;
    const error = errorOf(() => validateCatalog(data, 'data/catalog.json'));
    expect(error.kind).toBe('invalid');
    expect(error.file).toBe('data/catalog.json');
    expect(error.issues).toEqual([
      { path: '$.indicators[1].title.en', expected: 'a non-empty string', found: 'nothing (the field is missing)' },
    ]);
    expect(error.message).toContain('data/catalog.json');
    expect(error.message).toContain('$.indicators[1].title.en');
  });

  it('reports a wrong type with what was found', () => {
    const data = read('catalog.json');
    data.indicators[0].simulated = 'yes';
    const error = errorOf(() => validateCatalog(data, 'catalog.json'));
    expect(error.issues[0]).toEqual({ path: '$.indicators[0].simulated', expected: 'true or false', found: 'string "yes"' });
  });

  it('refuses an unknown schemaVersion as incompatible', () => {
    const data = read('catalog.json');
    data.schemaVersion = 2;
    const error = errorOf(() => validateCatalog(data, 'catalog.json'));
    expect(error.kind).toBe('incompatible-version');
    expect(error.issues[0]!.found).toBe('number 2');
  });

  it('catches references to undeclared themes and levels', () => {
    const data = read('catalog.json');
    data.indicators[0].theme = 'nope';
    data.indicators[0].levels.push('district');
    const error = errorOf(() => validateCatalog(data, 'catalog.json'));
    expect(error.issues.map((i) => i.path)).toEqual(['$.indicators[0].theme', '$.indicators[0].levels[2]']);
  });

  it('does not accept a non-object', () => {
    expect(errorOf(() => validateCatalog([], 'catalog.json')).issues[0]!.expected).toBe('an object');
  });
});

describe('validateIndicator', () => {
  it('accepts the fixture indicator', () => {
    expect(validateIndicator(read('indicators/fixture-smoking.json'), 'x.json').values.area).toHaveLength(8);
  });

  it('rejects a value outside its own interval', () => {
    const data = read('indicators/fixture-smoking.json');
    data.values.value[2] = 30;
    const error = errorOf(() => validateIndicator(data, 'indicators/fixture-smoking.json'));
    expect(error.issues).toEqual([
      { path: '$.values.value[2]', expected: 'a value inside its own interval [12, 17]', found: 'number 30' },
    ]);
  });

  it('rejects an inverted interval and NaN-like values', () => {
    const data = read('indicators/fixture-smoking.json');
    data.values.ciLow[0] = 12;
    data.values.value[1] = 'NaN';
    const error = errorOf(() => validateIndicator(data, 'f.json'));
    expect(error.issues.map((i) => i.path)).toEqual(['$.values.ciLow[0]', '$.values.value[1]']);
  });

  it('rejects duplicated keys, naming the first row', () => {
    const data = read('indicators/fixture-smoking.json');
    data.values.area[3] = '0001';
    const error = errorOf(() => validateIndicator(data, 'f.json'));
    expect(error.issues[0]!.path).toBe('$.values.area[3]');
    expect(error.issues[0]!.expected).toContain('row 2');
  });

  it('never lets a suppressed cell carry a value', () => {
    const data = read('indicators/fixture-smoking.json');
    data.values.value[5] = 4.2;
    const error = errorOf(() => validateIndicator(data, 'f.json'));
    expect(error.issues[0]).toMatchObject({ path: '$.values.value[5]', expected: 'null because status is "suppressed"' });
  });

  it('rejects columns of different lengths and unknown periods', () => {
    const data = read('indicators/fixture-smoking.json');
    data.values.n.pop();
    expect(errorOf(() => validateIndicator(data, 'f.json')).issues[0]!.path).toBe('$.values.n');
    const other = read('indicators/fixture-smoking.json');
    other.values.period[0] = '1999';
    expect(errorOf(() => validateIndicator(other, 'f.json')).issues[0]!.path).toBe('$.values.period[0]');
  });

  it('allows only http(s) links in the source', () => {
    const data = read('indicators/fixture-smoking.json');
    data.source.url = 'javascript:alert(1)';
    expect(errorOf(() => validateIndicator(data, 'f.json')).issues[0]!.path).toBe('$.source.url');
  });

  it('finds area codes the geometry does not have', () => {
    const indicator = validateIndicator(read('indicators/fixture-smoking.json'), 'f.json');
    expect(findUnknownAreas(indicator, 'municipality', new Set(['0001']))).toEqual([
      { path: '$.values.area[3]', expected: 'an area code of level "municipality" in the geometry', found: 'string "0002"' },
      { path: '$.values.area[5]', expected: 'an area code of level "municipality" in the geometry', found: 'string "0002"' },
    ]);
    expect(findUnknownAreas(indicator, 'municipality', new Set(['0001', '0002']))).toEqual([]);
  });
});
