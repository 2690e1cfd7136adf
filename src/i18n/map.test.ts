import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllMessages, messagesFor } from './index.js';
import type { MapDescription } from './map.js';

const municipality = { one: 'kommun', other: 'kommuner' };

beforeAll(() => loadAllMessages());

const facts: MapDescription = {
  indicator: 'Daglig rökning',
  unitLabel: 'Andel (%)',
  period: '2021',
  category: '',
  noun: municipality,
  shown: 26,
  highest: [{ name: 'Haninge', value: '9,6 %' }],
  lowest: [{ name: 'Värmdö', value: '2,2 %' }, { name: 'Danderyd', value: '2,2 %' }],
  reference: 'Stockholms län',
  compared: 25,
  counts: { better: 4, similar: 15, worse: 6, higher: 0, lower: 0, 'not-compared': 0 },
  missing: 1,
  simulated: true,
};

describe('map description', () => {
  it('tells highest, lowest, significant differences and missing areas in Swedish', () => {
    expect(messagesFor('sv').map.description(facts)).toBe(
      'Kartan visar daglig rökning, andel (%), år 2021 för 26 kommuner. Högst: Haninge (9,6 %), lägst: Värmdö och Danderyd (2,2 %). ' +
        '10 av 25 kommuner skiljer sig signifikant från Stockholms län: 4 bättre och 6 sämre. 1 kommun saknar uppgift. Uppgifterna är simulerade.',
    );
  });

  it('speaks English, with higher/lower for neutral indicators and a category', () => {
    const text = messagesFor('en').map.description({
      ...facts,
      indicator: 'Mean age',
      unitLabel: 'Years',
      category: 'Women',
      noun: { one: 'district', other: 'districts' },
      counts: { better: 0, similar: 20, worse: 0, higher: 2, lower: 3, 'not-compared': 0 },
      missing: 2,
      simulated: false,
    });
    expect(text).toBe(
      'The map shows mean age (years) among women in 2021 for 26 districts. Highest: Haninge (9,6 %), lowest: Värmdö and Danderyd (2,2 %). ' +
        '5 of 25 districts differ significantly from Stockholms län: 2 higher and 3 lower. 2 districts have no figure.',
    );
  });

  it('leaves out the comparison when there is no reference', () => {
    expect(messagesFor('sv').map.description({ ...facts, reference: undefined })).not.toContain('skiljer sig');
  });

  it('names levels with the catalogue\'s nouns in singular and plural, else says "area" in its own language', () => {
    expect(messagesFor('sv').map.areaNoun(municipality, 1)).toBe('kommun');
    expect(messagesFor('sv').map.areaNoun(municipality, 2)).toBe('kommuner');
    expect(messagesFor('en').map.areaNoun(undefined, 1)).toBe('area');
    expect(messagesFor('fi').map.count(26, undefined)).toBe('26 aluetta');
    expect(messagesFor('ar').map.count(26, undefined)).toBe('مناطق: 26');
  });

  it('tells the same facts in Finnish and Arabic, numbers as given', () => {
    const fi = messagesFor('fi').map.description({ ...facts, noun: undefined });
    expect(fi).toBe(
      'Kartalla: daglig rökning, andel (%), vuosi 2021, 26 aluetta. Korkein: Haninge (9,6 %), matalin: Värmdö ja Danderyd (2,2 %). ' +
        'Tilastollisesti merkitsevä ero vertailualueeseen (Stockholms län): 10/25 aluetta, joista 4 parempia ja 6 huonompia. Tieto puuttuu: 1 alue. Luvut ovat simuloituja.',
    );
    const ar = messagesFor('ar').map.description({ ...facts, noun: undefined });
    expect(ar).toContain('\u2068Värmdö\u2069 و \u2068Danderyd\u2069 (2,2 %)');
    expect(ar).toContain('تختلف 10 من أصل 25');
    expect(ar).toContain('بلا بيانات: منطقة: 1.');
  });
});
