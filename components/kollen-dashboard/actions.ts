/**
 * The dashboard's copy and download actions: the CSV of the view or of the whole indicator, and
 * the view's figure as SVG or PNG with its title, source and simulated flag.
 */
import { downloadName, indicatorCsv, rowsToCsv } from '../../src/export/csv.js';
import { indicatorRows, levelTitle, sourceLine } from '../../src/query/index.js';
import { viewRowFilter } from '../../src/export/view-rows.js';
import { localized } from '../../src/i18n/index.js';
import type { Catalog, IndicatorFile, ValueRow } from '../../src/schema/types.js';
import type { DashboardState } from '../../src/state/dashboard-state.js';
import { viewEntry } from '../../src/state/views.js';
import { viewGroupTitle, type DashboardContext, type DownloadKind } from './context.js';
import { downloadBlob, figureSvg, svgToPng, type FigureText } from './download.js';
import { loadTrendText } from '../shared/kollen-element.js';

/** Where the actions find the view on screen: the dashboard's shadow root. */
type Root = HTMLElement | DocumentFragment;

/** The chart elements' export API (components/shared/kollen-chart.ts): downloads the chart with title, source and simulated flag baked in. */
interface ChartExporter {
  download(format: 'png' | 'svg'): Promise<void>;
}

function isChart(element: Element | null): element is Element & ChartExporter {
  return !!element && (element.localName === 'kollen-trend' || element.localName === 'kollen-distribution') && typeof (element as Partial<ChartExporter>).download === 'function';
}

/** The map's own drawing (its largest `<svg>`; legend swatches are small ones). */
function mapDrawing(root: HTMLElement | DocumentFragment): SVGSVGElement | undefined {
  const map = root.querySelector('.view kollen-map');
  const svgs = [...(map?.shadowRoot?.querySelectorAll('svg') ?? [])] as SVGSVGElement[];
  return svgs.sort((a, b) => area(b) - area(a))[0];
}

/** The map's legend and small-area key as text, read from what the map shows. */
function mapLegend(root: HTMLElement | DocumentFragment): Pick<FigureText, 'legend' | 'notes'> {
  const shadow = root.querySelector('.view kollen-map')?.shadowRoot;
  const legend = shadow?.querySelector('[part~="legend"]');
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const entries = [...(legend?.querySelectorAll('li') ?? [])].map((item) => ({
    fill: item.querySelector('rect')?.getAttribute('fill') ?? '#ffffff',
    label: clean(item.textContent),
  }));
  const smallAreas = [...(shadow?.querySelectorAll('.small-areas li') ?? [])].map((item) => clean(item.textContent));
  const title = clean(legend?.querySelector('.legend-title')?.textContent);
  const reference = clean(legend?.querySelector('.reference')?.textContent);
  const notes = [...(smallAreas.length ? [smallAreas.join(' · ')] : []), ...(reference ? [reference] : [])];
  return { ...(entries.length ? { legend: { title, entries } } : {}), notes };
}

function area(svg: SVGSVGElement): number {
  const box = svg.getBoundingClientRect();
  return box.width * box.height;
}

function figureText(host: DashboardContext, state: DashboardState, file: IndicatorFile, catalog: Catalog): FigureText {
  const lang = state.lang;
  const level = levelTitle(catalog, state.level, lang);
  const group = viewGroupTitle(catalog, state);
  const period = viewEntry(state.view).overTime ? file.periods.join(', ') : state.period;
  return {
    title: localized(file.title, lang),
    subtitle: [host.text.view[state.view], level, period, group].filter(Boolean).join(' · '),
    source: `${sourceLine(file, lang)}${file.source.url ? ` ${file.source.url}` : ''}`,
    simulated: file.simulated ? host.commonText.simulatedLong : '',
  };
}

/** Runs a download; returns the file name or the failure in words, for the live region (nothing before the file is loaded). */
export async function downloadView(host: DashboardContext, root: Root, kind: DownloadKind): Promise<string | undefined> {
  const { current: state, catalog, indicatorFile: file } = host;
  if (!file) return undefined;
  const stem = [file.id, state.level, viewEntry(state.view).overTime ? '' : state.period, state.breakdown === 'total' ? '' : state.category];
  try {
    if (kind !== 'png' && kind !== 'svg') {
      const dialect = kind.endsWith('-excel') ? 'excel-sv' : 'standard';
      const whole = kind.startsWith('csv-all');
      // Each series' trend test fills the CSV's trend columns (a chunk of its own, loaded now if not yet).
      const { trendResultOf } = await loadTrendText();
      const trendOf = (row: ValueRow) => trendResultOf(file, row);
      const csv = whole ? indicatorCsv(file, catalog, dialect, trendOf) : rowsToCsv(indicatorRows(file, viewRowFilter(state, file, catalog, host.scope)), file, catalog, dialect, trendOf);
      const name = downloadName([...(whole ? [file.id] : [...stem, state.view]), dialect === 'excel-sv' ? 'excel' : ''], 'csv');
      // A byte-order mark makes spreadsheet programs read å, ä and ö as UTF-8.
      downloadBlob(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), name);
      return host.text.downloadStarted(name);
    }
    const chart = root.querySelector('.view kollen-trend, .view kollen-distribution');
    if (isChart(chart)) {
      // The chart draws its own figure from its vega spec (title, source, simulated flag included).
      await chart.download(kind);
      return host.text.downloadStarted(kind.toUpperCase());
    }
    const drawing = mapDrawing(root);
    if (!drawing) throw new Error(`no drawing in the ${state.view} view to export`);
    const svg = figureSvg(drawing, { ...figureText(host, state, file, catalog), ...mapLegend(root) });
    const name = downloadName([...stem, state.view], kind);
    const blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg);
    downloadBlob(blob, name);
    return host.text.downloadStarted(name);
  } catch (error) {
    console.error('[kollen-dashboard] download failed', error);
    return host.text.downloadFailed;
  }
}

/** Copies text to the clipboard; when the browser refuses, selects the field for a manual copy. Returns the outcome in words. */
export async function copyText(host: Pick<DashboardContext, 'text'>, root: Root, text: string, fieldId: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return host.text.copied;
  } catch {
    const field = root.querySelector(`#${fieldId}`) as HTMLInputElement | HTMLTextAreaElement | null;
    field?.focus();
    field?.select();
    return host.text.copyFailed;
  }
}
