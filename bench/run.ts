/**
 * `npm run bench`: builds the site (npm does that first), runs the benchmark in headless Chromium
 * and writes `bench-results.json` in the working directory.
 *
 *   npm run bench                       every scenario, 5 cold runs, normal and 4× slower CPU
 *   npm run bench -- --quick            map and trend only, 1 run, normal speed
 *   npm run bench -- --runs 9 --only map,fine-map --no-throttle --cells 3000 --out path.json
 *   npm run bench -- --markdown /tmp/figures.md    also the tables as Markdown (for docs/performance.md)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runBenchmark, type BenchOptions } from './harness.js';
import { checkTargets, formatReport } from './report.js';
import { SCENARIOS } from './scenarios.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    only: { type: 'string' },
    'no-throttle': { type: 'boolean', default: false },
    cells: { type: 'string', default: '3000' },
    repeat: { type: 'string' },
    out: { type: 'string', default: 'bench-results.json' },
    markdown: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`usage: npm run bench -- [--quick] [--runs N] [--only ${SCENARIOS.map((s) => s.id).join(',')}] [--no-throttle] [--cells N] [--repeat N] [--out file] [--markdown file]`);
  process.exit(0);
}

const options: BenchOptions = {
  runs: Number(values.runs ?? (values.quick ? 1 : 5)),
  cpuThrottles: values.quick || values['no-throttle'] ? [1] : [1, 4],
  scenarios: values.only ? values.only.split(',') : values.quick ? SCENARIOS.filter((s) => s.quick).map((s) => s.id) : undefined,
  interactionRepeat: Number(values.repeat ?? (values.quick ? 3 : 6)),
  cells: Number(values.cells),
  log: (line) => console.log(line),
};
const unknown = options.scenarios?.filter((id) => !SCENARIOS.some((scenario) => scenario.id === id)) ?? [];
if (unknown.length > 0 || !(options.runs >= 1)) {
  console.error(unknown.length ? `unknown scenario(s): ${unknown.join(', ')}` : '--runs must be ≥ 1');
  process.exit(2);
}

const result = await runBenchmark(options);
const file = resolve(values.out);
writeFileSync(file, `${JSON.stringify({ ...result, targets: checkTargets(result) }, null, 2)}\n`);
console.log(`\n${formatReport(result)}\n\nWrote ${file}`);
if (values.markdown) {
  writeFileSync(resolve(values.markdown), `${formatReport(result, true)}\n`);
  console.log(`Wrote ${resolve(values.markdown)}`);
}
