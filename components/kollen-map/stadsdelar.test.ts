/**
 * Stockholm city's 117 stadsdelar on the real published data (issue 18, part A): the map and the
 * dashboard draw the level in its pooled period, an indicator not published there says so instead
 * of drawing an empty map, and a phone still gets a usable key of the smallest areas.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { clearLoadCache } from '../../src/load/fetch-json.js';
import { expectNoAxeViolations, mount, unmountAll, waitForState } from '../shared/test-helpers.js';
import './kollen-map.js';
import '../kollen-dashboard/kollen-dashboard.js';
import type { KollenMap } from './kollen-map.js';
import type { KollenDashboard } from '../kollen-dashboard/kollen-dashboard.js';

const DATA = '/data/';

afterEach(() => {
  unmountAll();
  clearLoadCache();
});

const shadowAll = (root: Element, selector: string): Element[] => [...root.shadowRoot!.querySelectorAll(selector)];

async function map(attributes: string, width = 800): Promise<KollenMap> {
  const element = mount<KollenMap>(`<kollen-map data-root="${DATA}" loading="eager" ${attributes}></kollen-map>`, width);
  await element.updateComplete;
  return element;
}

describe('the stadsdel level', () => {
  it('draws all 117 stadsdelar of the pooled period 2014–2021, the 7 uninhabited ones without a value, and passes axe', async () => {
    const element = await map('indicator="good-health" level="stadsdel" period="2014-2021"');
    await waitForState(element, 'ready');
    const paths = shadowAll(element, 'path.area');
    expect(paths.length).toBe(117);
    expect(shadowAll(element, 'path.area[data-code="0180-sd-aspudden"]')).toHaveLength(1);
    // Filled with a pattern (no value): the uninhabited (not collected) and the few withheld ones.
    const patterned = paths.filter((path) => path.getAttribute('fill')!.startsWith('url('));
    expect(patterned.map((path) => path.getAttribute('data-code'))).toEqual(expect.arrayContaining(['0180-sd-hansta', '0180-sd-skeppsholmen']));
    expect(patterned.length).toBeGreaterThanOrEqual(7);
    expect(patterned.length).toBeLessThan(20);
    await expectNoAxeViolations(element);
  }, 60_000);

  it('says an indicator is not published for stadsdelar instead of drawing an empty map (sv, en)', async () => {
    const sv = await map('indicator="daily-smoking" level="stadsdel" period="2014-2021"');
    await waitForState(sv, 'empty');
    expect(sv.shadowRoot!.querySelector('[data-kind="empty"]')!.textContent).toContain('Det här måttet redovisas inte för stadsdelar.');
    expect(shadowAll(sv, 'path.area')).toHaveLength(0);
    await expectNoAxeViolations(sv);
    const en = await map('indicator="daily-smoking" level="stadsdel" period="2014-2021" lang="en"');
    await waitForState(en, 'empty');
    expect(en.shadowRoot!.querySelector('[data-kind="empty"]')!.textContent).toContain('This measure is not published for neighbourhoods.');
  }, 60_000);

  it('keeps a key of the smallest stadsdelar on a 375 px phone, each entry at least 24 px tall', async () => {
    const element = await map('indicator="good-health" level="stadsdel" period="2014-2021"', 375);
    await waitForState(element, 'ready');
    const key = shadowAll(element, '.small-areas button, .small-areas li');
    expect(key.length).toBeGreaterThan(0);
    for (const entry of shadowAll(element, '.small-areas button')) expect(entry.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    await expectNoAxeViolations(element);
  }, 60_000);

  it('the dashboard at the stadsdel level draws more than 100 areas', async () => {
    const element = mount<KollenDashboard>(`<kollen-dashboard data-root="${DATA}" no-history indicator="good-health" level="stadsdel" period="2014-2021"></kollen-dashboard>`, 1100);
    await waitForState(element, 'ready');
    let drawn: Element[] = [];
    for (let i = 0; i < 200 && drawn.length === 0; i++) {
      const inner = element.shadowRoot!.querySelector('kollen-map');
      drawn = inner?.shadowRoot ? [...inner.shadowRoot.querySelectorAll('path.area')] : [];
      if (drawn.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(drawn.length).toBeGreaterThanOrEqual(100);
    await expectNoAxeViolations(element);
  }, 90_000);
});
