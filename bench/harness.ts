/**
 * Runs the benchmark: prepares the site, then for every available scenario loads the Kollen page
 * and its baselines cold, `runs` times, interleaved (Kollen, vega-embed, minimal, Kollen, …) so a
 * noisy moment on the machine hits every variant alike; at each CPU speed; then the interactions.
 * Returns plain data (see `report.ts` for the table and targets).
 */
import { cpus, totalmem, type } from 'node:os';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/e2e/browser.js';
import { bundleReport, type BundleReport } from './bundle.js';
import { interact, type InteractionResult } from './interact.js';
import { openMeasured, type LoadSample } from './measure.js';
import { resolveSubject, SCENARIOS, unavailableReason, type ScenarioDef, type SubjectView } from './scenarios.js';
import { BASELINE_PAGES, DIST, prepareSite, REPO, type BaselinePage, type BenchSite } from './site.js';
import { summarize, type Summary } from './stats.js';

/** How to run. */
export interface BenchOptions {
  /** Cold loads per variant and CPU speed. */
  runs: number;
  /** CPU slow-down factors; 1 = normal speed, 4 = a mid-range phone. */
  cpuThrottles: number[];
  /** Scenario ids to run (default: all). */
  scenarios?: string[];
  /** Period changes / selections per load (interactions run on every load at normal speed). */
  interactionRepeat: number;
  /** Cells of the generated tessellation. */
  cells: number;
  /** Leave out the bundle report. */
  skipBundle?: boolean;
  log?: (line: string) => void;
}

/** Median and spread of each figure over the runs of one variant at one CPU speed. */
export interface VariantResult {
  url: string;
  readyMs?: Summary;
  jsGzipBytes?: Summary;
  dataGzipBytes?: Summary;
  totalGzipBytes?: Summary;
  requests?: Summary;
  longTaskCount?: Summary;
  longTaskMs?: Summary;
  longestTaskMs?: Summary;
  peakHeapBytes?: Summary;
  failedRuns: number;
  errors: string[];
}

/** Variants of a scenario: the Kollen page and its baselines. */
export type Variant = 'kollen' | 'vegaEmbed' | 'minimal';

/** Everything measured for one scenario. */
export interface ScenarioResult {
  id: string;
  title: string;
  page: string;
  status: 'ok' | 'not-available' | 'failed';
  reason?: string;
  /** Headline figures: Kollen at normal speed (medians), and the baselines' ready times. */
  jsGzipBytes?: number;
  dataGzipBytes?: number;
  totalGzipBytes?: number;
  readyMs?: number;
  readyMsCpu4x?: number;
  vegaEmbedReadyMs?: number;
  vegaEmbedJsGzipBytes?: number;
  minimalReadyMs?: number;
  minimalJsGzipBytes?: number;
  /** Kollen / baseline, ready time at normal speed (medians). */
  ratioToVegaEmbed?: number;
  ratioToMinimal?: number;
  /** What the page showed (for baselines: what they were pointed at). */
  subject?: Omit<SubjectView, 'baselineQuery'>;
  /** Per CPU speed (`cpu1x`, `cpu4x`), per variant. */
  conditions: Record<string, Partial<Record<Variant, VariantResult>>>;
  /**
   * Interaction timings in ms at normal speed: until the DOM stopped changing (`ms`, the headline),
   * until the widget fired `kollen-ready`, and until the following frame was rendered.
   */
  interactions: Record<string, { ms?: Summary; readyEventMs?: Summary; paintedMs?: Summary; errors: string[] }>;
}

/** The whole result, written to `bench-results.json`. */
export interface BenchResult {
  generatedAt: string;
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; node: string };
  chromium: string;
  options: Omit<BenchOptions, 'log'>;
  tessellation: unknown;
  bundle: BundleReport | null;
  scenarios: ScenarioResult[];
}

function summariseVariant(url: string, samples: LoadSample[]): VariantResult {
  const good = samples.filter((sample) => sample.readyMs !== null);
  const pick = (get: (sample: LoadSample) => number) => summarize(good.map(get));
  return {
    url,
    readyMs: pick((sample) => sample.readyMs!),
    jsGzipBytes: pick((sample) => sample.transfer.js.bytes),
    dataGzipBytes: pick((sample) => sample.transfer.data.bytes),
    totalGzipBytes: pick((sample) => sample.transfer.total.bytes),
    requests: pick((sample) => sample.transfer.total.requests),
    longTaskCount: pick((sample) => sample.longTaskCount),
    longTaskMs: pick((sample) => sample.longTaskMs),
    longestTaskMs: pick((sample) => sample.longestTaskMs),
    peakHeapBytes: pick((sample) => sample.peakHeapBytes),
    failedRuns: samples.length - good.length,
    errors: [...new Set(samples.flatMap((sample) => sample.errors))].slice(0, 10),
  };
}

const conditionKey = (throttle: number) => `cpu${throttle}x`;

async function runScenario(
  browser: Browser,
  site: BenchSite,
  scenario: ScenarioDef,
  options: BenchOptions,
): Promise<ScenarioResult> {
  const { url: base, root, tessellation } = site;
  const log = options.log ?? (() => {});
  const result: ScenarioResult = { id: scenario.id, title: scenario.title, page: scenario.page, status: 'ok', conditions: {}, interactions: {} };
  const reason = unavailableReason(scenario, root, tessellation);
  if (reason) return { ...result, status: 'not-available', reason };

  let subject: SubjectView | undefined;
  try {
    subject = resolveSubject(scenario, root);
  } catch (error) {
    return { ...result, status: 'failed', reason: `could not read what the page shows: ${String(error)}` };
  }
  if (subject) {
    const { baselineQuery: _query, ...shown } = subject;
    result.subject = shown;
  }
  const variants: { variant: Variant; url: string; kind: 'kollen' | 'baseline' }[] = [{ variant: 'kollen', url: `${base}${scenario.page}`, kind: 'kollen' }];
  if (subject && scenario.vegaEmbed) variants.push({ variant: 'vegaEmbed', url: `${base}baselines/${scenario.vegaEmbed}.html${subject.baselineQuery}`, kind: 'baseline' });
  if (subject && scenario.minimal) variants.push({ variant: 'minimal', url: `${base}baselines/${scenario.minimal}.html${subject.baselineQuery}`, kind: 'baseline' });

  const interactionSamples: Record<string, InteractionResult> = {};
  for (const throttle of options.cpuThrottles) {
    const samples = new Map<Variant, LoadSample[]>(variants.map((entry) => [entry.variant, []]));
    for (let run = 0; run < options.runs; run++) {
      for (const entry of variants) {
        const open = await openMeasured(browser, entry.url, { kind: entry.kind, cpuThrottle: throttle, timeoutMs: 30_000 * throttle });
        samples.get(entry.variant)!.push(open.sample);
        const periods = subject ? subject.periods.filter((period) => period !== subject.period).slice(-1).concat(subject.period) : [];
        try {
          if (entry.variant === 'kollen' && throttle === 1 && open.sample.readyMs !== null) {
            for (const kind of scenario.interactions) {
              const name = kind === 'period' ? 'periodChangeRedraw' : 'selectAreaToTrendRedraw';
              const bucket = (interactionSamples[name] ??= { samples: [], readyEvent: [], painted: [], errors: [] });
              if (kind === 'period' && periods.length < 2) {
                bucket.errors.push(`the indicator has only one period on level ${subject?.level ?? '?'}`);
                continue;
              }
              const outcome = await interact(open.page, kind === 'period' ? { kind, periods, repeat: options.interactionRepeat } : { kind, repeat: options.interactionRepeat });
              bucket.samples.push(...outcome.samples);
              bucket.readyEvent.push(...outcome.readyEvent);
              bucket.painted.push(...outcome.painted);
              bucket.errors.push(...outcome.errors);
            }
          }
        } finally {
          await open.close();
        }
        const ready = open.sample.readyMs === null ? 'not ready' : `${Math.round(open.sample.readyMs)} ms`;
        log(`  ${scenario.id} ${entry.variant} ${conditionKey(throttle)} run ${run + 1}: ${ready}, JS ${(open.sample.transfer.js.bytes / 1000).toFixed(1)} kB gz`);
      }
    }
    result.conditions[conditionKey(throttle)] = Object.fromEntries(variants.map((entry) => [entry.variant, summariseVariant(entry.url, samples.get(entry.variant)!)]));
  }
  for (const [name, bucket] of Object.entries(interactionSamples)) {
    result.interactions[name] = {
      ms: summarize(bucket.samples),
      readyEventMs: summarize(bucket.readyEvent),
      paintedMs: summarize(bucket.painted),
      errors: [...new Set(bucket.errors)].slice(0, 10),
    };
  }

  const normal = result.conditions[conditionKey(1)] ?? result.conditions[conditionKey(options.cpuThrottles[0]!)];
  const kollen = normal?.kollen;
  result.jsGzipBytes = kollen?.jsGzipBytes?.median;
  result.dataGzipBytes = kollen?.dataGzipBytes?.median;
  result.totalGzipBytes = kollen?.totalGzipBytes?.median;
  result.readyMs = kollen?.readyMs?.median;
  result.readyMsCpu4x = result.conditions[conditionKey(4)]?.kollen?.readyMs?.median;
  result.vegaEmbedReadyMs = normal?.vegaEmbed?.readyMs?.median;
  result.vegaEmbedJsGzipBytes = normal?.vegaEmbed?.jsGzipBytes?.median;
  result.minimalReadyMs = normal?.minimal?.readyMs?.median;
  result.minimalJsGzipBytes = normal?.minimal?.jsGzipBytes?.median;
  if (result.readyMs !== undefined && result.vegaEmbedReadyMs) result.ratioToVegaEmbed = result.readyMs / result.vegaEmbedReadyMs;
  if (result.readyMs !== undefined && result.minimalReadyMs) result.ratioToMinimal = result.readyMs / result.minimalReadyMs;
  if (result.readyMs === undefined) {
    result.status = 'failed';
    result.reason = kollen?.errors[0] ?? 'the page never became ready';
  }
  return result;
}

/** Library entries: one per element folder, plus `kollen.js` and `core.js` (see vite.config.ts). */
function libraryEntries(): string[] {
  const elements = readdirSync(join(REPO, 'components')).filter((name) => name.startsWith('kollen-'));
  return ['kollen.js', 'core.js', ...elements.map((name) => `${name}.js`)];
}

/** Areas of the national-scale map (issue 17: ready ≤ 1 s, period change ≤ 16 ms). */
const FINER_CELLS = 6000;

/** Runs the benchmark and returns its result. */
export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const chosen = SCENARIOS.filter((scenario) => !options.scenarios || options.scenarios.includes(scenario.id));
  const baselines = BASELINE_PAGES.filter((page) => chosen.some((scenario) => scenario.vegaEmbed === page || scenario.minimal === page));
  const wants = (id: string) => chosen.some((scenario) => scenario.id === id);
  const site = await prepareSite({
    baselines: baselines as BaselinePage[],
    cells: wants('fine-map') ? options.cells : 0,
    finerCells: wants('finer-map') ? FINER_CELLS : 0,
    log,
  });
  const browser = await launchChromium();
  try {
    const scenarios: ScenarioResult[] = [];
    for (const scenario of chosen) {
      log(`${scenario.id}: ${scenario.title}`);
      const result = await runScenario(browser, site, scenario, options);
      if (result.status !== 'ok') log(`  ${result.status}: ${result.reason}`);
      scenarios.push(result);
    }
    const { log: _log, ...recorded } = options;
    return {
      generatedAt: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        os: `${type()} ${process.arch}`,
        node: process.version,
      },
      chromium: browser.version(),
      options: recorded,
      tessellation: site.tessellation,
      bundle: options.skipBundle ? null : bundleReport(join(DIST, 'lib'), libraryEntries()),
      scenarios,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
