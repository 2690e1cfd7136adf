import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearLoadCache } from '../../src/load/fetch-json.js';
import { COMPARISON_COLORS } from '../../src/scales/palettes.js';
import { KollenAreaSelectEvent } from '../shared/events.js';
import { expectNoAxeViolations, mount, unmountAll, waitForState } from '../shared/test-helpers.js';
import '../kollen-map/kollen-map.js';
import '../kollen-trend/kollen-trend.js';
import './kollen-distribution.js';
import type { KollenMap } from '../kollen-map/kollen-map.js';
import type { KollenTrend } from '../kollen-trend/kollen-trend.js';
import type { KollenDistribution } from './kollen-distribution.js';

/** Chart fixture: 4 municipalities, county, country, 6 periods, a pyramid. */
const CHARTS = '/test/fixtures/charts/';

afterEach(() => {
  unmountAll();
  clearLoadCache();
  vi.restoreAllMocks();
});

async function distribution(attributes: string, width = 800, root = CHARTS): Promise<KollenDistribution> {
  const element = mount<KollenDistribution>(`<kollen-distribution data-root="${root}" ${attributes}></kollen-distribution>`, width);
  await waitForState(element, 'ready');
  return element;
}

const svg = (element: Element) => element.shadowRoot!.querySelector('.plot svg')!;
const marks = (element: Element, selector: string) => [...svg(element).querySelectorAll<SVGElement>(selector)];
const datum = (mark: Element) => (mark as any).__data__?.datum as Record<string, unknown>;

describe('every chart kind', () => {
  it('draws with no console warning (e.g. vega-lite\'s "Dropping fit-y"), wide and narrow', async () => {
    const warn = vi.spyOn(console, 'warn');
    for (const width of [800, 320]) {
      const trend = mount<KollenTrend>(`<kollen-trend data-root="${CHARTS}" indicator="chart-smoking" area="0001"></kollen-trend>`, width);
      await Promise.all([
        distribution('indicator="chart-smoking" area="0004"', width),
        distribution('kind="breakdown" indicator="chart-smoking" area="0002" breakdown="education"', width),
        distribution('kind="pyramid" indicator="chart-population"', width),
        waitForState(trend, 'ready'),
      ]);
    }
    expect(document.querySelectorAll('kollen-distribution:state(ready), kollen-trend:state(ready)')).toHaveLength(8);
    expect(warn.mock.calls).toEqual([]);
  });
});

describe('<kollen-distribution no-export>', () => {
  it('hides its own export buttons, keeps the table toggle, and stays accessible', async () => {
    const element = await distribution('indicator="chart-smoking" no-export');
    expect(element.getAttribute('no-export')).toBe('');
    expect(element.shadowRoot!.querySelectorAll('[part="toolbar"] [data-export]')).toHaveLength(0);
    expect(element.shadowRoot!.querySelectorAll('[part="toolbar"] button')).toHaveLength(1);
    await expectNoAxeViolations(element);
  });
});

describe('<kollen-distribution kind="ranking">', () => {
  it('is accessible once drawn, table open too', async () => {
    const element = await distribution('indicator="chart-smoking" area="0004"');
    await expectNoAxeViolations(element);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="table"]')!.click();
    await element.updateComplete;
    await expectNoAxeViolations(element);
  });

  it('draws sorted bars with whiskers, the reference rule, the selected area outlined and comparison colours', async () => {
    const element = await distribution('indicator="chart-smoking" area="0004" period="2021"');
    const bars = marks(element, '.mark-rect.role-mark path');
    expect(bars.map((bar) => datum(bar).name)).toEqual(['Åby', 'Dalby', 'Berga']);
    expect(bars.map((bar) => bar.getAttribute('fill'))).toEqual([COMPARISON_COLORS.worse, COMPARISON_COLORS.similar, COMPARISON_COLORS.similar]);
    expect(bars.map((bar) => Number(bar.getAttribute('stroke-width')))).toEqual([0.75, 3, 0.75]);
    const rules = marks(element, '.mark-rule.role-mark line');
    // three whiskers and the reference line
    expect(rules).toHaveLength(4);
    expect(svg(element).textContent).toContain('Testlän 8,5');
    // the suppressed area is listed with the reason, never with a bar
    expect(svg(element).textContent).toContain('För få svarande för att redovisa');
    expect(element.shadowRoot!.querySelector('.description')!.textContent).toContain('Dalby har plats 2 av 3');
    expect(element.shadowRoot!.querySelector('[part="source"]')!.textContent).toBe('Källa: Simulerad enkät (Kollen), CC0 1.0');
  });

  it('selects an area from a bar click and from the data table', async () => {
    const element = await distribution('indicator="chart-smoking" period="2021"');
    const heard: KollenAreaSelectEvent[] = [];
    const listener = (event: KollenAreaSelectEvent) => heard.push(event);
    document.addEventListener('kollen-area-select', listener);
    const berga = marks(element, '.mark-rect.role-mark path').find((bar) => datum(bar).area === '0003')!;
    berga.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitForState(element, 'ready');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="table"]')!.click();
    await element.updateComplete;
    const button = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.select')].find((b) => b.textContent!.trim() === 'Åby')!;
    button.focus();
    button.click();
    document.removeEventListener('kollen-area-select', listener);
    expect(heard.map((event) => event.detail)).toEqual([
      { level: 'municipality', area: '0003', group: '' },
      { level: 'municipality', area: '0001', group: '' },
    ]);
    await waitForState(element, 'ready');
    expect(element.shadowRoot!.querySelector('tr.selected th')!.textContent!.trim()).toBe('Åby');
  });

  it('stays in step with <kollen-map> on the same page (real data), both ways', async () => {
    const map = mount<KollenMap>(`<kollen-map data-root="/data/" indicator="daily-smoking" level="municipality" color-mode="comparison"></kollen-map>`);
    const chart = await distribution('indicator="daily-smoking" level="municipality"', 800, '/data/');
    await waitForState(map, 'ready');
    // a bar click selects the area on the map
    const bar = marks(chart, '.mark-rect.role-mark path').find((b) => datum(b).area === '0180')!;
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await map.updateComplete;
    expect(map.area).toBe('0180');
    // a map click selects the bar in the ranking
    const solna = map.shadowRoot!.querySelector<SVGPathElement>('path.area[data-code="0184"]')!;
    solna.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await chart.updateComplete;
    await waitForState(chart, 'ready');
    expect(chart.area).toBe('0184');
    const outlined = marks(chart, '.mark-rect.role-mark path').filter((b) => Number(b.getAttribute('stroke-width')) === 3);
    expect(outlined.map((b) => datum(b).area)).toEqual(['0184']);
    // the map's comparison colour of an area is the ranking bar's colour
    const fill = (code: string) => marks(chart, '.mark-rect.role-mark path').find((b) => datum(b).area === code)!.getAttribute('fill');
    const mapFill = map.shadowRoot!.querySelector('path.area[data-code="0184"]')!.getAttribute('fill');
    expect(Object.values(COMPARISON_COLORS)).toContain(fill('0184'));
    expect(fill('0184')).toBe(mapFill);
  });

  it('keeps trend and distribution in step through the selection event', async () => {
    const trend = mount<KollenTrend>(`<kollen-trend data-root="${CHARTS}" indicator="chart-smoking" area="0001"></kollen-trend>`);
    const chart = await distribution('indicator="chart-smoking" area="0001"');
    await waitForState(trend, 'ready');
    const dalby = marks(chart, '.mark-rect.role-mark path').find((b) => datum(b).area === '0004')!;
    dalby.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitForState(trend, 'ready');
    expect(trend.area).toBe('0004');
    expect(trend.shadowRoot!.querySelector('figcaption')!.textContent).toContain('Dalby');
  });

  it('exports PNG and SVG with title, source line and simulated flag', async () => {
    const element = await distribution('indicator="chart-smoking" lang="en"');
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.href);
    });
    await element.download('svg');
    await element.download('png');
    const svgText = await (await fetch(clicked[0]!)).text();
    expect(svgText).toContain('Daily smoking');
    expect(svgText).toContain('SIMULATED DATA');
    expect(svgText).toContain('Source: Simulated survey');
    expect((await (await fetch(clicked[1]!)).blob()).size).toBeGreaterThan(5000);
  });
});

describe('<kollen-distribution> of one group', () => {
  it('names the group in its subtitle, description, image title and file name', async () => {
    const element = await distribution('indicator="chart-smoking" breakdown="education" category="pre-secondary"');
    const root = element.shadowRoot!;
    expect(root.querySelector('figcaption .subtitle')!.textContent).toBe('Kommun · Utbildning: Förgymnasial · 2021');
    expect(root.querySelector('.description')!.textContent).toContain('Daglig rökning (Utbildning: Förgymnasial)');
    const spec = JSON.parse(element.specJson()) as { title: { subtitle: string[] } };
    expect(spec.title.subtitle.join(' ')).toContain('Utbildning: Förgymnasial');
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    await element.download('svg');
    expect(clicked).toEqual(['chart-smoking-ranking-municipality-pre-secondary-2021.svg']);
    await expectNoAxeViolations(element);
  });

  it('names it in English too, and not at all for the unsplit values', async () => {
    const women = await distribution('indicator="chart-smoking" breakdown="sex" category="women" lang="en"');
    expect(women.shadowRoot!.querySelector('figcaption .subtitle')!.textContent).toContain('Sex: Women');
    const all = await distribution('indicator="chart-smoking"');
    expect(all.shadowRoot!.querySelector('figcaption .subtitle')!.textContent).not.toContain(':');
  });
});

describe('<kollen-distribution kind="breakdown">', () => {
  it('draws each category of the area next to the reference, with whiskers and the reason for a suppressed cell', async () => {
    const element = await distribution('kind="breakdown" indicator="chart-smoking" area="0002" period="2018" breakdown="education"');
    const bars = marks(element, '.mark-rect.role-mark path');
    expect(bars).toHaveLength(5);
    expect(new Set(bars.map((b) => b.getAttribute('fill')))).toEqual(new Set(['#0072b2', '#5a5a5a']));
    expect(marks(element, '.mark-rule.role-mark line')).toHaveLength(5);
    expect(svg(element).textContent).toContain('För få svarande för att redovisa');
    await expectNoAxeViolations(element);
  });

  it('marks on the bars the categories that differ significantly from the reference\'s same category, with a key (issue 13, point 7)', async () => {
    const element = await distribution('kind="breakdown" indicator="chart-smoking" area="0002" period="2018" breakdown="education"');
    const shown = marks(element, '.mark-text.role-mark text').filter((t) => ['▲', '▼'].includes(t.textContent ?? ''));
    expect(shown.map((t) => datum(t).categoryTitle)).toEqual(['Gymnasial', 'Eftergymnasial']);
    // Each mark sits right of its bar's whisker, on the bar's own row.
    const whiskers = marks(element, '.mark-rule.role-mark line');
    for (const mark of shown) {
      const whisker = whiskers.find((w) => datum(w).categoryTitle === datum(mark).categoryTitle && datum(w).role === 'area')!;
      expect(mark.getBoundingClientRect().left).toBeGreaterThanOrEqual(whisker.getBoundingClientRect().right - 1);
    }
    // The words under the chart name each marked group's difference; the exported image keys the marks.
    const description = element.shadowRoot!.querySelector('.description')!.textContent!;
    for (const mark of shown) expect(description).toMatch(new RegExp(`${datum(mark).categoryTitle}: [^.]*\\(Signifikant`));
    expect((element as any).model.spec(640).title.subtitle.join(' ')).toContain('▲▼ = signifikant högre/lägre än samma grupp i Testlän');
  });

  it('shows the reference (the county) when no area is selected, not the first area code', async () => {
    const element = await distribution('kind="breakdown" indicator="chart-smoking" period="2018" breakdown="education"');
    expect(element.shadowRoot!.querySelector('.description')!.textContent).toContain('för Testlän');
    expect(element.shadowRoot!.querySelector('figcaption')!.textContent).not.toContain('Åby');
  });

  it('defaults to the first breakdown of the indicator', async () => {
    const element = await distribution('kind="breakdown" indicator="chart-smoking" area="0001" lang="en"');
    expect(element.shadowRoot!.querySelector('.description')!.textContent).toContain('Women:');
  });
});

describe('<kollen-distribution kind="pyramid">', () => {
  it('draws women and men per age band for the reference area by default', async () => {
    const element = await distribution('kind="pyramid" indicator="chart-population"');
    const bars = marks(element, '.mark-rect.role-mark path');
    expect(bars).toHaveLength(36);
    expect(element.shadowRoot!.querySelector('figcaption')!.textContent).toContain('Testlän');
    const women = bars.filter((b) => datum(b).sex === 'women');
    const men = bars.filter((b) => datum(b).sex === 'men');
    // women to the left of men
    expect(Math.max(...women.map((b) => b.getBoundingClientRect().right))).toBeLessThanOrEqual(Math.min(...men.map((b) => b.getBoundingClientRect().left)) + 1);
    expect(element.shadowRoot!.querySelector('[part="simulated"]')).toBeNull();
    await expectNoAxeViolations(element);
  });

  it('draws the pyramid of the real population data', async () => {
    const element = await distribution('kind="pyramid" indicator="population" area="0180"', 400, '/data/');
    expect(marks(element, '.mark-rect.role-mark path').length).toBeGreaterThan(30);
    expect(svg(element).getBoundingClientRect().width).toBeLessThanOrEqual(400);
  });
});

describe('<kollen-distribution> defaults on the real data', () => {
  it('ranks the municipalities, not the lone county, when no level is given', async () => {
    const element = await distribution('indicator="daily-smoking"', 800, '/data/');
    expect(marks(element, '.mark-rect.role-mark path')).toHaveLength(26);
    expect(element.shadowRoot!.querySelector('figcaption')!.textContent).toContain('2021');
  });

  it('ranks a district division on the latest period it has values for', async () => {
    const element = await distribution('indicator="daily-smoking" level="district-2007"', 800, '/data/');
    expect(marks(element, '.mark-rect.role-mark path')).toHaveLength(14);
    expect(element.shadowRoot!.querySelector('figcaption')!.textContent).toContain('2018');
  });

  it('keeps an explicit period without values and says so', async () => {
    const element = mount<KollenDistribution>(`<kollen-distribution data-root="/data/" indicator="daily-smoking" level="district-2007" period="2021"></kollen-distribution>`);
    await waitForState(element, 'empty');
    expect(element.shadowRoot!.textContent).toContain('Det finns inga uppgifter för 2021');
    const unknown = mount<KollenDistribution>(`<kollen-distribution data-root="/data/" indicator="daily-smoking" period="1999"></kollen-distribution>`);
    await waitForState(unknown, 'empty');
    expect(unknown.shadowRoot!.textContent).toContain('Det finns inga uppgifter för 1999');
  });
});

describe('<kollen-distribution> states', () => {
  it('says so in plain words when a period has no values, and when data is missing', async () => {
    const empty = mount<KollenDistribution>(`<kollen-distribution data-root="${CHARTS}" indicator="chart-smoking" level="district-2023" period="2014"></kollen-distribution>`);
    await waitForState(empty, 'empty');
    expect(empty.shadowRoot!.textContent).toContain('Det finns inga uppgifter för 2014');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = mount<KollenDistribution>(`<kollen-distribution data-root="${CHARTS}" indicator="no-such"></kollen-distribution>`);
    await waitForState(broken, 'error');
    expect(broken.shadowRoot!.textContent).toContain('Det valda måttet finns inte');
    await expectNoAxeViolations(broken);
  });

  it('follows selections of its own link group only', async () => {
    const element = await distribution('indicator="chart-smoking" link-group="a"');
    document.body.dispatchEvent(new KollenAreaSelectEvent({ level: 'municipality', area: '0003', group: 'b' }));
    await element.updateComplete;
    expect(element.area).toBe('');
    document.body.dispatchEvent(new KollenAreaSelectEvent({ level: 'municipality', area: '0003', group: 'a' }));
    await element.updateComplete;
    expect(element.area).toBe('0003');
  });
});
