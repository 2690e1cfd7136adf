import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clearLoadCache } from '../../src/load/fetch-json.js';
import { expectNoAxeViolations, mount, unmountAll, waitForState } from '../shared/test-helpers.js';
import './kollen-map.js';
import type { KollenMap } from './kollen-map.js';
import type { KollenDrillEvent } from './map-drill.js';

/** The published data: the Stockholm root and the national one. */
const STOCKHOLM = '/data/';
const SWEDEN = '/data/sweden/';

afterEach(() => {
  unmountAll();
  clearLoadCache();
});

const $ = <T extends Element = Element>(map: KollenMap, selector: string) => map.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = Element>(map: KollenMap, selector: string) => [...map.shadowRoot!.querySelectorAll<T>(selector)];
const crumbs = (map: KollenMap) => $$(map, '.drill nav li').map((li) => li.textContent!.trim());

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A drill map, drawn with its breadcrumb. */
async function drillMap(attributes: string, width = 800): Promise<KollenMap> {
  const map = mount<KollenMap>(`<kollen-map drill ${attributes}></kollen-map>`, width);
  await waitForState(map, 'ready');
  await until(() => !!$(map, '.drill nav'), 'the breadcrumb');
  return map;
}

/** Waits for the map to be drawn on `level` with `count` areas. */
async function drawnOn(map: KollenMap, level: string, count: number): Promise<void> {
  await until(() => map.level === level && map.matches(':state(ready)') && $$(map, 'path.area').length === count, `${count} areas on ${level}`);
  await map.updateComplete;
}

describe('<kollen-map drill>', () => {
  it('goes into Stockholm by mouse, draws its districts of the period, names the way in a breadcrumb, and comes back', async () => {
    const map = await drillMap(`data-root="${STOCKHOLM}" indicator="daily-smoking" period="2021"`);
    expect($$(map, 'path.area')).toHaveLength(26);
    expect(crumbs(map)).toEqual(['Stockholms län']);
    expect($(map, '.drill-up')).toBeNull();
    await expectNoAxeViolations(map);
    const events: KollenDrillEvent[] = [];
    document.addEventListener('kollen-drill', (event) => events.push(event), { once: true });
    $<SVGPathElement>(map, 'path.area[data-code="0180"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    // 2021: the 13 districts of the 2020 division, the one in force that year.
    await drawnOn(map, 'district-2020', 13);
    expect(map.within).toBe('0180');
    expect(map.area).toBe('');
    expect(crumbs(map)).toEqual(['Stockholms län', 'Stockholm']);
    expect($(map, '.drill nav li[aria-current="location"]')!.textContent!.trim()).toBe('Stockholm');
    expect(events.map((event) => event.detail)).toEqual([{ level: 'district-2020', within: '0180', path: ['0180'], group: '' }]);
    await expectNoAxeViolations(map);
    // A district has nothing inside it (yet): a click selects it.
    const district = $$<SVGPathElement>(map, 'path.area')[0]!.getAttribute('data-code')!;
    $<SVGPathElement>(map, `path.area[data-code="${district}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await map.updateComplete;
    expect(map.area).toBe(district);
    expect(map.level).toBe('district-2020');
    $<HTMLButtonElement>(map, '.drill-up')!.click();
    await drawnOn(map, 'municipality', 26);
    expect(map.within).toBe('');
    expect(crumbs(map)).toEqual(['Stockholms län']);
  });

  it('drills by keyboard: Enter goes in, focus stays on the map, Escape clears the selection and then goes up', async () => {
    const map = await drillMap(`data-root="${STOCKHOLM}" indicator="daily-smoking"`);
    map.area = '0180';
    await map.updateComplete;
    $<SVGSVGElement>(map, 'svg.map')!.focus();
    await map.updateComplete;
    await userEvent.keyboard('{Enter}');
    // No period asked for: the latest with values (2021), on the division in force then.
    await drawnOn(map, 'district-2020', 13);
    await until(() => map.shadowRoot!.activeElement === $(map, 'svg.map'), 'focus back on the map');
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await map.updateComplete;
    expect(map.area).not.toBe('');
    await userEvent.keyboard('{Escape}');
    await map.updateComplete;
    expect(map.area).toBe('');
    expect(map.level).toBe('district-2020');
    await userEvent.keyboard('{Escape}');
    await drawnOn(map, 'municipality', 26);
  });

  it('drills the national root from a county to its municipalities, and a crumb goes back to the top', async () => {
    const map = await drillMap(`data-root="${SWEDEN}"`);
    expect($$(map, 'path.area')).toHaveLength(21);
    expect(crumbs(map)).toEqual(['Sverige']);
    $<SVGPathElement>(map, 'path.area[data-code="01"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await drawnOn(map, 'municipality', 26);
    expect(crumbs(map)).toEqual(['Sverige', 'Stockholms län']);
    expect($(map, '.drill-up')!.textContent!.trim()).toBe('Tillbaka till Sverige');
    $<HTMLButtonElement>(map, '.drill button.crumb')!.click();
    await drawnOn(map, 'county', 21);
  });

  it('started inside Stockholm (a dashboard opened drilled), still names the county and goes up to it', async () => {
    const map = await drillMap(`data-root="${STOCKHOLM}" indicator="daily-smoking" level="district-2023" within="0180"`);
    expect(crumbs(map)).toEqual(['Stockholms län', 'Stockholm']);
    $<HTMLButtonElement>(map, '.drill-up')!.click();
    await drawnOn(map, 'municipality', 26);
  });

  it('zooms inside the map with its buttons (the page does not move) and at 375 px keeps every button at least 24 px', async () => {
    const map = await drillMap(`data-root="${STOCKHOLM}" indicator="daily-smoking" lang="en"`, 375);
    const svg = $<SVGSVGElement>(map, 'svg.map')!;
    const whole = svg.getAttribute('viewBox');
    const [zoomIn, zoomOut] = $$<HTMLButtonElement>(map, '.zoom button');
    expect(zoomIn!.getAttribute('aria-label')).toBe('Zoom in');
    zoomIn!.click();
    const zoomed = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect(zoomed[2]).toBeLessThan(Number(whole!.split(' ')[2]));
    expect(svg.style.touchAction).toBe('none');
    zoomOut!.click();
    zoomOut!.click();
    expect(svg.getAttribute('viewBox')).toBe(whole);
    expect(svg.style.touchAction).toBe('');
    // ctrl+wheel (a trackpad's pinch) zooms the map, not the page.
    const wheel = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, composed: true, cancelable: true, clientX: 100, clientY: 200 });
    svg.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true);
    expect(Number(svg.getAttribute('viewBox')!.split(' ')[2])).toBeLessThan(Number(whole!.split(' ')[2]));
    $<HTMLButtonElement>(map, '.zoom-reset')!.click();
    expect(svg.getAttribute('viewBox')).toBe(whole);
    for (const button of $$<HTMLButtonElement>(map, '.drill button, .small-areas button')) {
      const box = button.getBoundingClientRect();
      expect(box.width, button.textContent!).toBeGreaterThanOrEqual(24);
      expect(box.height, button.textContent!).toBeGreaterThanOrEqual(24);
    }
    expect(map.getBoundingClientRect().width).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(map);
  });

  it('without drill, a click on Stockholm selects it and no drill code loads', async () => {
    const map = mount<KollenMap>(`<kollen-map data-root="${STOCKHOLM}" indicator="daily-smoking"></kollen-map>`);
    await waitForState(map, 'ready');
    $<SVGPathElement>(map, 'path.area[data-code="0180"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await map.updateComplete;
    expect(map.area).toBe('0180');
    expect(map.level).toBe('');
    expect($(map, '.drill')).toBeNull();
  });
});
