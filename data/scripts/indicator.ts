/**
 * From an indicator's definition (metadata + all its cells) to the published files of one data
 * root: the indicator file with only that root's areas, and its catalogue entry.
 */
import { SCHEMA_VERSION, type IndicatorFile, type IndicatorSummary, type ReferenceArea, type ValueRow } from '../../src/schema/types.js';
import type { ValueTable } from './lib/values.js';

/** Everything about an indicator except which root it is published in. */
export interface IndicatorDefinition extends Omit<IndicatorFile, 'schemaVersion' | 'values' | 'references'> {
  values: ValueTable;
}

/** What a data root publishes: which cells, in which level order, compared with what. */
export interface RootPolicy {
  levels: string[];
  keep: (row: ValueRow) => boolean;
  /** Candidate references in order of preference; only those with values are kept. */
  references: ReferenceArea[];
}

export function publishIndicator(definition: IndicatorDefinition, root: RootPolicy): { file: IndicatorFile; summary: IndicatorSummary } | null {
  const values = definition.values.filter(root.keep);
  const rows = values.all();
  if (rows.length === 0) return null;
  const present = (key: 'level' | 'period' | 'breakdown') => new Set(rows.map((row) => row[key]));
  const levels = root.levels.filter((level) => present('level').has(level) && definition.levels.includes(level));
  const periods = definition.periods.filter((period) => present('period').has(period));
  const pooled = (definition.pooledPeriods ?? []).filter((entry) => periods.includes(entry.period));
  const pooledPeriods = pooled.length > 0 ? { pooledPeriods: pooled } : {};
  const breakdowns = definition.breakdowns.filter((breakdown) => present('breakdown').has(breakdown));
  const references = root.references.filter((ref) => rows.some((row) => row.level === ref.level && row.area === ref.code && row.status === 'ok'));
  const file: IndicatorFile = {
    schemaVersion: SCHEMA_VERSION,
    id: definition.id,
    title: definition.title,
    description: definition.description,
    method: definition.method,
    theme: definition.theme,
    unit: definition.unit,
    polarity: definition.polarity,
    source: definition.source,
    simulated: definition.simulated,
    // Optional fields, written only when the definition states them (kollen build does).
    ...(definition.valueType !== undefined ? { valueType: definition.valueType } : {}),
    ...(definition.intervalLevel !== undefined ? { intervalLevel: definition.intervalLevel } : {}),
    ...(definition.countOf !== undefined ? { countOf: definition.countOf } : {}),
    levels,
    periods,
    ...pooledPeriods,
    breakdowns,
    references,
    values: values.columns(),
  };
  const summary: IndicatorSummary = {
    id: definition.id,
    title: definition.title,
    theme: definition.theme,
    simulated: definition.simulated,
    file: `indicators/${definition.id}.json`,
    unit: definition.unit,
    polarity: definition.polarity,
    levels,
    periods,
    ...pooledPeriods,
    breakdowns,
  };
  return { file, summary };
}
