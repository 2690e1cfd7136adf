import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { messagesFor } from '../i18n/index.js';
import { COMPARISON_COLORS } from '../scales/palettes.js';
import { breakdownData, breakdownSpec, breakdownTable, categoryDifference, describeBreakdown, type BreakdownRequest } from './breakdown.js';
import { fixtureCatalog, fixtureIndicator } from './fixtures.js';
import { describePyramid, pyramidData, pyramidSpec, pyramidTable, type PyramidRequest } from './pyramid.js';
import { describeRanking, rankingData, rankingSpec, rankingTable, wrapWords, type RankingRequest } from './ranking.js';

const catalog = fixtureCatalog();
const smoking = fixtureIndicator('chart-smoking');
const population = fixtureIndicator('chart-population');
const nbsp = (s: string) => s.replaceAll('\u00a0', ' ');

describe('ranking', () => {
  const request: RankingRequest = { catalog, indicator: smoking, level: 'municipality', period: '2021', breakdown: 'total', category: 'total', selected: '0004', lang: 'sv' };

  it('sorts published areas by value, lists unpublished ones last with the reason', () => {
    const data = rankingData(request);
    expect(data.areas.map((a) => [a.name, a.rank, a.statusText])).toEqual([
      ['Åby', 1, ''], ['Dalby', 2, ''], ['Berga', 3, ''], ['Östra Ärla', null, 'För få svarande för att redovisa'],
    ]);
    expect(data.reference).toMatchObject({ area: '01', name: 'Testlän', value: 8.5 });
    expect(data.areas.find((a) => a.area === '0002')!.value).toBeNull();
  });

  it('gives each area the verdict the map gives it (higher-is-worse: above the county is worse)', () => {
    const data = rankingData(request);
    expect(Object.fromEntries(data.areas.map((a) => [a.area, a.verdict]))).toEqual({ '0001': 'worse', '0004': 'similar', '0003': 'similar', '0002': 'not-compared' });
    const spec = rankingSpec(request, data, 640) as any;
    const color = spec.layer[0].encoding.color.scale;
    expect(color.domain).toEqual(['similar', 'worse', 'not-compared']);
    expect(color.range).toEqual([COMPARISON_COLORS.similar, COMPARISON_COLORS.worse, COMPARISON_COLORS['not-compared']]);
  });

  it('draws the reference as a rule, whiskers for intervals and outlines the selected area (snapshot)', () => {
    const spec = rankingSpec(request, rankingData(request), 640) as any;
    expect(() => compile(spec)).not.toThrow();
    expect(spec.layer[1].encoding.x2.field).toBe('ciHigh');
    expect(spec.layer[3].data.values[0].reference).toBe(8.5);
    expect(spec.layer[3].data.values[0].label).toBe('Testlän 8,5\u00a0%');
    // The name is a parameter's value; the expression only names the parameter.
    expect(spec.layer[0].encoding.y.axis.labelFontWeight.condition.test).toBe('datum.value === kollenSelectedName');
    expect(spec.params).toContainEqual({ name: 'kollenSelectedName', value: 'Dalby' });
    expect(spec.layer[3].encoding).toBeUndefined();
    expect(spec).toMatchSnapshot();
  });

  it('keeps its labels inside a phone-wide chart: the reference label turns left near the end, long legend words break into lines', () => {
    const spec = rankingSpec(request, rankingData(request), 330) as any;
    expect(() => compile(spec)).not.toThrow();
    // The reference (8.5) is in the right half of the values: its label reads leftwards from the rule.
    expect(spec.layer[3].layer[1].mark).toMatchObject({ align: 'right', dx: -4 });
    const words = spec.params.find((param: { name: string }) => param.name === 'kollenVerdictWords').value;
    expect(words['not-compared']).toEqual(['Inte jämförd (inget', 'konfidensintervall)']);
    expect(typeof words.similar).toBe('string');
    expect(wrapWords('kort', 10)).toBe('kort');
    expect(wrapWords('ett två tre fyra', 8)).toEqual(['ett två', 'tre fyra']);
  });

  it('describes and tabulates the ranking', () => {
    const data = rankingData(request);
    expect(nbsp(describeRanking(request, data))).toBe(
      'Stapeldiagram: Daglig rökning 2021 för 3 kommuner. Högst: Åby 13,5 %. Lägst: Berga 8,0 %. ' +
        'Jämfört med Testlän: 2 ingen signifikant skillnad, 1 signifikant sämre. Dalby har plats 2 av 3 (10,9 %).',
    );
    const table = rankingTable(request, data);
    expect(table.caption).toBe('Daglig rökning, 2021, alla kommuner');
    expect(table.rows.map((r) => [r.header, r.selected, r.select?.area])).toEqual([
      ['Åby', false, '0001'], ['Dalby', true, '0004'], ['Berga', false, '0003'], ['Östra Ärla', false, '0002'],
    ]);
    expect(table.rows[3]!.cells[0]).toBe('För få svarande för att redovisa');
  });
});

describe('ranking words are the map\'s', () => {
  const request: RankingRequest = { catalog, indicator: smoking, level: 'municipality', period: '2021', breakdown: 'total', category: 'total', lang: 'sv' };

  it('names verdicts with the map legend\'s words, in the legend, tooltip and table', () => {
    for (const lang of ['sv', 'en'] as const) {
      const data = rankingData({ ...request, lang });
      const spec = rankingSpec({ ...request, lang }, data, 640) as any;
      expect(spec.layer[0].encoding.color.legend.labelExpr).toBe('kollenVerdictWords[datum.value] || datum.label');
      const words = spec.params.find((param: { name: string }) => param.name === 'kollenVerdictWords').value;
      expect(words).toEqual(Object.fromEntries(data.verdicts.map((verdict) => [verdict, messagesFor(lang).map.legendVerdict(verdict)])));
      expect(spec.layer[0].encoding.color.title).toBe(messagesFor(lang).map.legendComparisonTitle('Testlän'));
      expect(data.areas.map((a) => a.verdictText)).toEqual(data.areas.map((a) => messagesFor(lang).map.legendVerdict(a.verdict)));
    }
    expect((rankingSpec(request, rankingData(request), 640) as any).params[0].value.worse).toBe('Signifikant sämre');
  });

  it('counts areas with the level\'s noun (stadsdelsområde), as the map does', () => {
    const districts = { ...request, level: 'district-2023' };
    expect(nbsp(describeRanking(districts, rankingData(districts)))).toMatch(/^Stapeldiagram: Daglig rökning 2021 för 1 stadsdelsområde\./);
    const en = { ...districts, lang: 'en' as const };
    expect(describeRanking(en, rankingData(en))).toMatch(/for 1 district\./);
  });

  it('says in a sentence that nothing can be judged significant when the source has no intervals', () => {
    const values = { ...smoking.values, ciLow: smoking.values.ciLow.map(() => null), ciHigh: smoking.values.ciHigh.map(() => null) };
    const noIntervals = { ...request, indicator: { ...smoking, values } };
    const data = rankingData(noIntervals);
    expect(data.areas.every((a) => a.verdict === 'not-compared')).toBe(true);
    const description = describeRanking(noIntervals, data);
    expect(description).toContain('Källan anger inga konfidensintervall, så det går inte att säga om skillnaderna mot Testlän är signifikanta.');
    expect(description).not.toMatch(/: \./);
  });
});

describe('breakdown', () => {
  const request: BreakdownRequest = { catalog, indicator: smoking, level: 'municipality', area: '0002', period: '2018', breakdown: 'education', lang: 'en' };

  it('puts each category of the area next to the reference, keeping suppressed cells unpublished', () => {
    const data = breakdownData(request);
    expect(data.groups.map((g) => g.name)).toEqual(['Östra Ärla', 'Testlän (reference)']);
    expect(data.categories).toEqual(['Pre-secondary', 'Secondary', 'Post-secondary']);
    expect(data.bars.map((b) => [b.categoryTitle, b.role, b.value === null ? b.statusText : 'value'])).toEqual([
      ['Pre-secondary', 'area', 'Too few respondents to publish'], ['Pre-secondary', 'reference', 'value'],
      ['Secondary', 'area', 'value'], ['Secondary', 'reference', 'value'],
      ['Post-secondary', 'area', 'value'], ['Post-secondary', 'reference', 'value'],
    ]);
  });

  it('marks the categories that differ significantly from the reference\'s same category, and keys the marks', () => {
    const data = breakdownData(request);
    // Only area bars with a published value and an interval clear of the reference's value carry a mark.
    expect(data.bars.map((b) => [b.categoryTitle, b.role, b.differenceMark])).toEqual([
      ['Pre-secondary', 'area', ''], ['Pre-secondary', 'reference', ''],
      ['Secondary', 'area', '▼'], ['Secondary', 'reference', ''],
      ['Post-secondary', 'area', '▼'], ['Post-secondary', 'reference', ''],
    ]);
    for (const bar of data.bars) expect(Boolean(bar.differenceMark)).toBe(Boolean(categoryDifference(request, data, bar)));
    const spec = breakdownSpec(request, data, 640) as any;
    expect(spec.title.subtitle.join(' ')).toContain('▲▼ = significantly higher/lower than the same group in Testlän');
  });

  it('builds a grouped bar spec with whiskers (snapshot), description and table', () => {
    const data = breakdownData(request);
    const spec = breakdownSpec(request, data, 480) as any;
    expect(() => compile(spec)).not.toThrow();
    expect(spec.encoding.yOffset.field).toBe('role');
    expect(spec.params[0].value).toEqual(Object.fromEntries(data.groups.map((group) => [group.role, group.name])));
    expect(spec).toMatchSnapshot();
    expect(describeBreakdown(request, data)).toContain('Pre-secondary: Too few respondents to publish.');
    expect(breakdownTable(request, data).columns).toEqual(['Group', 'Östra Ärla', 'Testlän (reference)']);
  });
});

describe('breakdown: categories that differ from the reference', () => {
  it('marks exactly the categories whose interval excludes the same category of the reference, in the description and table', () => {
    let marked = 0;
    for (const area of ['0001', '0002', '0003', '0004']) {
      const request: BreakdownRequest = { catalog, indicator: smoking, level: 'municipality', area, period: '2018', breakdown: 'education', lang: 'en' };
      const data = breakdownData(request);
      for (const bar of data.bars.filter((b) => b.role === 'area')) {
        const same = data.bars.find((b) => b.role === 'reference' && b.category === bar.category)!;
        const excluded = bar.ciLow !== null && bar.ciHigh !== null && same.value !== null && (bar.ciLow > same.value || bar.ciHigh < same.value);
        const words = categoryDifference(request, data, bar);
        // chart-smoking: higher is worse.
        expect(words, `${area} ${bar.category}`).toBe(!excluded ? '' : bar.ciLow! > same.value! ? 'Significantly worse than Testlän' : 'Significantly better than Testlän');
        if (words) {
          marked++;
          expect(describeBreakdown(request, data)).toContain(`${bar.categoryTitle}: ${bar.valueText} (${words}).`);
          const row = breakdownTable(request, data).rows.find((r) => r.header === bar.categoryTitle)!;
          expect(row.cells[0]).toContain(words);
        }
      }
      for (const bar of data.bars.filter((b) => b.role === 'reference')) expect(categoryDifference(request, data, bar)).toBe('');
    }
    // The fixture has categories that differ, so the test checks real marks.
    expect(marked).toBeGreaterThan(0);
  });
});

describe('pyramid', () => {
  const request: PyramidRequest = { catalog, indicator: population, level: 'municipality', area: '0001', period: '2019', breakdown: 'sex*age-5y', lang: 'sv' };

  it('puts women left (negative) and men right, oldest band on top', () => {
    const data = pyramidData(request);
    expect(data.bars).toHaveLength(36);
    expect(data.ages[0]).toBe('0–4 år');
    expect(data.bars.filter((b) => b.sex === 'women').every((b) => b.signed < 0)).toBe(true);
    const spec = pyramidSpec(request, data, 640) as any;
    expect(() => compile(spec)).not.toThrow();
    expect(spec.encoding.y.scale.domain[0]).toBe('85+ år');
    expect(spec.encoding.x.axis.labelExpr).toContain('abs(');
    expect(spec).toMatchSnapshot();
  });

  it('describes totals and tabulates both sexes per band', () => {
    const data = pyramidData(request);
    expect(nbsp(describePyramid(request, data))).toMatch(/^Befolkningspyramid: Befolkning 2019 i Åby per åldersgrupp\. Kvinnor totalt [\d\s]+ personer, män totalt/);
    const table = pyramidTable(request, data);
    expect(table.columns).toEqual(['Ålder', 'Kvinnor', 'Män']);
    expect(table.rows).toHaveLength(18);
  });
});
