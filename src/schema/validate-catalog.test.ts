import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KollenDataError } from './errors.js';
import { findCycle } from './validate-catalog.js';
import { checkIndicatorAgainstCatalog, validateCatalog, validateIndicator } from './validate.js';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/data');
const read = (file: string) => JSON.parse(readFileSync(resolve(fixtures, file), 'utf8')) as Record<string, any>;

function issuesOf(run: () => unknown): { path: string; expected: string; found: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KollenDataError);
    return (error as KollenDataError).issues;
  }
  throw new Error('expected a KollenDataError');
}

describe('validateCatalog: consistency', () => {
  it('takes an http(s) dashboardUrl and refuses any other', () => {
    const data = read('catalog.json');
    expect(validateCatalog({ ...data, dashboardUrl: 'https://kollen.example/' }, 'catalog.json').dashboardUrl).toBe('https://kollen.example/');
    for (const bad of ['javascript:alert(1)', 'kollen.example', 42]) {
      expect(issuesOf(() => validateCatalog({ ...data, dashboardUrl: bad }, 'catalog.json')).map((i) => i.path)).toEqual(['$.dashboardUrl']);
    }
  });

  it("takes an area's names in some of the catalogue's languages, each non-empty, and no other language", () => {
    const data = read('catalog.json');
    data.areas[0].names = { en: 'Test County' };
    expect(validateCatalog(data, 'catalog.json').areas[0]!.names).toEqual({ en: 'Test County' });
    data.areas[0].names = { en: '', xx: 'Testi' };
    expect(issuesOf(() => validateCatalog(data, 'catalog.json')).map((i) => i.path)).toEqual(['$.areas[0].names.en', '$.areas[0].names.xx']);
  });

  it("takes a level's map aspect ratio from 0.2 to 5 and names one outside it", () => {
    const data = read('catalog.json');
    const mapped = data.levels.map((level: { geometry?: unknown }, i: number) => [level, i] as const).filter(([level]: readonly [{ geometry?: unknown }, number]) => level.geometry);
    expect(mapped.length).toBeGreaterThan(0);
    const [level, index] = mapped[0]!;
    (level.geometry as Record<string, unknown>).aspectRatio = 0.8;
    expect(() => validateCatalog(data, 'catalog.json')).not.toThrow();
    (level.geometry as Record<string, unknown>).aspectRatio = 45;
    expect(issuesOf(() => validateCatalog(data, 'catalog.json'))).toEqual([
      { path: `$.levels[${index}].geometry.aspectRatio`, expected: 'a width ÷ height from 0.2 to 5', found: 'number 45' },
    ]);
  });

  it('refuses repeated level ids, and area codes repeated on one level (not across levels)', () => {
    const data = read('catalog.json');
    data.levels.push({ ...data.levels[0] });
    data.areas.push({ ...data.areas[1] });
    data.areas.push({ ...data.areas[0], level: 'municipality', parent: '01' });
    const issues = issuesOf(() => validateCatalog(data, 'catalog.json'));
    expect(issues.map((i) => i.path)).toEqual(['$.levels[2].id', `$.areas[${data.areas.length - 2}].code`]);
    expect(issues[1]!.expected).toBe('a code not used before on level "municipality" ($.areas[1] has it)');
  });

  it('refuses dates that are not dates and a validTo before validFrom', () => {
    const data = read('catalog.json');
    data.levels[0].validFrom = '2023-02-30';
    data.levels[1].validFrom = '2023-07-01';
    data.levels[1].validTo = '2020-06-30';
    const issues = issuesOf(() => validateCatalog(data, 'catalog.json'));
    expect(issues).toEqual([
      { path: '$.levels[0].validFrom', expected: 'an ISO date (YYYY-MM-DD) that exists', found: 'string "2023-02-30"' },
      { path: '$.levels[1].validTo', expected: 'a date on or after validFrom (2023-07-01)', found: 'string "2020-06-30"' },
    ]);
  });

  it('refuses a circle of parent levels, and areas whose parent does not exist on the parent level', () => {
    const data = read('catalog.json');
    data.levels[0].parent = 'municipality';
    data.areas.find((a: any) => a.level === 'municipality').parent = '99';
    const issues = issuesOf(() => validateCatalog(data, 'catalog.json'));
    expect(issues.map((i) => i.path)).toEqual(['$.levels[0].parent', expect.stringMatching(/^\$\.areas\[\d+\]\.parent$/)]);
    expect(issues[0]!.found).toBe('the circle county → municipality → county');
    expect(issues[1]!.expected).toBe('the code of an area of level "county" in $.areas');
  });

  it('refuses unsorted periods, fractional decimals and undeclared breakdowns in an entry', () => {
    const data = read('catalog.json');
    data.indicators[0].periods = ['2021', '2018'];
    data.indicators[0].unit.decimals = 0.5;
    data.indicators[0].breakdowns = ['age'];
    const issues = issuesOf(() => validateCatalog(data, 'catalog.json'));
    expect(issues.map((i) => i.path)).toEqual(['$.indicators[0].unit.decimals', '$.indicators[0].periods[1]', '$.indicators[0].breakdowns[0]']);
  });

  it('finds circles in any parent relation', () => {
    expect(findCycle([['a', 'b'], ['b', 'c'], ['c', undefined]])).toBeUndefined();
    expect(findCycle([['a', 'b'], ['b', 'c'], ['c', 'b']])).toEqual(['b', 'c', 'b']);
    expect(findCycle([['a', 'a']])).toEqual(['a', 'a']);
  });
});

describe('checkIndicatorAgainstCatalog', () => {
  const catalog = validateCatalog(read('catalog.json'), 'catalog.json');
  const good = () => read('indicators/fixture-smoking.json');

  it('accepts the fixture indicator against its catalogue', () => {
    expect(() => checkIndicatorAgainstCatalog(validateIndicator(good(), 'f.json'), 'f.json', catalog, 0)).not.toThrow();
  });

  it('refuses an id that differs from the catalogue entry, naming both files', () => {
    const data = good();
    data.id = 'fixture-smoking-v2';
    const issues = issuesOf(() => checkIndicatorAgainstCatalog(validateIndicator(data, 'f.json'), 'f.json', catalog, 0, 'data/catalog.json'));
    expect(issues).toEqual([
      { path: '$.id', expected: '"fixture-smoking", the id of its entry $.indicators[0] of data/catalog.json', found: 'string "fixture-smoking-v2"' },
    ]);
  });

  it('refuses categories the breakdown does not have, and references to areas that do not exist', () => {
    const data = good();
    data.values.category[6] = 'nonbinary';
    data.references.push({ level: 'county', code: '99' });
    const issues = issuesOf(() => checkIndicatorAgainstCatalog(validateIndicator(data, 'f.json'), 'f.json', catalog, 0));
    expect(issues.map((i) => i.path)).toEqual(['$.references[1]', '$.values.category[6]']);
    expect(issues[1]!.expected).toBe('a category of breakdown "sex" in catalog.json (women, men)');
  });
});
