import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clearLoadCache } from '../../src/load/fetch-json.js';
import { expectNoAxeViolations, mount, unmountAll, waitForState } from '../shared/test-helpers.js';
import type { KollenMap } from '../kollen-map/kollen-map.js';
import './kollen-dashboard.js';
import type { KollenDashboard } from './kollen-dashboard.js';

/** The published Stockholm data: county → municipalities → Stockholm city's districts. */
const STOCKHOLM = '/data/';

let startUrl: string;
beforeEach(() => {
  startUrl = location.href;
  history.replaceState(null, '', location.pathname);
});
afterEach(() => {
  unmountAll();
  clearLoadCache();
  history.replaceState(null, '', startUrl);
});

const $ = <T extends Element = HTMLElement>(root: Element, selector: string) => root.shadowRoot!.querySelector(selector) as T;
const mapOf = (element: KollenDashboard) => $<KollenMap>(element, 'kollen-map');

async function dashboard(attributes: string, width = 1100): Promise<KollenDashboard> {
  const element = mount<KollenDashboard>(`<kollen-dashboard data-root="${STOCKHOLM}" indicator="daily-smoking" ${attributes}></kollen-dashboard>`, width);
  await waitForState(element, 'ready');
  await vi.waitFor(() => expect($(element, '#area-search')).not.toBeNull(), { timeout: 10_000 });
  return element;
}

/** Waits until the dashboard's map draws `count` areas on `level`. */
async function mapDrawn(element: KollenDashboard, level: string, count: number): Promise<KollenMap> {
  await vi.waitFor(
    () => {
      const map = mapOf(element);
      expect(map.level).toBe(level);
      expect(map.matches(':state(ready)')).toBe(true);
      expect(map.shadowRoot!.querySelectorAll('path.area')).toHaveLength(count);
      expect(map.shadowRoot!.querySelector('.drill nav')).not.toBeNull();
    },
    { timeout: 10_000 },
  );
  return mapOf(element);
}

describe('<kollen-dashboard>: drill-down', () => {
  it('keeps the drill in the URL, the other views follow it, and browser back pops a level', async () => {
    const element = await dashboard('');
    let map = await mapDrawn(element, 'municipality', 26);
    map.shadowRoot!.querySelector('path.area[data-code="0180"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    map = await mapDrawn(element, 'district-2020', 13);
    expect(element.current).toMatchObject({ level: 'district-2020', drill: '0180', areas: [] });
    expect(location.search).toContain('level=district-2020&drill=0180');
    expect(map.getAttribute('within')).toBe('0180');
    // The table follows: Stockholm's districts of the 2020 division.
    $(element, '[role="tab"][data-view="table"]').click();
    await vi.waitFor(() => expect($(element, 'table')).not.toBeNull());
    expect($(element, 'table').textContent).toContain('Hägersten-Älvsjö');
    expect($(element, 'table').textContent).not.toContain('Solna');
    $(element, '[role="tab"][data-view="map"]').click();
    await mapDrawn(element, 'district-2020', 13);
    // Back: the table, then the drilled map, then out of Stockholm.
    history.back();
    await vi.waitFor(() => expect(element.current!.view).toBe('table'));
    history.back();
    await vi.waitFor(() => expect(element.current).toMatchObject({ view: 'map', level: 'district-2020', drill: '0180' }));
    history.back();
    await vi.waitFor(() => expect(element.current).toMatchObject({ level: 'municipality', drill: '' }));
    await mapDrawn(element, 'municipality', 26);
  });
});

describe('<kollen-dashboard>: find your area', () => {
  it('is a combobox: typing lists folded matches, arrow keys move, Enter takes the dashboard there, drilled and selected', async () => {
    const element = await dashboard('no-history');
    const field = $<HTMLInputElement>(element, '#area-search');
    expect(field.getAttribute('role')).toBe('combobox');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    field.focus();
    await userEvent.keyboard('hagersten');
    await vi.waitFor(() => expect(field.getAttribute('aria-expanded')).toBe('true'));
    const options = () => [...element.shadowRoot!.querySelectorAll('#area-hits [role="option"]')];
    expect(options().map((option) => option.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['Hägersten-Älvsjö, Stockholm, Stockholms län']);
    expect($(element, '.area-search [role="status"]').textContent).toBe('1 träff');
    await expectNoAxeViolations(element);
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(field.getAttribute('aria-activedescendant')).toBe(options()[0]!.id));
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Enter}');
    // 2021 is shown: the district of the division in force then, drilled into Stockholm, selected.
    await vi.waitFor(() => expect(element.current).toMatchObject({ level: 'district-2020', drill: '0180' }));
    const code = element.current!.areas[0]!;
    expect(element.current!.areas).toHaveLength(1);
    const map = await mapDrawn(element, 'district-2020', 13);
    expect(map.area).toBe(code);
    expect(field.value).toBe('');
    expect(field.getAttribute('aria-expanded')).toBe('false');
  });

  it('finds by parent after a comma, takes a click, says when nothing matches, Escape empties it', async () => {
    const element = await dashboard('no-history lang="en"');
    const field = $<HTMLInputElement>(element, '#area-search');
    field.focus();
    await userEvent.keyboard('sodertalje, stockholms');
    const option = await vi.waitFor(() => {
      const found = $<HTMLElement>(element, '#area-hits [role="option"]');
      expect(found).not.toBeNull();
      return found;
    });
    expect(option.textContent).toContain('Södertälje');
    option.click();
    await vi.waitFor(() => expect(element.current).toMatchObject({ level: 'municipality', drill: '', areas: ['0181'] }));
    field.focus();
    await userEvent.keyboard('atlantis');
    await vi.waitFor(() => expect($(element, '.area-search [role="status"]').textContent).toBe('0 matches'));
    expect(field.getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(field.value).toBe(''));
  });

  it('fits a 375 px phone: field and matches inside the screen, options at least 24 px tall, no axe violations', async () => {
    const element = await dashboard('no-history', 375);
    $(element, '.controls-toggle').click();
    await element.updateComplete;
    const field = $<HTMLInputElement>(element, '#area-search');
    field.focus();
    await userEvent.keyboard('s');
    await vi.waitFor(() => expect(element.shadowRoot!.querySelectorAll('#area-hits [role="option"]').length).toBeGreaterThan(1));
    for (const target of [field, ...element.shadowRoot!.querySelectorAll<HTMLElement>('#area-hits [role="option"]')]) {
      const box = target.getBoundingClientRect();
      expect(box.right).toBeLessThanOrEqual(375 + 1);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await expectNoAxeViolations(element);
  });
});
