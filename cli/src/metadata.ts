/**
 * Indicator metadata for `kollen build`: titles and texts, unit and decimals, polarity, method,
 * source and licence. Written as YAML/JSON (a list of indicators, or `{ indicators: [...] }`) or as
 * CSV with one row per indicator and dotted column names for nested fields (`title.sv`,
 * `unit.decimals`, `source.licenceUrl`). Field names are those of the indicator file itself
 * (docs/format.md), so there is one vocabulary; the full check runs on the built file.
 */
import { basename, dirname } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { IndicatorFile } from '../../src/schema/types.js';
import { SourceDir, SourceError } from '../../data/scripts/lib/sources.js';
import { readStructured } from './config.js';

/** What the metadata gives for one indicator; levels, periods and breakdowns come from its values. */
export type IndicatorMetadata = Pick<IndicatorFile, 'id' | 'title' | 'description' | 'method' | 'theme' | 'unit' | 'polarity' | 'source' | 'simulated' | 'valueType' | 'intervalLevel' | 'countOf'> & {
  /** Fill in coarser levels by summing the finer ones (for counts such as population). */
  rollUp?: 'sum';
};

type Obj = Record<string, unknown>;

/** `{ "title.sv": "x" }` → `{ title: { sv: "x" } }`, with empty cells left out. */
function nest(record: Record<string, string | undefined>): Obj {
  const out: Obj = {};
  for (const [column, raw] of Object.entries(record)) {
    const text = raw?.trim();
    if (!text) continue;
    const parts = column.split('.');
    let target = out;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Obj;
    target[parts.at(-1)!] = text;
  }
  return out;
}

function fromCsv(file: string): Obj[] {
  const text = new SourceDir(dirname(file)).text(basename(file)).replace(/^\uFEFF/, '');
  return csvParse(text).map((record) => {
    const entry = nest(record);
    const unit = entry.unit as Obj | undefined;
    if (unit?.decimals !== undefined) unit.decimals = Number(unit.decimals);
    if (entry.simulated !== undefined) entry.simulated = entry.simulated === 'true';
    if (entry.intervalLevel !== undefined) entry.intervalLevel = Number(entry.intervalLevel);
    return entry;
  });
}

/** Reads the metadata file; each indicator must have an id, used once. */
export function readMetadata(file: string): Map<string, IndicatorMetadata> {
  let entries: unknown;
  try {
    entries = /\.csv$/i.test(file) ? fromCsv(file) : readStructured(file);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(file, null, `not readable (${(error as Error).message})`);
  }
  if (entries !== null && typeof entries === 'object' && !Array.isArray(entries)) entries = (entries as Obj).indicators;
  if (!Array.isArray(entries) || entries.length === 0) throw new SourceError(file, null, 'expected a non-empty list of indicators (or { indicators: [...] })');
  const byId = new Map<string, IndicatorMetadata>();
  entries.forEach((entry: unknown, i: number) => {
    const id = (entry as Obj | null)?.id;
    if (typeof id !== 'string' || id === '') throw new SourceError(file, null, `indicator ${i + 1} has no id`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new SourceError(file, null, `indicator id "${id}" must be lower-case letters, digits and dashes (it becomes a file name)`);
    if (byId.has(id)) throw new SourceError(file, null, `indicator id "${id}" is used twice`);
    const meta = { simulated: false, ...(entry as Obj) } as IndicatorMetadata;
    if (meta.rollUp !== undefined && meta.rollUp !== 'sum') throw new SourceError(file, null, `indicator "${id}": rollUp must be "sum" or left out`);
    byId.set(id, meta);
  });
  return byId;
}
