import { describe, expect, it } from 'vitest';
import { differenceInterval } from '../stats/trend.js';
import { fixtureCatalog, fixtureIndicator } from './fixtures.js';
import { describeGap, gapData, gapSpec, gapTable } from './gap.js';
import { trendAreas, trendSpec } from './trend.js';
import { liftSpec } from './template.js';

const catalog = fixtureCatalog();
const indicator = fixtureIndicator('chart-smoking');
const request = (breakdown: string, lang: 'sv' | 'en' = 'sv') => ({
  catalog, indicator, breakdown, lang, selected: '0001',
  areas: trendAreas(catalog, indicator, 'municipality', [], '0001'),
});

describe('gapData', () => {
  it('draws the gap women − men of the area and its references, each period with both categories published', () => {
    const data = gapData(request('sex'))!;
    expect(data.pair).toEqual(['women', 'men']);
    expect(data.lines.length).toBeGreaterThan(0);
    const line = data.lines[0]!;
    expect(line.series.area).toBe('0001');
    // Computed independently from the two published cells: the Newcombe / MOVER interval.
    const cell = (category: string, period: string) => {
      const v = indicator.values;
      const i = v.area.findIndex((a, j) => a === '0001' && v.level[j] === 'municipality' && v.breakdown[j] === 'sex' && v.category[j] === category && v.period[j] === period);
      return { value: v.value[i]!, ciLow: v.ciLow[i]!, ciHigh: v.ciHigh[i]! };
    };
    const first = line.gaps[0]!;
    const [d, low, high] = differenceInterval(cell('women', first.period), cell('men', first.period));
    expect(first.gap.absolute).toEqual({ value: d, ciLow: low, ciHigh: high });
    expect(data.points.filter((p) => p.area === '0001').map((p) => p.value)).toEqual(line.gaps.map((g) => g.gap.absolute.value));
  });

  it('has no gap for a breakdown without a pair, and words for the description and table', () => {
    expect(gapData(request('total'))).toBeNull();
    const data = gapData(request('sex'))!;
    expect(describeGap(request('sex'), data)).toMatch(/^Daglig rökning: skillnaden kvinnor minus män\. Åby: \d{4}: /);
    expect(describeGap(request('sex'), data)).toContain('p.e.');
    const english = gapData(request('sex', 'en'))!;
    expect(describeGap(request('sex', 'en'), english)).toMatch(/^Daily smoking: the gap women minus men\./);
    const table = gapTable(request('sex'), data);
    expect(table.columns[0]).toBe('Period');
    expect(table.rows).toHaveLength(indicator.periods.length);
  });

  it('draws with the trend chart\'s spec structure, so it runs on the same compiled template', () => {
    const data = gapData(request('sex'))!;
    const gap = liftSpec(gapSpec(request('sex'), data, 640) as never);
    const trend = liftSpec(trendSpec({ ...request('sex'), breakdown: 'total' }, { ...data }, 640) as never);
    expect(gap.id).toBe(trend.id);
  });
});
