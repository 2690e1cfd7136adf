import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KollenDataError } from './errors.js';
import { validateCatalog } from './validate.js';

const catalog = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../test/fixtures/data/catalog.json'), 'utf8')) as Record<string, any>;
const text = (sv: string) => ({ sv, en: sv });
const education = { id: 'education', title: text('Utbildning'), categories: [{ id: 'primary', title: text('Grund') }, { id: 'tertiary', title: text('Efter') }] };
const age = { id: 'age', title: text('Ålder'), categories: [{ id: '16-29', title: text('16–29') }, { id: '30+', title: text('30+') }] };
const cross = (id: string, categories: string[]) => ({ id, title: text(id), categories: categories.map((c) => ({ id: c, title: text(c) })) });

function issues(breakdowns: object[]): { path: string; expected: string; found: string }[] {
  try {
    validateCatalog({ ...catalog, breakdowns: [catalog.breakdowns[0], ...breakdowns] }, 'catalog.json');
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(KollenDataError);
    return (error as KollenDataError).issues;
  }
}

describe('cross-breakdowns in the catalogue', () => {
  it('takes sex × education whose categories join one category of each part', () => {
    expect(issues([education, cross('sex*education', ['women*primary', 'women*tertiary', 'men*primary', 'men*tertiary'])])).toEqual([]);
  });

  it('names a part that is not a breakdown, and a category that is not one of each part', () => {
    expect(issues([cross('sex*income', ['women*low'])])).toEqual([
      { path: '$.breakdowns[1].id', expected: 'a cross-breakdown whose parts (sex, income) are all breakdowns in $.breakdowns', found: 'string "sex*income (no breakdown income)"' },
    ]);
    expect(issues([education, cross('sex*education', ['women*primary', 'women*doctoral', 'men'])]).map((i) => [i.path, i.found])).toEqual([
      ['$.breakdowns[2].categories[1].id', 'string "women*doctoral"'],
      ['$.breakdowns[2].categories[2].id', 'string "men"'],
    ]);
  });

  it('holds the pyramid to its convention: a breakdown sex*… has women/men first', () => {
    expect(issues([age, cross('sex*age', ['women*16-29', 'men*30+'])])).toEqual([]);
    const sexes = { id: 'sex', title: text('Kön'), categories: [{ id: 'women', title: text('K') }, { id: 'men', title: text('M') }, { id: 'all', title: text('Alla') }] };
    // 'all' is not a category of the fixture's sex: a wrong part.
    expect(issues([age, cross('sex*age', ['all*16-29'])]).map((i) => i.expected)).toEqual(['one category of each of sex, age, joined with "*"']);
    // A sex breakdown that has 'all' still may not put it in a pyramid.
    const withAll = (() => {
      try {
        validateCatalog({ ...catalog, breakdowns: [sexes, age, cross('sex*age', ['women*16-29', 'all*30+'])] }, 'catalog.json');
        return [];
      } catch (error) {
        return (error as KollenDataError).issues;
      }
    })();
    expect(withAll).toEqual([
      {
        path: '$.breakdowns[2].categories[1].id',
        expected: '"women*…" or "men*…": a breakdown whose id starts with "sex*" is drawn as a population pyramid (docs/format.md)',
        found: 'string "all*30+"',
      },
    ]);
  });
});
