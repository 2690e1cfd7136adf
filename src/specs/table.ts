/**
 * The data-table alternative every chart offers: the same figures as text, one stop for screen
 * readers and keyboards. Built from the same prepared data as the spec, so the two never disagree.
 */

/** One row of a chart's data table. */
export interface DataTableRow {
  /** Stable key (for lit's `repeat`). */
  key: string;
  /** Row header (an area, a period, a group). */
  header: string;
  /** When the row is an area, selecting the row selects that area. */
  select?: { level: string; area: string };
  /** True for the area that is selected elsewhere on the page. */
  selected?: boolean;
  cells: string[];
}

/** A chart's data table: caption, column titles (the first heads the row headers) and rows. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: DataTableRow[];
}
