/**
 * The "Öppna i Kollen / Open in Kollen" link of an embed (iframe or script-embedded element): the
 * same state in the full dashboard at the catalogue's `dashboardUrl` (issue 13, point 15). Small
 * and free of the views table, so the map's entry can carry it.
 */
import { STATE_KEYS } from '../state/state-keys.js';

/** The state an embedded element shows, by the dashboard's URL keys (empty values are left out). */
export type DashboardLinkState = Partial<Record<(typeof STATE_KEYS)[number], string>>;

/** A state query in the dashboard URL's key order (`indicator=…&level=…&view=…`), empty values left out. */
export function dashboardLinkQuery(state: DashboardLinkState): string {
  const params = new URLSearchParams();
  for (const key of STATE_KEYS) if (state[key]) params.set(key, state[key]);
  return params.toString();
}

/**
 * The same state in the full dashboard at `dashboardUrl` (the catalogue's), for an embed's "Open
 * in Kollen" link; undefined unless that address is http(s). The query should be pinned (name its
 * period), so the link opens the year the embed shows.
 */
export function dashboardStateUrl(dashboardUrl: string | undefined, query: string): string | undefined {
  if (!dashboardUrl || !/^https?:\/\//i.test(dashboardUrl)) return undefined;
  const url = new URL(dashboardUrl);
  url.search = query;
  url.hash = '';
  return url.href;
}
