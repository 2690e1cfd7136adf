/**
 * Where a script-embedded map or chart's "Öppna i Kollen / Open in Kollen" link goes: the same state
 * in the catalogue's dashboard (issue 13, point 15). Inside `<kollen-dashboard>` (the dashboard
 * itself, or its iframe embed page) there is none: the dashboard is there, or offers its own link.
 */
import type { Catalog } from '../../src/schema/types.js';
import { dashboardLinkQuery, dashboardStateUrl, type DashboardLinkState } from '../../src/export/dashboard-link.js';

/** The link's address, or undefined without a `dashboardUrl` or inside a dashboard. */
export function openInKollenHref(element: Element, catalog: Pick<Catalog, 'dashboardUrl'>, state: DashboardLinkState): string | undefined {
  const root = element.getRootNode();
  if (root instanceof ShadowRoot && root.host.localName === 'kollen-dashboard') return undefined;
  return dashboardStateUrl(catalog.dashboardUrl, dashboardLinkQuery(state));
}
