import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearLoadCache } from '../../src/load/fetch-json.js';
import { expectNoAxeViolations, FIXTURE_DATA, mount, unmountAll, waitForState } from '../shared/test-helpers.js';
import './kollen-indicator-list.js';
import type { KollenIndicatorList } from './kollen-indicator-list.js';

afterEach(() => {
  unmountAll();
  clearLoadCache();
  vi.restoreAllMocks();
});

describe('<kollen-indicator-list>', () => {
  it('is accessible once drawn', async () => {
    const list = mount<KollenIndicatorList>(`<kollen-indicator-list data-root="${FIXTURE_DATA}"></kollen-indicator-list>`);
    await waitForState(list, 'ready');
    await expectNoAxeViolations(list);
  });

  it('lists the catalogue by theme in Swedish, flagging simulated data', async () => {
    const list = mount<KollenIndicatorList>(`<kollen-indicator-list data-root="${FIXTURE_DATA}"></kollen-indicator-list>`);
    const ready = new Promise((resolve) => list.addEventListener('kollen-ready', resolve, { once: true }));
    await waitForState(list, 'ready');
    await ready;
    const root = list.shadowRoot!;
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Levnadsvanor', 'Levnadsvillkor']);
    const smoking = root.querySelector('[data-indicator="fixture-smoking"]')!;
    expect(smoking.textContent).toContain('Daglig rökning');
    expect(smoking.textContent).toContain('Simulerade data');
    expect(root.querySelector('[data-indicator="fixture-turnout"]')!.textContent).not.toContain('Simulerade');
  });

  it('switches language with the lang attribute', async () => {
    const list = mount<KollenIndicatorList>(`<kollen-indicator-list lang="en" data-root="${FIXTURE_DATA}"></kollen-indicator-list>`);
    await waitForState(list, 'ready');
    expect(list.shadowRoot!.textContent).toContain('Daily smoking');
    expect(list.shadowRoot!.textContent).toContain('Simulated data');
  });

  it('follows the language of the page section it sits in, through shadow roots too', async () => {
    const section = mount<HTMLElement>(`<section lang="en"><kollen-indicator-list data-root="${FIXTURE_DATA}"></kollen-indicator-list></section>`);
    const list = section.querySelector('kollen-indicator-list')!;
    await waitForState(list, 'ready');
    expect(list.shadowRoot!.textContent).toContain('Daily smoking');
    expect(list.hasAttribute('lang')).toBe(false);

    const host = mount<HTMLElement>('<div lang="en"></div>');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<kollen-indicator-list data-root="${FIXTURE_DATA}"></kollen-indicator-list>`;
    const nested = shadow.querySelector('kollen-indicator-list')!;
    await waitForState(nested, 'ready');
    expect(nested.shadowRoot!.textContent).toContain('Daily smoking');
  });

  it('shows a plain-words error and logs the file when the catalogue is missing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const list = mount<KollenIndicatorList>(`<kollen-indicator-list data-root="/no/such/root/"></kollen-indicator-list>`);
    await waitForState(list, 'error');
    expect(list.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('datafilen finns inte');
    expect(String(log.mock.calls[0]![0])).toContain('/no/such/root/catalog.json');
    await expectNoAxeViolations(list);
  });
});
