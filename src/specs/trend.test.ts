import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateCatalog, validateIndicator } from '../schema/validate.js';
import { compile } from 'vega-lite';
import { fixtureCatalog, fixtureIndicator } from './fixtures.js';
import { describeTrend, trendAreas, trendData, trendSpec, trendTable, type TrendRequest } from './trend.js';

const catalog = fixtureCatalog();
const indicator = fixtureIndicator('chart-smoking');

function request(overrides: Partial<TrendRequest> = {}): TrendRequest {
  return { catalog, indicator, lang: 'sv', breakdown: 'total', areas: trendAreas(catalog, indicator, 'municipality', [], '0001'), selected: '0001', ...overrides };
}

describe('trendAreas', () => {
  it('defaults to the selected area plus every reference, references marked', () => {
    expect(trendAreas(catalog, indicator, 'municipality', [], '0001')).toEqual([
      { level: 'municipality', code: '0001', role: 'area' },
      { level: 'county', code: '01', role: 'reference' },
      { level: 'country', code: 'SE', role: 'reference' },
    ]);
  });
  it('takes the areas asked for, in order, without duplicates', () => {
    expect(trendAreas(catalog, indicator, 'municipality', ['0002', '0003', '0002'])).toEqual([
      { level: 'municipality', code: '0002', role: 'area' },
      { level: 'municipality', code: '0003', role: 'area' },
    ]);
  });
  it('shows the references when nothing is selected, the first as the line drawn, never an area nobody picked', () => {
    expect(trendAreas(catalog, indicator, 'municipality', [])).toEqual([
      { level: 'county', code: '01', role: 'area' },
      { level: 'country', code: 'SE', role: 'reference' },
    ]);
  });
  it('falls back to the first area with values only for an indicator without references', () => {
    expect(trendAreas(catalog, { ...indicator, references: [] }, 'municipality', []).map((a) => a.code)).toEqual(['0001']);
  });
});

describe('trendData', () => {
  it('draws one series per area with all published periods', () => {
    const data = trendData(request());
    expect(data.series.map((s) => [s.name, s.role, s.points, s.segments])).toEqual([
      ['Åby', 'area', 6, 1],
      ['Testlän (jämförelse)', 'reference', 6, 1],
      ['Sverige (jämförelse)', 'reference', 6, 1],
    ]);
    expect(data.yearAxis).toBe(true);
    expect(data.points.filter((p) => p.selected).map((p) => p.area)).toEqual(Array(6).fill('0001'));
  });

  it('breaks a line at a missing period and never publishes a suppressed value', () => {
    const data = trendData(request({ areas: trendAreas(catalog, indicator, 'municipality', ['0003', '0002']) }));
    const berga = data.series.find((s) => s.area === '0003')!;
    expect(berga.segments).toBe(2);
    expect(new Set(data.points.filter((p) => p.area === '0003').map((p) => p.segment)).size).toBe(2);
    const arla = data.points.filter((p) => p.area === '0002');
    expect(arla.map((p) => p.period)).not.toContain('2021');
  });

  it('breaks a line where the area boundaries changed (another division), isolating the lone point', () => {
    const data = trendData(request({ areas: [{ level: 'district-2023', code: '0001-mitt', role: 'area' }] }));
    expect(data.series[0]!.segments).toBe(2);
    const points = data.points.map((p) => [p.period, p.level, p.isolated]);
    expect(points).toEqual([
      ['2014', 'district-2020', false],
      ['2018', 'district-2020', false],
      ['2021', 'district-2023', true],
    ]);
  });

  it('splits by a breakdown into one series per area and category', () => {
    const data = trendData(request({ breakdown: 'sex' }));
    expect(data.series.map((s) => s.name)).toEqual([
      'Åby, kvinnor', 'Åby, män', 'Testlän, kvinnor (jämförelse)', 'Testlän, män (jämförelse)',
      'Sverige, kvinnor (jämförelse)', 'Sverige, män (jämförelse)',
    ]);
    // Colour follows the area, the dash the category (issue 13, point 10).
    expect(data.series[0]!.color).toBe(data.series[1]!.color);
    expect(data.series[0]!.dash).not.toEqual(data.series[1]!.dash);
    expect(data.series[0]!.color).not.toBe(data.series[2]!.color);
    expect(data.series[0]!.dash).toEqual(data.series[2]!.dash);
    expect(data.series[1]!.dash).toEqual(data.series[3]!.dash);
    expect(data.series[2]!.color).toBe('#5a5a5a');
  });

  it('never gives two areas one colour when split by a breakdown, its bands faint enough to overlap', () => {
    const r = request({ breakdown: 'sex', areas: trendAreas(catalog, indicator, 'municipality', ['0001', '0002', '0003']) });
    const data = trendData(r);
    const colourOf = new Map<string, Set<string>>();
    for (const s of data.series) colourOf.set(s.color, (colourOf.get(s.color) ?? new Set()).add(s.area));
    expect([...colourOf.values()].every((areas) => areas.size === 1)).toBe(true);
    expect(colourOf.size).toBe(3);
    const spec = trendSpec(r, data, 640) as any;
    expect(spec.layer[0].mark.opacity).toBeLessThanOrEqual(0.16);
  });

  it('formats values in the language asked for', () => {
    const sv = trendData(request()).points[0]!;
    const en = trendData(request({ lang: 'en' })).points[0]!;
    expect(sv.valueText).toBe('19,0\u00a0%');
    expect(en.valueText).toBe('19.0\u00a0%');
  });
});

describe('trendSpec', () => {
  it('is deterministic and compiles with vega-lite (snapshot)', () => {
    const r = request();
    const spec = trendSpec(r, trendData(r), 640);
    expect(() => compile(spec)).not.toThrow();
    expect(spec).toMatchSnapshot();
  });

  it('puts title, source and the simulated flag in the title block', () => {
    const r = request({ lang: 'en' });
    const spec = trendSpec(r, trendData(r), 640) as any;
    expect(spec.title.text).toBe('Daily smoking');
    expect(spec.title.subtitle.join(' ')).toContain('Source: Simulated survey (Kollen), CC0 1.0');
    expect(spec.title.subtitle.join(' ')).toContain('SIMULATED DATA');
  });

  it('draws references grey and dashed, the selected line thicker, and bands per unbroken piece', () => {
    const r = request();
    const spec = trendSpec(r, trendData(r), 640) as any;
    const [band, whisker, line, points] = spec.layer;
    expect(band.mark.type).toBe('area');
    expect(band.encoding.detail.field).toBe('segment');
    expect(whisker.transform[1].filter).toEqual({ field: 'isolated', equal: true });
    expect(line.encoding.detail.field).toBe('segment');
    expect(line.encoding.strokeDash.scale.range).toEqual([[], [6, 4], [2, 3]]);
    expect(line.encoding.color.scale.range.slice(1)).toEqual(['#5a5a5a', '#7a7a7a']);
    expect(line.encoding.strokeWidth.condition.value).toBeGreaterThan(line.encoding.strokeWidth.value);
    expect(points.encoding.tooltip.map((t: any) => t.field)).toEqual(['series', 'period', 'valueText', 'intervalText', 'nText']);
  });

  it('lays out for a phone below 520 px', () => {
    const r = request();
    const spec = trendSpec(r, trendData(r), 320) as any;
    expect(spec.width).toBe(320);
    expect(spec.layer[2].encoding.color.legend.columns).toBe(1);
    // the source line and flag wrap instead of being cut off in a phone-sized export
    expect(spec.title.subtitle.length).toBeGreaterThan(3);
    expect(spec.title.subtitle.every((line: string) => line.length <= 49)).toBe(true);
    expect(spec.title.subtitle.join(' ')).toContain('SIMULERADE DATA – siffrorna beskriver inte verkligheten');
  });
});

describe('describeTrend and trendTable', () => {
  it('describe every series in words and list every cell, saying why one is missing', () => {
    const r = request({ areas: trendAreas(catalog, indicator, 'municipality', ['0002', '0003']) });
    const data = trendData(r);
    expect(describeTrend(r, data).replaceAll('\u00a0', ' ')).toBe(
      'Linjediagram: Daglig rökning 2002–2021 för Östra Ärla och Berga. Östra Ärla: 9,0 % 2002 och 4,6 % 2018. ' +
        'Berga: 13,5 % 2002 och 8,0 % 2021. Linjen för Berga har avbrott där uppgifter saknas eller områdesindelningen ändrats.',
    );
    const table = trendTable(r, data);
    expect(table.columns).toEqual(['Period', 'Östra Ärla', 'Berga']);
    expect(table.rows.map((row) => row.header)).toEqual(['2002', '2006', '2010', '2014', '2018', '2021']);
    expect(table.rows[2]!.cells[1]).toBe('Uppgift saknas');
    expect(table.rows[5]!.cells[0]).toBe('För få svarande för att redovisa');
    expect(table.rows[0]!.cells[0]).toMatch(/^9,0\u00a0% \(\d+,\d–\d+,\d\), n = 500$/);
  });
});

describe('pooled periods (the published Stockholm data)', () => {
  const root = resolve(import.meta.dirname, '../../data');
  const published = validateCatalog(JSON.parse(readFileSync(resolve(root, 'catalog.json'), 'utf8')), 'catalog.json');
  const health = validateIndicator(JSON.parse(readFileSync(resolve(root, 'indicators/good-health.json'), 'utf8')), 'good-health.json');
  const pooledRequest = (level: string, code: string): TrendRequest => ({
    catalog: published, indicator: health, lang: 'sv', breakdown: 'total', areas: trendAreas(published, health, level, [], code), selected: code,
  });

  it('draws a stadsdel\'s pooled period as a span from its first to its last year, on a year axis, with the plain chart structure', () => {
    const r = pooledRequest('stadsdel', '0180-sd-aspudden');
    const data = trendData(r);
    expect(data.yearAxis).toBe(true);
    const own = data.points.filter((p) => p.area === '0180-sd-aspudden');
    // Two ends of one piece of line at the same value: a level span over 2014–2021 with its interval as a box.
    expect(own.map((p) => [p.period, p.x, p.pooled, p.isolated])).toEqual([['2014-2021', 2014, true, false], ['2014-2021', 2021, true, false]]);
    expect(new Set(own.map((p) => p.segment)).size).toBe(1);
    expect(own[0]!.value).toBe(own[1]!.value);
    expect(own[0]!.ciLow).not.toBeNull();
    const spec = trendSpec(r, data, 640) as any;
    // The same four layers as every trend (band, whisker, line, points): no new chart template.
    expect(spec.layer.map((l: any) => l.mark.type)).toEqual(['area', 'rule', 'line', 'point']);
    expect(spec.encoding.x.axis.values).toEqual([2002, 2006, 2010, 2014, 2018, 2021]);
    expect(() => compile(spec)).not.toThrow();
    const description = describeTrend(r, data);
    expect(description).toContain('2014-2021');
    expect(description.match(/2014-2021/g)!.length).toBeLessThanOrEqual(3);
  });

  it('leaves the pooled period out where the area has its single years: a district\'s line, unbroken, and no span', () => {
    const r = pooledRequest('district-2023', '0180-sodermalm');
    const data = trendData(r);
    const own = data.points.filter((p) => p.area === '0180-sodermalm');
    expect(data.points.filter((p) => p.pooled)).toEqual([]);
    expect(new Set(own.map((p) => p.segment)).size).toBe(1);
    expect(own.map((p) => p.x)).toEqual([2002, 2006, 2010, 2014, 2018, 2021]);
    expect((trendSpec(r, data, 640) as any).layer).toHaveLength(4);
  });

  it('draws the county\'s pooled period beside a stadsdel\'s, the same period to compare', () => {
    const data = trendData(pooledRequest('stadsdel', '0180-sd-aspudden'));
    expect([...new Set(data.points.filter((p) => p.pooled).map((p) => p.area))].sort()).toEqual(['01', '0180-sd-aspudden']);
    // The county's span is a piece of its own, not joined to its single years' line.
    const county = data.points.filter((p) => p.area === '01');
    expect(new Set(county.filter((p) => p.pooled).map((p) => p.segment)).size).toBe(1);
    expect(county.filter((p) => p.pooled)[0]!.segment).not.toBe(county.find((p) => !p.pooled)!.segment);
  });
});
