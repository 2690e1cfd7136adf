import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clearLoadCache } from '../../src/load/fetch-json.js';
import { COMPARISON_COLORS, ORANGE_RED_5 } from '../../src/scales/palettes.js';
import type { KollenAreaSelectEvent } from '../shared/events.js';
import { expectNoAxeViolations, mount, unmountAll, waitForState } from '../shared/test-helpers.js';
import './kollen-map.js';
import type { KollenMap } from './kollen-map.js';

/** The map fixture: county 11 with 31 municipalities on a grid (see test/fixtures/map/build.ts). */
const MAP_DATA = '/test/fixtures/map/';

afterEach(() => {
  unmountAll();
  clearLoadCache();
  vi.restoreAllMocks();
});

function mountMap(attributes = '', width = 800): KollenMap {
  return mount<KollenMap>(`<kollen-map data-root="${MAP_DATA}" ${attributes}></kollen-map>`, width);
}

async function ready(attributes = '', width = 800): Promise<KollenMap> {
  const map = mountMap(attributes, width);
  await waitForState(map, 'ready');
  return map;
}

const $ = <T extends Element = Element>(map: KollenMap, selector: string) => map.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = Element>(map: KollenMap, selector: string) => [...map.shadowRoot!.querySelectorAll<T>(selector)];
const areaPath = (map: KollenMap, code: string) => $<SVGPathElement>(map, `path.area[data-code="${code}"]`)!;
const fillOf = (map: KollenMap, code: string) => areaPath(map, code).getAttribute('fill');
const svgOf = (map: KollenMap) => $<SVGSVGElement>(map, 'svg.map')!;

async function settle(map: KollenMap): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await map.updateComplete;
}

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('<kollen-map>', () => {
  it('is accessible once drawn, in both colour modes and with the table open', async () => {
    const map = await ready('indicator="grid-smoking"');
    await expectNoAxeViolations(map);
    map.colorMode = 'comparison';
    await settle(map);
    $<HTMLButtonElement>(map, '.table-toggle')!.click();
    await settle(map);
    expect($(map, 'table')).not.toBeNull();
    await expectNoAxeViolations(map);
  });

  it('draws every area of the default indicator, level and latest period, and fires kollen-ready', async () => {
    const map = mountMap();
    const readyEvent = new Promise((resolve) => map.addEventListener('kollen-ready', resolve, { once: true }));
    await map.updateComplete;
    expect(map.matches(':state(loading)')).toBe(true);
    expect($(map, '[data-kind="loading"][role="status"]')).not.toBeNull();
    await waitForState(map, 'ready');
    await readyEvent;
    expect($$(map, 'path.area')).toHaveLength(31);
    expect($(map, '[part="title"]')!.textContent).toContain('Daglig rökning, 2021');
    expect($(map, '[part="simulated"]')!.textContent).toContain('Simulerade data');
    // The same source line as the charts: source, publisher and licence.
    expect($(map, '.source')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Källa: Påhittad källa (Kollen), CC0 1.0');
    expect($<HTMLAnchorElement>(map, '.source a')!.href).toBe('https://example.org/');
    // Highest smoking in the last municipality of the grid: the darkest red.
    expect(fillOf(map, '1124')).toBe(ORANGE_RED_5[4]);
    expect(fillOf(map, '1101')).toBe(ORANGE_RED_5[0]);
    expect(svgOf(map).getAttribute('aria-label')).toBe('Karta: daglig rökning 2021 per kommun');
  });

  it('writes the selected area’s name and value on the map, inside the map, not only an outline', async () => {
    const map = await ready('indicator="grid-smoking" period="2021" area="1101"');
    const label = $(map, 'text.selected-label')!;
    expect(label.textContent).toBe('Norrvik: 5,0\u00a0%');
    expect(label.closest('[aria-hidden="true"]')).not.toBeNull();
    const box = label.getBoundingClientRect();
    const svgBox = svgOf(map).getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(svgBox.left - 1);
    expect(box.right).toBeLessThanOrEqual(svgBox.right + 1);
    map.area = '';
    await map.updateComplete;
    expect($(map, 'text.selected-label')).toBeNull();
    await expectNoAxeViolations(map);
  });

  it('colours five quantile classes with a legend that counts areas per class', async () => {
    const map = await ready('indicator="grid-smoking" period="2018"');
    const fills = $$(map, 'path.area').map((path) => path.getAttribute('fill'));
    expect(new Set(fills)).toEqual(new Set(ORANGE_RED_5));
    const items = $$(map, '[part="legend"] li[data-kind="class"]');
    expect(items).toHaveLength(5);
    const counted = items.map((item) => Number(/\((\d+) kommun/.exec(item.textContent!)![1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(31);
    expect(Math.max(...counted) - Math.min(...counted)).toBeLessThanOrEqual(1);
    expect(items[0]!.textContent).toMatch(/6,0\s%–/);
    expect($(map, '[part="legend"] .legend-title')!.textContent).toBe('Andel (%)');
    // A colour alone cannot say which way is good: the legend says it in words.
    expect($(map, '[part="legend"] .legend-direction')!.textContent).toBe('Mörkare färg betyder högre värde, vilket är sämre.');
  });

  it('colours by significant difference from the county in comparison mode', async () => {
    const map = await ready('indicator="grid-smoking" color-mode="comparison"');
    const allowed = new Set<string>([COMPARISON_COLORS.better, COMPARISON_COLORS.similar, COMPARISON_COLORS.worse]);
    const fills = $$(map, 'path.area').map((path) => path.getAttribute('fill')!);
    for (const fill of fills) expect(allowed.has(fill) || fill.startsWith('url(#')).toBe(true);
    expect(fillOf(map, '1101')).toBe(COMPARISON_COLORS.better);
    expect(fillOf(map, '1124')).toBe(COMPARISON_COLORS.worse);
    const legend = $(map, '[part="legend"]')!.textContent!;
    expect(legend).toContain('Jämfört med Rutlän');
    expect(legend).toContain('Signifikant bättre');
    expect(legend).toContain('Ingen signifikant skillnad');
    expect(legend).toContain('Signifikant sämre');
    expect(legend).toMatch(/Rutlän: 11,0\s%/);
    expect($(map, '[part="legend"] .legend-direction')!.textContent).toBe('Lägre värde är bättre.');
    expect($(map, '.description')!.textContent).toMatch(/\d+ av 28 kommuner skiljer sig signifikant från Rutlän: \d+ bättre och \d+ sämre\./);
  });

  it('uses higher/lower for an indicator without polarity', async () => {
    const map = await ready('indicator="grid-age" color-mode="comparison" lang="en"');
    const legend = $(map, '[part="legend"]')!.textContent!;
    expect(legend).toContain('Significantly higher');
    expect(legend).toContain('Significantly lower');
    expect(legend).toContain('Not compared');
    expect(legend).not.toContain('better');
    expect($(map, '[part="legend"] .legend-direction')!.textContent).toBe('Neither a higher nor a lower value counts as good or bad.');
    expect($(map, '[part="simulated"]')).toBeNull();
    await expectNoAxeViolations(map);
  });

  it('draws missing values with patterns unique to each map, and says why in the legend', async () => {
    const first = await ready('indicator="grid-smoking"');
    const second = await ready('indicator="grid-smoking"');
    expect(fillOf(first, '1103')).toMatch(/^url\(#kollen-map-\d+-suppressed\)$/);
    expect(fillOf(first, '1104')).toMatch(/-not-collected\)$/);
    expect(fillOf(first, '1105')).toMatch(/-no-data\)$/);
    const ids = (map: KollenMap) => $$(map, 'pattern').map((p) => p.id);
    expect(ids(first)).toHaveLength(3);
    for (const id of ids(first)) expect(ids(second)).not.toContain(id);
    const missing = $$(first, '[part="legend"] li[data-kind="missing"]').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(missing).toEqual(['För få svarande för att redovisa (1 kommun)', 'Inte insamlat (1 kommun)', 'Uppgift saknas (1 kommun)']);
  });

  it('updates without re-fetching when period, colour mode or breakdown change', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const map = await ready('indicator="grid-smoking"');
    const fetches = fetchSpy.mock.calls.length;
    expect(fetches).toBe(3);
    const before = fillOf(map, '1103');
    const path = areaPath(map, '1103');
    map.setAttribute('period', '2018');
    await waitForState(map, 'ready');
    await settle(map);
    expect(fillOf(map, '1103')).not.toBe(before);
    // A redraw sets the fills of the paths already there: no area path is made again.
    expect(areaPath(map, '1103')).toBe(path);
    expect($(map, '[part="title"]')!.textContent).toContain('2018');
    map.setAttribute('breakdown', 'sex');
    map.setAttribute('category', 'women');
    await settle(map);
    expect($(map, '[part="title"]')!.textContent).toContain('Daglig rökning, 2018 – Kön: Kvinnor');
    expect($(map, '.description')!.textContent).toContain('bland kvinnor');
    expect(fetchSpy.mock.calls.length).toBe(fetches);
    // A new indicator is a new load, and a new kollen-ready.
    const readyAgain = new Promise((resolve) => map.addEventListener('kollen-ready', resolve, { once: true }));
    map.setAttribute('indicator', 'grid-age');
    for (const name of ['period', 'breakdown', 'category']) map.removeAttribute(name);
    await readyAgain;
    expect($(map, '[part="title"]')!.textContent).toContain('Medelålder, 2020');
  });

  it('shows only the areas within a parent', async () => {
    const map = await ready('indicator="grid-smoking" level="district" within="1101"');
    expect($$(map, 'path.area').map((p) => p.getAttribute('data-code'))).toEqual(['1101-1', '1101-2', '1101-3']);
    map.within = '1102';
    await settle(map);
    expect($$(map, 'path.area').map((p) => p.getAttribute('data-code'))).toEqual(['1102-1', '1102-2', '1102-3']);
    expect($(map, '.description')!.textContent).toContain('för 3 stadsdelsområden');
  });

  it('writes a description with highest, lowest and missing areas', async () => {
    const map = await ready('indicator="grid-smoking"');
    const text = $(map, '.description')!.textContent!;
    expect(text).toMatch(/^Kartan visar daglig rökning, andel \(%\), år 2021 för 31 kommuner\./);
    expect(text).toMatch(/Högst: Viksjö \(16,6\s%\), lägst: Norrvik \(5,0\s%\)\./);
    expect(text).toContain('3 kommuner saknar uppgift.');
    expect(text).toContain('Uppgifterna är simulerade.');
    expect(svgOf(map).getAttribute('aria-describedby')).toBe($(map, '.description')!.id);
  });

  it('shows a tooltip with name, value, interval, respondents and verdict on hover', async () => {
    const map = await ready('indicator="grid-smoking" color-mode="comparison"');
    await userEvent.hover(areaPath(map, '1124'));
    await until(() => $(map, '[part="tooltip"]') !== null, 'the tooltip');
    // The trend words come from a chunk loaded after the map is drawn.
    await until(() => $(map, '[part="tooltip"] .trend') !== null, 'the trend in the tooltip');
    const tip = $(map, '[part="tooltip"]')!.textContent!.replace(/\s+/g, ' ');
    expect(tip).toContain('Viksjö');
    expect(tip).toMatch(/Värde: 16,6\s%/);
    expect(tip).toMatch(/95 % konfidensintervall: 13,8–19,4/);
    expect(tip).toContain('Antal svarande: 360');
    expect(tip).toContain('Signifikant sämre än Rutlän');
    // The trend test of the hovered area (17,6 % in 2018, 16,6 % in 2021, intervals ±2,8): no certain change; the area's label says it too.
    expect(tip).toContain('Trend 2018–2021: ingen säker förändring');
    expect(areaPath(map, '1124').getAttribute('aria-label')).toContain('Trend 2018–2021: ingen säker förändring');
    await userEvent.hover(areaPath(map, '1103'));
    await until(() => $(map, '[part="tooltip"]')!.textContent!.includes('För få svarande'), 'the suppressed tooltip');
    expect($(map, '[part="tooltip"]')!.textContent).not.toContain('Antal svarande');
  });

  it('is one tab stop: arrows move between neighbours, Home/End, Enter selects, Escape clears', async () => {
    const map = await ready('indicator="grid-smoking"');
    const events: KollenAreaSelectEvent[] = [];
    document.addEventListener('kollen-area-select', (event) => events.push(event));
    const svg = svgOf(map);
    expect(svg.getAttribute('tabindex')).toBe('0');
    expect($$(map, '[tabindex="0"]')).toHaveLength(1);
    svg.focus();
    await settle(map);
    const active = () => svg.getAttribute('aria-activedescendant')!.replace(/^kollen-map-\d+-area-/, '');
    expect(active()).toBe('1101');
    expect($(map, '[part="tooltip"]')!.textContent).toContain('Norrvik');
    await userEvent.keyboard('{ArrowRight}');
    expect(active()).toBe('1102');
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe('1107');
    await userEvent.keyboard('{ArrowLeft}');
    expect(active()).toBe('1106');
    await userEvent.keyboard('{ArrowLeft}');
    expect(active()).toBe('1106');
    await userEvent.keyboard('{End}');
    expect(active()).toBe('1124');
    await userEvent.keyboard('{Home}');
    expect(active()).toBe('1101');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(events.map((e) => e.detail)).toEqual([{ level: 'municipality', area: '1106', group: '' }]);
    expect(map.getAttribute('area')).toBe('1106');
    expect(areaPath(map, '1106').getAttribute('aria-selected')).toBe('true');
    expect(areaPath(map, '1106').getAttribute('aria-label')).toMatch(/^Västerhöjd: .*, vald(\. Trend 2018–2021: [^,]+)?$/);
    expect($(map, '.outline-core.selected')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(events.at(-1)!.detail).toEqual({ level: 'municipality', area: null, group: '' });
    expect(map.hasAttribute('area')).toBe(true);
    expect(map.area).toBe('');
    await expectNoAxeViolations(map);
  });

  it('selects on click and keeps two linked maps in step, but not maps of another group', async () => {
    const first = await ready('indicator="grid-smoking" link-group="a"');
    const second = await ready('indicator="grid-smoking" color-mode="comparison" link-group="a"');
    const other = await ready('indicator="grid-smoking" link-group="b"');
    const selected = new Promise<KollenAreaSelectEvent>((resolve) => first.addEventListener('kollen-area-select', resolve, { once: true }));
    await userEvent.click(areaPath(first, '1113'));
    expect((await selected).detail).toEqual({ level: 'municipality', area: '1113', group: 'a' });
    await settle(second);
    expect(second.area).toBe('1113');
    expect(areaPath(second, '1113').getAttribute('aria-selected')).toBe('true');
    expect(other.area).toBe('');
    // And back: clearing in the second map clears the first.
    svgOf(second).focus();
    await userEvent.keyboard('{Escape}');
    await settle(first);
    expect(first.area).toBe('');
  });

  it('re-fits to its container on resize without fetching again', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const map = await ready('indicator="grid-smoking"', 800);
    const fetches = fetchSpy.mock.calls.length;
    expect(svgOf(map).getAttribute('width')).toBe('800');
    const firstPath = areaPath(map, '1101').getAttribute('d');
    (map.parentElement as HTMLElement).style.width = '320px';
    await until(() => svgOf(map).getAttribute('width') === '320', 'the map to re-fit');
    expect(areaPath(map, '1101').getAttribute('d')).not.toBe(firstPath);
    expect(Number(svgOf(map).getAttribute('height'))).toBeLessThanOrEqual(400);
    expect(fetchSpy.mock.calls.length).toBe(fetches);
    // At phone width the tiny inner municipalities get numbered labels and a list to pick them from,
    // smallest first; the fixture's twin squares (1193/1194, 1195/1196) are equal in size, so by code.
    const buttons = $$<HTMLButtonElement>(map, '.small-areas button');
    expect(buttons.map((b) => b.textContent!.trim().replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^1\. Gamla stan: /),
      expect.stringMatching(/^2\. Holmen: /),
      expect.stringMatching(/^3\. Kajen: /),
      expect.stringMatching(/^4\. Torget: /),
    ]);
    expect($$(map, '.marker')).toHaveLength(4);
    buttons[1]!.click();
    await settle(map);
    expect(map.area).toBe('1194');
    expect(map.scrollWidth).toBeLessThanOrEqual(320);
    $<HTMLButtonElement>(map, '.table-toggle')!.click();
    await settle(map);
    expect(map.scrollWidth).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(map);
  });

  it('offers the data table from a button and from the t key', async () => {
    const map = await ready('indicator="grid-smoking"');
    const toggle = $<HTMLButtonElement>(map, '.table-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    svgOf(map).focus();
    await userEvent.keyboard('t');
    await settle(map);
    const table = $(map, '[part="table"]')!;
    expect(table).not.toBeNull();
    expect(map.shadowRoot!.activeElement).toBe(table);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = $$(map, 'tbody tr');
    expect(rows).toHaveLength(31);
    const viksjo = rows.find((row) => row.getAttribute('data-code') === '1124')!.textContent!.replace(/\s+/g, ' ');
    expect(viksjo).toMatch(/Viksjö 16,6\s% 13,8–19,4 360 Signifikant sämre/);
    const suppressed = rows.find((row) => row.getAttribute('data-code') === '1103')!.textContent!;
    expect(suppressed).toContain('För få svarande för att redovisa');
    expect(suppressed).not.toContain('18');
    toggle.click();
    await settle(map);
    expect($(map, '[part="table"]')).toBeNull();
  });

  it('shows the empty state for a period without values', async () => {
    const map = mountMap('indicator="grid-smoking" period="1999"');
    await waitForState(map, 'empty');
    expect($(map, '[data-kind="empty"]')!.textContent).toContain('Det finns inga uppgifter för den här nivån och perioden.');
    await expectNoAxeViolations(map);
  });

  it('keeps Sweden’s 290 municipalities to a short list of the smallest, without discs, on a phone', async () => {
    const map = mount<KollenMap>(`<kollen-map data-root="/data/sweden/" indicator="median-income" level="municipality"></kollen-map>`, 375);
    await waitForState(map, 'ready');
    expect($$(map, 'path.area')).toHaveLength(290);
    const buttons = $$<HTMLButtonElement>(map, '.small-areas button');
    expect(buttons).toHaveLength(12);
    expect(buttons.map((b) => b.textContent!.trim())).toContainEqual(expect.stringMatching(/^Sundbyberg: /));
    expect($(map, '.small-areas')!.textContent).toContain('De minsta områdena på kartan');
    expect($(map, '.small-areas .more')!.textContent).toMatch(/Ytterligare \d{3} kommuner är för små att peka på i kartan\. Tabellen visar alla\./);
    expect($$(map, '.marker')).toHaveLength(0);
    // The whole widget stays about a screen and a half tall instead of a page of buttons.
    expect(map.getBoundingClientRect().height).toBeLessThan(1100);
    buttons[0]!.click();
    await settle(map);
    expect(map.area).toBe(buttons[0]!.dataset.code);
    expect($$(map, 'path.outline-core.selected')).toHaveLength(1);
    await expectNoAxeViolations(map);
  });

  describe('defaults on the real data', () => {
    it('opens on the municipalities rather than a one-area county map', async () => {
      const map = mount<KollenMap>(`<kollen-map data-root="/data/" indicator="voter-turnout"></kollen-map>`);
      await waitForState(map, 'ready');
      expect($$(map, 'path.area')).toHaveLength(26);
      expect($(map, '[part="title"]')!.textContent).toContain('2022');
      // Higher turnout is better, so the darkest class is the lowest turnout.
      expect($(map, '[part="legend"] .legend-direction')!.textContent).toBe('Mörkare färg betyder lägre värde, vilket är sämre.');
    });

    it('opens a district division on the latest period it has values for', async () => {
      const old = mount<KollenMap>(`<kollen-map data-root="/data/" indicator="daily-smoking" level="district-2007"></kollen-map>`);
      await waitForState(old, 'ready');
      expect($$(old, 'path.area')).toHaveLength(14);
      expect($(old, '[part="title"]')!.textContent).toContain('2018');
      const women = mount<KollenMap>(`<kollen-map data-root="/data/" indicator="daily-smoking" level="district-2007" breakdown="sex"></kollen-map>`);
      await waitForState(women, 'ready');
      expect($(women, '[part="title"]')!.textContent).toContain('2018 – Kön: Kvinnor');
      const latest = mount<KollenMap>(`<kollen-map data-root="/data/" indicator="daily-smoking" level="district-2020"></kollen-map>`);
      await waitForState(latest, 'ready');
      expect($(latest, '[part="title"]')!.textContent).toContain('2021');
    });

    it('names districts on the map where the name fits, never over each other, hidden from screen readers (issue 13, point 14)', async () => {
      const map = mount<KollenMap>(`<kollen-map data-root="/data/" indicator="daily-smoking" level="district-2007" area="0180-spanga-tensta"></kollen-map>`, 800);
      await waitForState(map, 'ready');
      const labels = $$<SVGTextElement>(map, 'text.area-label');
      expect(labels.length).toBeGreaterThan(3);
      expect(labels.length).toBeLessThan($$(map, 'path.area').length + 1);
      const boxes = labels.map((label) => label.getBoundingClientRect());
      for (const [i, label] of labels.entries()) {
        expect(label.closest('[aria-hidden="true"]')).not.toBeNull();
        // Inside the map, and no two names overlap.
        const svgBox = svgOf(map).getBoundingClientRect();
        expect(boxes[i]!.left).toBeGreaterThanOrEqual(svgBox.left);
        expect(boxes[i]!.right).toBeLessThanOrEqual(svgBox.right);
        for (const other of boxes.slice(i + 1)) {
          const apart = boxes[i]!.right <= other.left || other.right <= boxes[i]!.left || boxes[i]!.bottom <= other.top || other.bottom <= boxes[i]!.top;
          expect(apart, label.textContent!).toBe(true);
        }
        // Each name stands inside its own area: the area's path is what is drawn under its centre.
        const box = boxes[i]!;
        const under = map.shadowRoot!.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2).find((element) => element.matches('path.area'));
        expect(under?.getAttribute('aria-label'), label.textContent!).toContain(label.textContent!);
      }
      // The selected area carries its name and value instead, not a second plain name.
      const selected = $(map, 'text.selected-label')!.textContent!;
      expect(labels.map((label) => label.textContent)).not.toContain(selected.split(':')[0]);
      // The label's dark text sits in a light halo.
      const style = getComputedStyle(labels[0]!);
      expect([style.fill, style.stroke, style.paintOrder]).toEqual(['rgb(27, 27, 27)', 'rgb(255, 255, 255)', 'stroke']);
      await expectNoAxeViolations(map);
    });

    it('names the county in English where the catalogue has the name, in the description and the legend (issue 13, point 11)', async () => {
      const map = mount<KollenMap>(`<kollen-map data-root="/data/" indicator="daily-smoking" color-mode="comparison" lang="en"></kollen-map>`);
      await waitForState(map, 'ready');
      const words = `${$(map, '.description')!.textContent} ${$(map, '[part="legend"]')!.textContent}`;
      expect(words).toContain('Stockholm County');
      expect(words).not.toContain('Stockholms län');
    });

    it('keeps an explicit period without values and says so, rather than showing another period', async () => {
      const map = mount<KollenMap>(`<kollen-map data-root="/data/" indicator="daily-smoking" level="district-2007" period="2021"></kollen-map>`);
      await waitForState(map, 'empty');
      expect($(map, '[part="title"]')!.textContent).toContain('2021');
    });
  });

  describe('errors, in plain words with the details in the console', () => {
    async function failing(attributes: string, root = MAP_DATA): Promise<{ map: KollenMap; logged: string }> {
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      const map = mount<KollenMap>(`<kollen-map data-root="${root}" ${attributes}></kollen-map>`);
      await waitForState(map, 'error');
      return { map, logged: log.mock.calls.map((call) => String(call[0])).join('\n') };
    }

    it('missing catalogue', async () => {
      const { map, logged } = await failing('', '/no/such/root/');
      expect($(map, '[role="alert"]')!.textContent).toContain('datafilen finns inte');
      expect(logged).toContain('/no/such/root/catalog.json');
      expect($(map, '[part="retry"]')).not.toBeNull();
      await expectNoAxeViolations(map);
    });

    it('unknown indicator', async () => {
      const { map, logged } = await failing('indicator="no-such-indicator"');
      expect($(map, '[role="alert"]')!.textContent).toContain('Det valda måttet finns inte.');
      expect(logged).toContain('no indicator "no-such-indicator"');
    });

    it('a level whose TopoJSON object does not exist', async () => {
      const { map, logged } = await failing('indicator="grid-smoking" level="broken"');
      expect($(map, '[role="alert"]')!.textContent).toContain('datafilen har fel innehåll');
      expect(logged).toContain('grid.topo.json');
      expect(logged).toContain('$.objects.no-such-object');
    });

    it('geometries without the level\'s code property', async () => {
      const { logged } = await failing('indicator="grid-smoking" level="miscoded"');
      expect(logged).toContain('$.objects.municipalities.geometries[0].properties.kod');
    });

    it('network error, then a working retry', async () => {
      const realFetch = window.fetch.bind(window);
      const fetchSpy = vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
      const { map } = await failing('indicator="grid-smoking" lang="en"');
      expect($(map, '[role="alert"]')!.textContent).toContain('The statistics could not be fetched. Check your connection.');
      fetchSpy.mockImplementation(realFetch);
      $<HTMLButtonElement>(map, '[part="retry"]')!.click();
      await waitForState(map, 'ready');
      expect($$(map, 'path.area')).toHaveLength(31);
    });
  });

  it('aborts its requests when removed while loading', async () => {
    let signal: AbortSignal | undefined;
    const realFetch = window.fetch.bind(window);
    vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
      signal = init?.signal ?? undefined;
      return realFetch(input, init);
    });
    const map = mountMap('indicator="grid-smoking"');
    await until(() => signal !== undefined, 'the first request');
    map.remove();
    expect(signal!.aborted).toBe(true);
    const log = vi.spyOn(console, 'error');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(log).not.toHaveBeenCalled();
  });

  it('speaks Arabic right-to-left, with Latin digits, and shows no other language while Arabic loads', async () => {
    const seen: string[] = [];
    const map = mountMap('lang="ar"');
    // Every text the widget shows from its first frame on, while the Arabic chunk is still on its way.
    const observer = new MutationObserver(() => seen.push(map.shadowRoot?.textContent ?? ''));
    observer.observe(map.shadowRoot!, { childList: true, subtree: true, characterData: true });
    seen.push(map.shadowRoot!.textContent ?? '');
    await waitForState(map, 'ready');
    observer.disconnect();
    expect(map.getAttribute('dir')).toBe('rtl');
    expect(seen.some((text) => text.includes('جارٍ تحميل الإحصاءات'))).toBe(true);
    expect(seen.filter((text) => /Laddar|Loading|Karta|Teckenförklaring/.test(text))).toEqual([]);
    expect($(map, '.legend')!.textContent).toContain('مناطق:');
    expect($(map, '.description')!.textContent).toMatch(/تعرض الخريطة .*\d\.\d/);
    expect($(map, '.description')!.textContent).not.toMatch(/[\u0660-\u0669]/);
    // The data has no Arabic: its title shows in Swedish, marked so, left-to-right inside the page.
    const title = $(map, '.title')!;
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).toEqual(['sv', 'auto']);
    await expectNoAxeViolations(map);
  });

  it('keeps the direction the page gave it', async () => {
    const map = mount<KollenMap>(`<kollen-map data-root="${MAP_DATA}" lang="ar" dir="ltr"></kollen-map>`);
    await waitForState(map, 'ready');
    expect(map.getAttribute('dir')).toBe('ltr');
  });
});
