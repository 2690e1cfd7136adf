/** `kollen validate`: the published roots pass; a root with one planted error fails and names it. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateRoot } from '../src/validate-root.js';
import { kollen, REPO } from './run.js';

const temp = mkdtempSync(join(tmpdir(), 'kollen-validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the national root with `change` applied to one of its JSON files. */
function brokenCopy(name: string, file: string, change: (data: any) => void): string {
  const root = join(temp, name);
  cpSync(join(REPO, 'data/sweden'), root, { recursive: true });
  const data = JSON.parse(readFileSync(join(root, file), 'utf8'));
  change(data);
  writeFileSync(join(root, file), JSON.stringify(data));
  return root;
}

describe('kollen validate', () => {
  it('passes both published roots, with exit code 0', () => {
    const run = kollen('validate', 'data');
    expect(run.stdout).toMatch(/data: valid — 17 file\(s\) checked, 0 error\(s\), 0 warning\(s\)/);
    expect(run.code).toBe(0);
    expect(validateRoot(join(REPO, 'data/sweden')).report.findings).toEqual([]);
  });

  it('fails a copy with one missing English title, naming the file, the JSON path, what was expected and found', () => {
    const root = brokenCopy('title', 'indicators/median-income.json', (d) => delete d.title.en);
    const run = kollen('validate', root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Errors (1):\n  indicators/median-income.json\n    at $.title.en: expected a non-empty string, found nothing (the field is missing)');
    expect(run.stdout).toMatch(/NOT valid — 6 file\(s\) checked, 1 error\(s\), 0 warning\(s\)/);
  });

  it('judges links as the widgets do, and reports what only the run-time validator checks (a value outside its interval)', () => {
    // The widgets leave out a link that is not http(s) and show the rest: a warning, not an
    // error, although the published schema (stricter, for third parties) refuses it.
    const linkRoot = brokenCopy('link', 'indicators/population.json', (d) => (d.source.url = 'javascript:alert(1)'));
    const link = validateRoot(linkRoot).report;
    expect(link.errors).toEqual([]);
    expect(link.warnings).toEqual([expect.objectContaining({ file: 'indicators/population.json', path: '$.source.url', expected: 'an http(s) URL (the link is left out)' })]);
    expect(kollen('validate', linkRoot).code).toBe(0);
    // A fractional decimals was once the schema's alone; the run-time validator now refuses it too,
    // and the schema's message about the same path is not repeated.
    const decimals = validateRoot(brokenCopy('decimals', 'indicators/population.json', (d) => (d.unit.decimals = 0.5))).report.errors;
    expect(decimals).toEqual([expect.objectContaining({ file: 'indicators/population.json', path: '$.unit.decimals', expected: 'a whole number from 0 to 6', found: 'number 0.5' })]);
    // Voter turnout is published in whole percent: an interval starting 1 above the value is a
    // rounding slip (a warning, the cell is shown without it); 5 above is refused.
    const shifted = (name: string, by: number) =>
      validateRoot(
        brokenCopy(name, 'indicators/voter-turnout.json', (d) => {
          const i = d.values.value.findIndex((v: number | null) => v !== null && v < 90);
          d.values.ciLow[i] = d.values.value[i] + by;
          d.values.ciHigh[i] = d.values.value[i] + by + 1;
        }),
      ).report;
    const cell = { file: 'indicators/voter-turnout.json', path: expect.stringMatching(/^\$\.values\.value\[\d+\]$/) };
    const slip = shifted('interval-slip', 1);
    expect(slip.errors).toEqual([]);
    expect(slip.warnings).toEqual([expect.objectContaining({ ...cell, expected: expect.stringContaining('inside its own interval [') })]);
    expect(slip.warnings[0]!.expected).toContain('shown without its interval');
    const outside = shifted('interval', 5).errors;
    expect(outside).toEqual([expect.objectContaining({ ...cell, expected: expect.stringContaining('inside its own interval') })]);
  });

  it('knows the interval level, value type and what n counts: 99.8 % and fractional counts pass, a 90 % interval is refused by both validators', () => {
    const fine = brokenCopy('level-ok', 'indicators/population.json', (d) => {
      Object.assign(d, { intervalLevel: 99.8, valueType: 'count', countOf: 'denominator' });
      d.values.n[0] = 1234.5;
    });
    expect(validateRoot(fine).report.findings).toEqual([]);
    const wrong = validateRoot(brokenCopy('level-bad', 'indicators/population.json', (d) => Object.assign(d, { intervalLevel: 90, countOf: 'people' }))).report.errors;
    expect(wrong.map((f) => [f.path, f.expected.startsWith('(JSON Schema)')])).toEqual([
      ['$.countOf', false],
      ['$.intervalLevel', false],
    ]);
  });

  it('checks geometry and the root as a whole: an area missing from the map, a broken arc, an indicator file out of step with the catalogue', () => {
    const root = brokenCopy('geometry', 'geo/sweden.topo.json', (t) => {
      t.objects.municipalities.geometries.shift();
      t.objects.counties.geometries[0].arcs[0][0] = 999_999;
    });
    const catalog = JSON.parse(readFileSync(join(root, 'catalog.json'), 'utf8'));
    // An earlier period the file lacks: at the front, as the catalogue's periods must ascend (one
    // pushed at the end would make the catalogue itself invalid and stop the check there).
    catalog.indicators[0].periods.unshift('1999');
    writeFileSync(join(root, 'catalog.json'), JSON.stringify(catalog));
    const { report } = validateRoot(root);
    const summary = report.findings.map((f) => `${f.severity} ${f.file} ${f.path}`);
    expect(summary).toContain('error geo/sweden.topo.json $.objects.counties.geometries[0].arcs[0][0]');
    expect(summary).toContain(`error ${catalog.indicators[0].file} $.periods`);
    // The values of the dropped municipality are on no map: an error in every indicator file…
    expect(report.errors.filter((f) => f.expected.includes('in the geometry')).map((f) => f.file)).toEqual(expect.arrayContaining(catalog.indicators.map((i: any) => i.file)));
    // …while the catalogue area without a geometry is a warning.
    expect(report.warnings).toEqual([expect.objectContaining({ file: 'catalog.json', expected: expect.stringContaining('the map cannot draw it') })]);
  });

  it('refuses files the catalogue points at outside the root, without reading them', () => {
    const root = brokenCopy('outside', 'catalog.json', (c) => {
      c.indicators[0].file = '../../package.json';
      c.indicators[1].file = 'https://elsewhere.example/x.json';
    });
    const errors = validateRoot(root).report.errors.map((f) => `${f.file} ${f.path}: ${f.expected}`);
    expect(errors).toEqual(['catalog.json $.indicators[0].file: a path inside the data root', 'catalog.json $.indicators[1].file: a path inside the data root']);
  });

  it('says so when the root has no catalogue, and explains the command on --help', () => {
    const missing = kollen('validate', join(temp, 'nothing-here'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('catalog.json\n    at $: expected the file to exist, found no such file');
    const help = kollen('validate', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: kollen validate <root>/);
    expect(help.stdout).toContain('Exit code: 0 when there are no errors');
  });
});
