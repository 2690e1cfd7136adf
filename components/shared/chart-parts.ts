/**
 * Pieces of the chart frame that `<kollen-trend>` and `<kollen-distribution>` share through
 * `KollenChart`: the data table alternative and the tooltip. Templates only; the element keeps
 * the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { messagesFor, type Lang } from '../../src/i18n/index.js';
import type { DataTable } from '../../src/specs/table.js';

/** A tooltip: where it sits in the element (px) and its lines as `[field, value]`, the first being the title. */
export interface ChartTooltip {
  x: number;
  y: number;
  rows: [string, string][];
}

/** Tooltip width kept inside the element (px). */
const TOOLTIP_WIDTH = 220;

/**
 * The tooltip of a hovered mark, 12 px right of and below the pointer, kept inside the element's
 * `box`; null when the pointer left every mark.
 */
export function chartTooltip(value: Record<string, unknown> | null, event: MouseEvent | undefined, box: DOMRect): ChartTooltip | null {
  if (!value || !event) return null;
  const rows = Object.entries(value).map(([key, v]) => [key, String(v ?? '')] as [string, string]);
  const x = Math.min(Math.max(0, event.clientX - box.left + 12), Math.max(0, box.width - TOOLTIP_WIDTH));
  return { x, y: event.clientY - box.top + 12, rows };
}

/** The tooltip, hidden from screen readers (the data table says the same). Positioned by the element through CSSOM. */
export function chartTooltipTemplate(tip: ChartTooltip | null): TemplateResult | typeof nothing {
  if (!tip) return nothing;
  return html`<div class="tooltip" part="tooltip" aria-hidden="true">
    ${tip.rows.map(([key, value], i) => (i === 0 ? html`<strong>${value}</strong>` : html`<div><span>${key}:</span> ${value}</div>`))}
  </div>`;
}

/** The data table; a row for an area has a button that selects it. */
export function chartTableTemplate(table: DataTable, lang: Lang, onSelect: (level: string, area: string) => void): TemplateResult {
  const text = messagesFor(lang).charts;
  return html`<table part="table">
    <caption>${table.caption}</caption>
    <thead><tr>${table.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
    <tbody>
      ${table.rows.map(
        (row) => html`<tr data-key=${row.key} class=${row.selected ? 'selected' : ''} aria-current=${row.selected ? 'true' : nothing}>
          <th scope="row">
            ${row.select
              ? html`<button type="button" class="select" aria-label=${text.selectArea(row.header)} aria-pressed=${row.selected ? 'true' : 'false'}
                  @click=${() => onSelect(row.select!.level, row.select!.area)}>${row.header}</button>`
              : row.header}
          </th>
          ${row.cells.map((cell) => html`<td>${cell}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
