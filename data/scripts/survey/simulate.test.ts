import { describe, expect, it } from 'vitest';
import { AGE_BANDS, AGE_RANGES, QUESTIONS, RESPONDENTS_BASE } from './model.js';
import { samplingAreas, simulateYear, type SimulationInputs } from './simulate.js';
import { hashText, Random } from './random.js';

/** Three made-up municipalities and Stockholm city with two districts of opposite levels. */
function inputs(): SimulationInputs {
  const flat = (size: number) => ({ women: new Array<number>(101).fill(size), men: new Array<number>(101).fill(size) });
  const shares = (total: number) => ({ total, bands: { '25-34': total, '35-44': total, '45-54': total - 0.05, '55-64': total - 0.1 } });
  return {
    population: new Map([['0114', flat(50)], ['0186', flat(500)], ['0187', flat(1500)], ['0180', flat(6000)]]),
    postSecondary: new Map([['0114', shares(0.35)], ['0186', shares(0.62)], ['0187', shares(0.45)], ['0180', shares(0.6)]]),
    municipalities: ['0114', '0180', '0186', '0187'],
    districts: ['0180-bromma', '0180-jarva'],
    stadsdelar: [
      { code: '0180-sd-alvik', code2023: '0180-bromma', code2007: '0180-bromma', code2020: '0180-bromma' },
      { code: '0180-sd-husby', code2023: '0180-jarva', code2007: '0180-rinkeby-kista', code2020: '0180-rinkeby-kista' },
      { code: '0180-sd-tensta', code2023: '0180-jarva', code2007: '0180-spanga-tensta', code2020: '0180-spanga-tensta' },
    ],
  };
}

describe('simulateYear', () => {
  const areas = samplingAreas(inputs());

  it('is deterministic for a seed and changes with the seed', () => {
    const a = simulateYear(areas, '2014', 1);
    expect(simulateYear(areas, '2014', 1)).toEqual(a);
    expect(simulateYear(areas, '2014', 2).answers['daily-smoking']).not.toEqual(a.answers['daily-smoking']);
  });

  it('samples a few hundred in a small municipality and fewer in later years', () => {
    const count = (year: string, code: string) => simulateYear(areas, year, 1).municipality.filter((m) => m === code).length;
    expect(count('2002', '0114')).toBeGreaterThan(RESPONDENTS_BASE);
    expect(count('2021', '0114')).toBeLessThan(count('2002', '0114'));
    expect(count('2021', '0114')).toBeGreaterThan(150);
  });

  it('weights each area back to its adult population, whoever answered', () => {
    const data = simulateYear(areas, '2018', 1);
    const adults = (perAge: number) => AGE_BANDS.reduce((s, band) => s + (AGE_RANGES[band][1] - AGE_RANGES[band][0] + 1) * perAge * 2, 0);
    const weightOf = (keep: (i: number) => boolean) => data.weight.reduce((s, w, i) => s + (keep(i) ? w : 0), 0);
    expect(weightOf((i) => data.municipality[i] === '0114')).toBeCloseTo(adults(50), 6);
    // Stockholm city as a whole, and each of its sex × age cells, to the city's population; the
    // districts get what their respondents carry (no district population is assumed in the weights).
    expect(weightOf((i) => data.municipality[i] === '0180')).toBeCloseTo(adults(6000), 6);
    const band = AGE_RANGES['30-44'];
    expect(weightOf((i) => data.municipality[i] === '0180' && data.sex[i] === 'women' && data.age[i] === '30-44')).toBeCloseTo((band[1] - band[0] + 1) * 6000, 6);
    const jarva = weightOf((i) => data.district[i] === '0180-jarva');
    expect(jarva).toBeGreaterThan(0);
    expect(jarva).not.toBeCloseTo(adults(6000) / 2, 0);
    // Young men answer least, so they carry the largest weights.
    const mean = (keep: (i: number) => boolean) => weightOf(keep) / data.weight.filter((_, i) => keep(i)).length;
    expect(mean((i) => data.sex[i] === 'men' && data.age[i] === '18-29')).toBeGreaterThan(mean((i) => data.sex[i] === 'women' && data.age[i] === '65-84'));
  });

  it('follows the socio-economic pattern and the trends it assumes', () => {
    const share = (year: string, keep: (d: ReturnType<typeof simulateYear>, i: number) => boolean, question = 'daily-smoking') => {
      const d = simulateYear(areas, year, 1);
      let yes = 0;
      let all = 0;
      d.answers[question]!.forEach((answer, i) => {
        if (answer === null || !keep(d, i)) return;
        all += d.weight[i]!;
        if (answer) yes += d.weight[i]!;
      });
      return yes / all;
    };
    const everyone = () => true;
    expect(share('2021', everyone)).toBeLessThan(share('2002', everyone));
    expect(share('2021', everyone, 'obesity')).toBeGreaterThan(share('2002', everyone, 'obesity'));
    expect(share('2018', (d, i) => d.district[i] === '0180-jarva', 'economic-hardship')).toBeGreaterThan(
      share('2018', (d, i) => d.district[i] === '0180-bromma', 'economic-hardship'),
    );
    expect(share('2018', (d, i) => d.sex[i] === 'women', 'unsafe-outside')).toBeGreaterThan(share('2018', (d, i) => d.sex[i] === 'men', 'unsafe-outside'));
  });

  it('skips about 2 % of questions (item non-response) and asks every question', () => {
    const data = simulateYear(areas, '2010', 1);
    expect(Object.keys(data.answers)).toEqual(QUESTIONS.map((q) => q.id));
    const skipped = data.answers['good-health']!.filter((a) => a === null).length / data.weight.length;
    expect(skipped).toBeGreaterThan(0.005);
    expect(skipped).toBeLessThan(0.05);
  });
});

describe('older divisions', () => {
  it('places every city respondent in a stadsdel of their own district, and nobody else', () => {
    const data = simulateYear(samplingAreas(inputs()), '2014', 1);
    data.district.forEach((district, i) => {
      if (district === null) expect([data.district2007[i], data.district2020[i]]).toEqual([null, null]);
      else if (district === '0180-bromma') expect(data.district2007[i]).toBe('0180-bromma');
      else expect(['0180-rinkeby-kista', '0180-spanga-tensta']).toContain(data.district2007[i]);
    });
    expect(new Set(data.district2007.filter((d) => d?.startsWith('0180-r') || d?.startsWith('0180-s'))).size).toBe(2);
  });
});

describe('Random', () => {
  it('gives the same stream for the same key and different ones for different keys', () => {
    const a = Random.stream(7, 'x');
    const b = Random.stream(7, 'x');
    expect([a.next(), a.next()]).toEqual([b.next(), b.next()]);
    expect(Random.stream(7, 'y').next()).not.toBe(Random.stream(7, 'x').next());
    expect(hashText('abc')).toBe(0x1a47e90b);
  });
});
