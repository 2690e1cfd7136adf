/**
 * Pinned releases in real Chromium, on a data root with two releases (test/fixtures/releases/:
 * 2026-12 frozen in the format from before releases, only the 2018 election; 2027-06, the latest,
 * with 2022 too), and the static pictures of the published data against the live map.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clearLoadCache } from '../../src/load/fetch-json.js';
import '../kollen-map/kollen-map.js';
import type { KollenMap } from '../kollen-map/kollen-map.js';
import { expectNoAxeViolations, mount, unmountAll, waitForState } from './test-helpers.js';

const ROOT = '/test/fixtures/releases/';

afterEach(() => {
  unmountAll();
  clearLoadCache();
  vi.restoreAllMocks();
});

async function pinnedMap(attributes: string): Promise<KollenMap> {
  const map = mount<KollenMap>(`<kollen-map data-root="${ROOT}" indicator="voter-turnout" ${attributes}></kollen-map>`);
  await waitForState(map, 'ready');
  return map;
}

const title = (map: KollenMap) => map.shadowRoot!.querySelector('.title')?.textContent ?? '';
const notice = (map: KollenMap) => map.shadowRoot!.querySelector('kollen-release-notice');

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('release="…"', () => {
  it('reads its own release, unchanged by the newer one at the root, and says a newer one exists (sv)', async () => {
    const requests: string[] = [];
    const original = window.fetch.bind(window);
    vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
      requests.push(new URL(input instanceof Request ? input.url : String(input), location.href).pathname);
      return original(input, init);
    });
    const map = await pinnedMap('release="2026-12"');
    expect(title(map)).toContain('2018');
    expect(requests.some((url) => url.endsWith('/releases/2026-12/catalog.json'))).toBe(true);
    expect(requests.some((url) => url.endsWith(`${ROOT}catalog.json`))).toBe(false);
    await until(() => !!notice(map)?.shadowRoot?.querySelector('button'), 'the notice');
    const line = notice(map)!.shadowRoot!;
    expect(line.textContent!.replace(/\s+/g, ' ')).toContain('Nyare siffror finns (2027-06) — visa');
    await expectNoAxeViolations(map);
  });

  it('the notice is a button reached by the keyboard, which shows the same view on the latest release (en)', async () => {
    const map = await pinnedMap('release="2026-12" lang="en"');
    await until(() => !!notice(map)?.shadowRoot?.querySelector('button'), 'the notice');
    const button = notice(map)!.shadowRoot!.querySelector('button')!;
    expect(notice(map)!.shadowRoot!.textContent!.replace(/\s+/g, ' ')).toContain('Newer figures are available (2027-06) — show');
    button.focus();
    expect(notice(map)!.shadowRoot!.activeElement).toBe(button);
    await userEvent.keyboard('{Enter}');
    expect(map.release).toBe('2027-06');
    await until(() => title(map).includes('2022'), 'the latest figures');
    await until(() => !notice(map), 'the notice to go');
  });

  it('shows no notice on the latest release, nor when the host turns it off, and without release asks for no manifest', async () => {
    const latest = await pinnedMap('release="2027-06"');
    expect(title(latest)).toContain('2022');
    const off = await pinnedMap('release="2026-12" no-release-notice');
    expect(title(off)).toContain('2018');
    const fetchSpy = vi.spyOn(window, 'fetch');
    const plain = await pinnedMap('');
    expect(title(plain)).toContain('2022');
    // Time for a manifest request to go out and a notice to appear, if either were going to.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(notice(latest)).toBeNull();
    expect(notice(off)).toBeNull();
    expect(notice(plain)).toBeNull();
    expect(fetchSpy.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input)).filter((url) => url.includes('releases.json'))).toEqual([]);
  });

  it('a malformed id is not a path: it warns and reads the current data', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const map = await pinnedMap('release="../../data"');
    expect(title(map)).toContain('2022');
    await until(() => warn.mock.calls.some(([line]) => String(line).includes('is not a release id')), 'the warning');
  });
});
