/**
 * Charts at map speed: the spec builders stay the source (vega-lite, what "copy the spec" copies),
 * but the page never compiles vega-lite. A builder's spec has a *structure* (layers, marks,
 * encodings, language-fixed words) and *holes*: the data, sizes, scale domains and ranges, tick
 * counts, axis and legend titles, label limits and parameter values, which change with every
 * indicator, area and width. `liftSpec` takes a spec apart into its structure (a key) and its holes.
 * At build time (`scripts/chart-templates.ts`) each structure the builders make is compiled once by
 * vega-lite with a sentinel in every hole, and the sentinels in the compiled vega are turned into
 * signals (`vegaTemplate`); on the page the chart engine looks the structure up, parses its template
 * once, and feeds each chart's holes as named datasets and signals.
 */
import type { TopLevelSpec } from 'vega-lite';

/** Keys whose value is a hole wherever it is a plain value or a list of plain values. */
const HOLE_KEYS = new Set(['domain', 'range', 'values', 'tickCount', 'tickMinStep', 'labelLimit', 'columns', 'size', 'title', 'text', 'subtitle']);

/**
 * Subtrees whose words vega-lite splices into expressions (tooltip titles, filters, conditions):
 * they are part of the structure, never holes (their words are fixed UI text, not data).
 */
const STRUCTURAL_KEYS = new Set(['config', 'tooltip', 'transform', 'condition', 'labelExpr']);

/** What a spec is made of, taken apart. */
export interface LiftedSpec {
  /** The structure as text: the spec with every hole, dataset, parameter value and size blanked. */
  key: string;
  /** A short stable name of the structure (the templates' index). */
  id: string;
  /** The spec with sentinels in the holes (what the build compiles). */
  skeleton: Record<string, unknown>;
  /** Hole values in walk order: hole `i` is signal `holeSignal(i)`. */
  holes: unknown[];
  /** Inline data by dataset name (`datasetName(i)`). */
  datasets: Record<string, unknown[]>;
  /** The spec's own parameters (vega signals of the same names). */
  params: Record<string, unknown>;
  width: number | undefined;
  height: number | undefined;
}

export const holeSignal = (index: number): string => `kollenHole${index}`;
export const datasetName = (index: number): string => `kollenData${index}`;

/** The sentinel put into hole `index` of a skeleton, shaped like the value it stands for. */
export function sentinel(index: number, value: unknown): unknown {
  if (typeof value === 'number') return SENTINEL_BASE + index;
  const text = `\uE000${holeSignal(index)}\uE000`;
  return Array.isArray(value) ? [text] : text;
}

/** Numbers no builder produces; `vegaTemplate` fails the build if one survives unreplaced. */
export const SENTINEL_BASE = 987_650_000;

function isPlain(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isHoleValue(value: unknown): boolean {
  if (value === null || typeof value === 'boolean') return false;
  if (isPlain(value)) return true;
  return Array.isArray(value) && value.every((item) => isPlain(item) || (Array.isArray(item) && item.every(isPlain)));
}

/** Takes a vega-lite spec apart into structure and holes (pure; the spec is not changed). */
export function liftSpec(spec: TopLevelSpec): LiftedSpec {
  const holes: unknown[] = [];
  const holeIndex = new Map<string, number>();
  const datasets: Record<string, unknown[]> = {};
  const params: Record<string, unknown> = {};
  const blank = (node: unknown, structural: boolean, parentKey: string): [unknown, unknown] => {
    if (Array.isArray(node)) {
      const pairs = node.map((item) => blank(item, structural, parentKey));
      return [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
    }
    if (!node || typeof node !== 'object') return [node, node];
    const keyed: Record<string, unknown> = {};
    const skeleton: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'data' && value && typeof value === 'object' && Array.isArray((value as { values?: unknown }).values)) {
        const name = datasetName(Object.keys(datasets).length);
        datasets[name] = (value as { values: unknown[] }).values;
        keyed[key] = skeleton[key] = { name };
      } else if (!structural && HOLE_KEYS.has(key) && isHoleValue(value) && parentKey !== 'params') {
        // Equal values of the same property share a hole: vega-lite merges the layers' axes, legends
        // and scales, and would join two titles or pick one of two ranges if they were different holes.
        const same = `${key}:${JSON.stringify(value)}`;
        let index = holeIndex.get(same);
        if (index === undefined) {
          index = holes.length;
          holeIndex.set(same, index);
          holes.push(value);
        }
        keyed[key] = `\uE000hole${index}\uE000`;
        skeleton[key] = sentinel(index, value);
      } else {
        [keyed[key], skeleton[key]] = blank(value, structural || STRUCTURAL_KEYS.has(key), key);
      }
    }
    return [keyed, skeleton];
  };
  const { width, height, params: ownParams, ...rest } = spec as TopLevelSpec & { width?: number; height?: number; params?: { name: string; value?: unknown }[] };
  for (const param of ownParams ?? []) params[param.name] = param.value;
  const [keyed, skeleton] = blank(rest, false, '') as [Record<string, unknown>, Record<string, unknown>];
  const paramNames = (ownParams ?? []).map((param) => param.name);
  const key = JSON.stringify({ ...keyed, params: paramNames, width: typeof width, height: typeof height });
  if (ownParams) skeleton.params = ownParams;
  if (width !== undefined) skeleton.width = width;
  if (height !== undefined) skeleton.height = height;
  return { key, id: structureId(key), skeleton, holes, datasets, params, width, height };
}

/** FNV-1a (53-bit) of the structure key, in base 36: templates are looked up by it. */
export function structureId(key: string): string {
  let high = 0x811c9dc5;
  let low = 0x1000193;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193) >>> 0;
    low = Math.imul(low ^ code, 0x5bd1e995) >>> 0;
  }
  return `${high.toString(36)}${(low & 0x1fffff).toString(36)}`;
}

const SENTINEL_TEXT = /\uE000(kollenHole\d+)\uE000/;

/**
 * Turns the vega compiled from a skeleton into a template: every sentinel becomes a reference to
 * its hole's signal, and the hole signals are declared. Throws when a sentinel was spliced into an
 * expression or changed by the compiler (the hole cannot be fed from outside then).
 */
export function vegaTemplate(compiled: Record<string, unknown>, holes: readonly unknown[]): Record<string, unknown> {
  const signalOf = (value: unknown): string | undefined => {
    if (typeof value === 'number' && value >= SENTINEL_BASE && value < SENTINEL_BASE + holes.length) return holeSignal(value - SENTINEL_BASE);
    if (typeof value === 'string') {
      const match = SENTINEL_TEXT.exec(value);
      if (match && match[0] === value) return match[1];
      if (match) throw new Error(`A chart template hole (${match[1]}) was spliced into "${value}"`);
    }
    if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') return signalOf(value[0]);
    return undefined;
  };
  const replace = (node: unknown): unknown => {
    const signal = signalOf(node);
    if (signal) return { signal };
    if (Array.isArray(node)) return node.map(replace);
    if (!node || typeof node !== 'object') {
      if (typeof node === 'number' && node >= SENTINEL_BASE - 1e6 && node < SENTINEL_BASE + 1e6) throw new Error(`A chart template hole was changed by the compiler (${node})`);
      return node;
    }
    const entries = Object.entries(node as Record<string, unknown>);
    // An encoding's `{value: hole}` becomes `{signal: hole}`.
    if (entries.length === 1 && entries[0]![0] === 'value' && signalOf(entries[0]![1])) return { signal: signalOf(entries[0]![1]) };
    return Object.fromEntries(entries.map(([key, value]) => [key, replace(value)]));
  };
  const template = replace(compiled) as Record<string, unknown>;
  // No value: the page sets every hole before the first run (and the template carries no fixture data).
  const declared = holes.map((_value, i) => ({ name: holeSignal(i), value: null }));
  template.signals = [...declared, ...((template.signals as unknown[] | undefined) ?? [])];
  return template;
}
