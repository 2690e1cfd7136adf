import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearLoadCache } from '../../src/load/fetch-json.js';
import { KollenAreaSelectEvent } from '../shared/events.js';
import { expectNoAxeViolations, mount, unmountAll, waitForState } from '../shared/test-helpers.js';
import { vegaLoadCount } from '../shared/vega-loader.js';
import './kollen-trend.js';
import type { KollenTrend } from './kollen-trend.js';

/** Chart fixture: 4 municipalities, county, country, 6 periods, a boundary change, a pyramid. */
const CHARTS = '/test/fixtures/charts/';

afterEach(() => {
  unmountAll();
  clearLoadCache();
  vi.restoreAllMocks();
});

async function trend(attributes: string, width = 800): Promise<KollenTrend> {
  const element = mount<KollenTrend>(`<kollen-trend data-root="${CHARTS}" indicator="chart-smoking" ${attributes}></kollen-trend>`, width);
  await waitForState(element, 'ready');
  return element;
}

const svg = (element: Element) => element.shadowRoot!.querySelector('.plot svg')!;
const count = (element: Element, selector: string) => svg(element).querySelectorAll(selector).length;

describe('<kollen-trend>', () => {
  it('is accessible once drawn, with the data table open too', async () => {
    const element = await trend('area="0001"');
    await expectNoAxeViolations(element);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="table"]')!.click();
    await element.updateComplete;
    await expectNoAxeViolations(element);
  });

  it('draws the selected area and both references: lines, points, interval bands, legend', async () => {
    const ready = vi.fn();
    document.addEventListener('kollen-ready', ready);
    const element = await trend('area="0001"');
    document.removeEventListener('kollen-ready', ready);
    expect(ready).toHaveBeenCalled();
    expect(count(element, '.mark-line.role-mark path')).toBe(3);
    expect(count(element, '.mark-symbol.role-mark path')).toBe(18);
    expect(count(element, '.mark-area.role-mark path')).toBe(3);
    const legend = [...svg(element).querySelectorAll('.role-legend-label text')].map((t) => t.textContent);
    expect(legend.sort()).toEqual(['Sverige (jämförelse)', 'Testlän (jämförelse)', 'Åby'].sort());
    // the references are dashed, the selected area is drawn thicker
    const lines = [...svg(element).querySelectorAll<SVGPathElement>('.mark-line.role-mark path')];
    expect(lines.map((l) => l.getAttribute('stroke-dasharray') ?? '')).toEqual(['', '6,4', '2,3']);
    expect(Number(lines[0]!.getAttribute('stroke-width'))).toBeGreaterThan(Number(lines[1]!.getAttribute('stroke-width')));
    expect(element.shadowRoot!.querySelector('[part="simulated"]')!.textContent).toContain('Simulerade data');
    // The source line under the chart names the licence, as the map's and the exported image's do.
    expect(element.shadowRoot!.querySelector('[part="source"]')!.textContent).toBe('Källa: Simulerad enkät (Kollen), CC0 1.0');
  });

  it('says under the title what the trend test of each line found, polarity-aware, and in the description', async () => {
    const element = await trend('area="0001"');
    // The trend tests load as a chunk of their own; the chart is built again when they are there.
    await vi.waitFor(() => expect(element.shadowRoot!.querySelector('[part="findings"]')).not.toBeNull());
    const findings = [...element.shadowRoot!.querySelectorAll('[part="findings"] li')].map((li) => li.textContent);
    // Åby's smoking falls about 1.1 points every 4 years with 95 % intervals of ±3.4: the weighted line over 2006–2021 excludes 0.
    expect(findings).toContain('Åby: Trend 2006–2021: minskande (bättre)');
    expect(findings).toContain('Testlän (jämförelse): Trend 2006–2021: minskande (bättre)');
    const description = element.shadowRoot!.querySelector('[part="description"]')!.textContent!;
    expect(description).toContain('Åby: Trend 2006–2021: minskande (bättre).');
    element.lang = 'en';
    await waitForState(element, 'ready');
    await element.updateComplete;
    const english = [...element.shadowRoot!.querySelectorAll('[part="findings"] li')].map((li) => li.textContent);
    expect(english).toContain('Åby: Trend 2006–2021: decreasing (better)');
  });

  it('keeps the first and last points and whiskers whole inside the plot, at phone and desktop width', async () => {
    for (const width of [320, 800]) {
      const element = await trend('level="district-2023" areas="0001-mitt,01"', width);
      // The x axis is the one whose domain line is horizontal; it spans the plot's width.
      const plot = [...svg(element).querySelectorAll('.role-axis-domain')].map((g) => g.getBoundingClientRect()).find((box) => box.width > box.height)!;
      const marks = [...svg(element).querySelectorAll('.mark-symbol.role-mark path, .mark-rule.role-mark line')].map((mark) => mark.getBoundingClientRect());
      expect(marks.length, `${width}px`).toBeGreaterThan(4);
      for (const box of marks) {
        expect(box.left, `${width}px`).toBeGreaterThanOrEqual(plot.left + 1);
        expect(box.right, `${width}px`).toBeLessThanOrEqual(plot.right - 1);
      }
    }
  });

  it('breaks the line at a missing period and at a boundary change, never joining them', async () => {
    const element = await trend('areas="0003"');
    expect(count(element, '.mark-line.role-mark path')).toBe(2);
    expect(count(element, '.mark-symbol.role-mark path')).toBe(5);
    expect(element.shadowRoot!.querySelector('.description')!.textContent).toContain('avbrott');
    const district = await trend('level="district-2023" areas="0001-mitt"');
    expect(count(district, '.mark-line.role-mark path')).toBe(2);
    // the lone point after the change shows its interval as a whisker
    expect(count(district, '.mark-rule.role-mark line')).toBeGreaterThanOrEqual(1);
  });

  it('splits into one line per category with the breakdown attribute', async () => {
    const element = await trend('area="0002" breakdown="sex"');
    expect(count(element, '.role-legend-label text')).toBe(6);
    expect(element.shadowRoot!.textContent).toContain('Östra Ärla, kvinnor');
  });

  it('colours lines by area and dashes them by category, so two areas never share a colour (issue 13, point 10)', async () => {
    const element = await trend('areas="0001,0002" breakdown="sex"');
    const lines = [...svg(element).querySelectorAll<SVGPathElement>('.mark-line.role-mark path')].map((line) => {
      const datum = (line as any).__data__?.datum ?? (line as any).__data__;
      return { area: datum.area as string, category: datum.category as string, stroke: line.getAttribute('stroke'), dash: line.getAttribute('stroke-dasharray') ?? '' };
    });
    expect(lines.length).toBe(4);
    const strokesOf = (area: string) => new Set(lines.filter((l) => l.area === area).map((l) => l.stroke));
    expect(strokesOf('0001').size).toBe(1);
    expect(strokesOf('0002').size).toBe(1);
    expect([...strokesOf('0001')][0]).not.toBe([...strokesOf('0002')][0]);
    const dashesOf = (category: string) => new Set(lines.filter((l) => l.category === category).map((l) => l.dash));
    expect(dashesOf('women').size).toBe(1);
    expect([...dashesOf('women')][0]).not.toBe([...dashesOf('men')][0]);
  });

  it('shares one vega load between charts on the page', async () => {
    await Promise.all([trend('area="0001"'), trend('area="0002"')]);
    expect(vegaLoadCount()).toBe(1);
  });

  it('fires kollen-area-select when a point is clicked', async () => {
    const element = await trend('area="0002" areas="0002,0003"');
    const heard = new Promise<KollenAreaSelectEvent>((resolve) => document.addEventListener('kollen-area-select', resolve as never, { once: true }));
    const points = [...svg(element).querySelectorAll<SVGPathElement>('.mark-symbol.role-mark path')];
    const berga = points.find((p) => (p as any).__data__?.datum?.area === '0003')!;
    berga.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const event = await heard;
    expect(event.detail).toEqual({ level: 'municipality', area: '0003', group: '' });
    expect(element.area).toBe('0003');
  });

  it('follows a selection made by another widget of its link group', async () => {
    const element = await trend('area="0001"');
    document.body.dispatchEvent(new KollenAreaSelectEvent({ level: 'municipality', area: '0004', group: '' }));
    await element.updateComplete;
    await waitForState(element, 'ready');
    expect(element.area).toBe('0004');
    expect(element.shadowRoot!.querySelector('figcaption')!.textContent).toContain('Dalby');
    document.body.dispatchEvent(new KollenAreaSelectEvent({ level: 'municipality', area: '0002', group: 'other' }));
    await element.updateComplete;
    expect(element.area).toBe('0004');
  });

  it('offers the figures as a table, saying why a cell is empty', async () => {
    const element = await trend('areas="0002,0003"');
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="table"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = [...element.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    expect(rows).toHaveLength(6);
    expect(rows[2]![2]).toBe('Uppgift saknas');
    expect(rows[5]![1]).toBe('För få svarande för att redovisa');
  });

  it('exports SVG and PNG with the title, source and simulated flag baked in', async () => {
    const element = await trend('area="0001" lang="en"');
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    await element.download('svg');
    await element.download('png');
    expect(clicked.map((c) => c.download)).toEqual(['chart-smoking-0001-01-SE.svg', 'chart-smoking-0001-01-SE.png']);
    const svgText = await (await fetch(clicked[0]!.href)).text();
    expect(svgText).toMatch(/^<svg/);
    expect(svgText).toContain('Daily smoking');
    expect(svgText).toContain('SIMULATED DATA');
    expect(svgText).toContain('Source: Simulated survey');
    expect(clicked[1]!.href).toMatch(/^data:image\/png;base64,/);
    const png = await (await fetch(clicked[1]!.href)).blob();
    expect(png.size).toBeGreaterThan(5000);
  });

  it('hides its own export buttons with no-export, keeping the table toggle and download()', async () => {
    const plain = await trend('area="0001"');
    expect(plain.shadowRoot!.querySelectorAll('[data-export]')).toHaveLength(3);
    const element = await trend('area="0001" no-export');
    expect(element.noExport).toBe(true);
    expect(element.shadowRoot!.querySelectorAll('[data-export]')).toHaveLength(0);
    expect(element.shadowRoot!.querySelector('[aria-controls="table"]')).not.toBeNull();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    await element.download('svg');
    expect(clicked).toEqual(['chart-smoking-0001-01-SE.svg']);
    element.noExport = false;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('[data-export]')).toHaveLength(3);
  });

  it('copies the vega-lite spec, or shows it to copy by hand when the clipboard refuses', async () => {
    const element = await trend('area="0001"');
    const write = vi.fn().mockResolvedValue(undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: write } as any);
    await element.copySpec();
    const spec = JSON.parse(write.mock.calls[0]![0]);
    expect(spec.$schema).toContain('vega-lite');
    expect(spec.title.text).toBe('Daglig rökning');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.notice')!.textContent).toContain('kopierad');
    write.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await element.copySpec();
    await element.updateComplete;
    const textarea = element.shadowRoot!.querySelector('textarea')!;
    expect(JSON.parse(textarea.value).layer).toHaveLength(4);
  });

  it('fits a 320 px wide container', async () => {
    const element = await trend('area="0001"', 320);
    expect(svg(element).getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(svg(element).getBoundingClientRect().width).toBeGreaterThan(250);
  });

  it('speaks English with lang="en"', async () => {
    const element = await trend('area="0001" lang="en"');
    expect(element.shadowRoot!.textContent).toContain('Simulated data');
    expect(element.shadowRoot!.querySelector('.description')!.textContent).toMatch(/^Line chart: Daily smoking 2002–2021/);
  });

  it('opens on the county alone, not a municipality nobody picked, when no area is given', async () => {
    const element = mount<KollenTrend>(`<kollen-trend data-root="/data/" indicator="daily-smoking"></kollen-trend>`);
    await waitForState(element, 'ready');
    const legend = [...svg(element).querySelectorAll('.role-legend-label text')].map((t) => t.textContent);
    expect(legend).toEqual(['Stockholms län']);
    expect(element.shadowRoot!.querySelector('.description')!.textContent).toContain('Stockholms län');
  });

  it('says so in plain words when the breakdown does not exist, or the data is missing', async () => {
    const empty = mount<KollenTrend>(`<kollen-trend data-root="${CHARTS}" indicator="chart-smoking" breakdown="age-5y"></kollen-trend>`);
    await waitForState(empty, 'empty');
    expect(empty.shadowRoot!.textContent).toContain('inte uppdelat');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = mount<KollenTrend>(`<kollen-trend data-root="/no/such/root/"></kollen-trend>`);
    await waitForState(broken, 'error');
    expect(broken.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('datafilen finns inte');
    expect(broken.shadowRoot!.querySelector('[part="retry"]')).not.toBeNull();
    await expectNoAxeViolations(broken);
  });
});
