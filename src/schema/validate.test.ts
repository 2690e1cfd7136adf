import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KollenDataError, type DataIssue } from './errors.js';
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

  it('leaves out a link that is not http(s), with a warning naming the field, and keeps the file', () => {
    const data = read('indicators/fixture-smoking.json');
    data.source.url = 'javascript:alert(1)';
    data.source.licenceUrl = 'data:text/html,<b>x</b>';
    const warnings: DataIssue[] = [];
    const indicator = validateIndicator(data, 'f.json', warnings);
    expect(warnings.map((w) => w.path)).toEqual(['$.source.url', '$.source.licenceUrl']);
    expect(warnings[1]!.found).toContain('data:text/html');
    expect(indicator.source).not.toHaveProperty('url');
    expect(indicator.source).not.toHaveProperty('licenceUrl');
    expect(indicator.source.licence).toBe(data.source.licence);
    // The parsed input is not changed (other widgets share it through the request cache).
    expect(data.source.url).toBe('javascript:alert(1)');
  });

  it('shows a cell a hair outside its interval without the interval, with a warning naming the cell', () => {
    const data = read('indicators/fixture-smoking.json');
    // Row 2: 14.5 in [12, 17], one decimal shown; 17.1 is one unit of the last decimal out.
    data.values.value[2] = 17.1;
    const warnings: DataIssue[] = [];
    const indicator = validateIndicator(data, 'f.json', warnings);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.path).toBe('$.values.value[2]');
    expect(warnings[0]!.found).toContain('municipality 0001, 2018, total total');
    expect([indicator.values.ciLow[2], indicator.values.ciHigh[2], indicator.values.value[2]]).toEqual([null, null, 17.1]);
    expect(indicator.values.ciLow[0]).toBe(data.values.ciLow[0]);
    expect(data.values.ciLow[2]).toBe(12);
    // Further out than rounding explains, the file is refused.
    data.values.value[2] = 17.3;
    expect(errorOf(() => validateIndicator(data, 'f.json')).issues[0]!.path).toBe('$.values.value[2]');
  });

  it('refuses percentages outside 0–100 when the unit is percent, and not otherwise', () => {
    const data = read('indicators/fixture-smoking.json');
    data.values.value[2] = 101;
    data.values.ciHigh[2] = 103;
    data.values.ciLow[0] = -1;
    const error = errorOf(() => validateIndicator(data, 'f.json'));
    expect(error.issues.map((i) => i.path)).toEqual(['$.values.ciLow[0]', '$.values.value[2]', '$.values.ciHigh[2]']);
    expect(error.issues[1]!.expected).toContain('0 to 100');
    data.unit.kind = 'number';
    expect(() => validateIndicator(data, 'f.json')).not.toThrow();
  });

  it('refuses unsorted or repeated periods, repeated levels and a fractional number of decimals', () => {
    const data = read('indicators/fixture-smoking.json');
    data.periods = [...data.periods].reverse();
    data.levels.push(data.levels[0]);
    data.unit.decimals = 1.5;
    const error = errorOf(() => validateIndicator(data, 'f.json'));
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['$.unit.decimals', `$.levels[${data.levels.length - 1}]`, '$.periods[1]']));
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
