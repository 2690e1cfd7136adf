import { describe, expect, it } from 'vitest';
import { mapMessages, type MapDescription } from './map.js';

const facts: MapDescription = {
  indicator: 'Daglig rökning',
  unitLabel: 'Andel (%)',
  period: '2021',
  category: '',
  level: 'municipality',
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
    expect(mapMessages.sv.description(facts)).toBe(
      'Kartan visar daglig rökning, andel (%), år 2021 för 26 kommuner. Högst: Haninge (9,6 %), lägst: Värmdö och Danderyd (2,2 %). ' +
        '10 av 25 kommuner skiljer sig signifikant från Stockholms län: 4 bättre och 6 sämre. 1 kommun saknar uppgift. Uppgifterna är simulerade.',
    );
  });

  it('speaks English, with higher/lower for neutral indicators and a category', () => {
    const text = mapMessages.en.description({
      ...facts,
      indicator: 'Mean age',
      unitLabel: 'Years',
      category: 'Women',
      level: 'district-2023',
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
    expect(mapMessages.sv.description({ ...facts, reference: undefined })).not.toContain('skiljer sig');
  });

  it('names levels in singular and plural', () => {
    expect(mapMessages.sv.areaNoun('municipality', 1)).toBe('kommun');
    expect(mapMessages.sv.areaNoun('district-2020', 2)).toBe('stadsdelsområden');
    expect(mapMessages.en.areaNoun('county', 3)).toBe('counties');
    expect(mapMessages.en.areaNoun('something-else', 1)).toBe('area');
  });
});
