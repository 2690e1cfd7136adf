/**
 * Lighthouse on the built demo (issue 20): the map, trend and distribution examples and the
 * dashboard, served with gzip by the test server, mobile with Lighthouse's default throttling,
 * three runs per page, the median run (by performance score) reported. Not part of `npm test`:
 * it takes minutes and needs Lighthouse from npm (`npx lighthouse@13`, fetched on first use).
 *
 *   npm run build && npx tsx bench/lighthouse.ts [--runs 3] [--markdown docs/lighthouse.md]
 *
 * The browser is the test Chromium (test/chromium.ts), given to Lighthouse as CHROME_PATH.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../test/chromium.js';
import { serveStatic } from '../test/e2e/server.js';
import { table } from './report.js';

const run = promisify(execFile);
const LIGHTHOUSE = 'lighthouse@13.5.0';
const PAGES = ['examples/map.html', 'examples/trend.html', 'examples/distribution.html', ''];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, markdown: { type: 'string' } } });
const runs = Number(values.runs);

/** What one Lighthouse run says about a page. */
interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  /** Failed audits worth naming (score < 1 in accessibility, best practices, SEO). */
  failed: string[];
}

interface LighthouseReport {
  categories: Record<string, { score: number; auditRefs: { id: string }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string }>;
}

async function lighthouse(url: string, chrome: string, dir: string): Promise<Run> {
  const out = join(dir, 'report.json');
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  await run('npx', ['--yes', LIGHTHOUSE, url, '--quiet', '--output=json', `--output-path=${out}`, `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${flags}`], {
    env: { ...process.env, CHROME_PATH: chrome },
    maxBuffer: 64 * 2 ** 20,
  });
  const report = JSON.parse(readFileSync(out, 'utf8')) as LighthouseReport;
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  const failed = CATEGORIES.filter((category) => category !== 'performance').flatMap((category) =>
    report.categories[category]!.auditRefs
      .map(({ id }) => report.audits[id]!)
      .filter((entry) => entry.scoreDisplayMode === 'binary' && entry.score !== null && entry.score < 1)
      .map((entry) => `${category}: ${entry.title}`),
  );
  return {
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, Math.round(report.categories[category]!.score * 100)])) as Run['scores'],
    cls: audit('cumulative-layout-shift'),
    tbtMs: audit('total-blocking-time'),
    lcpMs: audit('largest-contentful-paint'),
    fcpMs: audit('first-contentful-paint'),
    failed,
  };
}

const server = await serveStatic();
const chrome = await chromiumPath();
const dir = mkdtempSync(join(tmpdir(), 'kollen-lighthouse-'));
const rows: string[][] = [];
const notes: string[] = [];
try {
  for (const page of PAGES) {
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      results.push(await lighthouse(`${server.url}${page}`, chrome, dir));
      console.log(`${page || '/'} run ${i + 1}: ${JSON.stringify(results.at(-1)!.scores)}`);
    }
    const median = [...results].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(results.length / 2)]!;
    rows.push([
      `/${page}`,
      `${median.scores.performance} (${results.map((r) => r.scores.performance).join(', ')})`,
      String(median.scores.accessibility),
      String(median.scores['best-practices']),
      String(median.scores.seo),
      median.cls.toFixed(3),
      `${Math.round(median.tbtMs)} ms`,
      `${(median.fcpMs / 1000).toFixed(1)} s`,
      `${(median.lcpMs / 1000).toFixed(1)} s`,
    ]);
    notes.push(...[...new Set(median.failed)].map((line) => `/${page}: ${line}`));
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
const header = ['page (gzip, mobile)', 'performance (runs)', 'accessibility', 'best practices', 'SEO', 'CLS', 'TBT', 'FCP', 'LCP'];
console.log(`\n${table(header, rows)}\n${notes.join('\n')}`);
if (values.markdown) {
  writeFileSync(resolve(values.markdown), `${table(header, rows, true)}\n${notes.map((line) => `- ${line}`).join('\n')}\n`);
  console.log(`Wrote ${resolve(values.markdown)}`);
}
