/**
 * The examples in docs/format.md are a valid data root: the catalogue, indicator file and TopoJSON
 * blocks are written out and checked with everything `kollen validate` runs, so the documented
 * format cannot drift from the one the widgets read.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateRoot } from '../src/validate-root.js';
import { REPO } from './run.js';

const temp = mkdtempSync(join(tmpdir(), 'kollen-docs-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The fenced blocks of `file` tagged ```json kollen:<kind>. */
function examples(file: string): Map<string, string> {
  const text = readFileSync(join(REPO, file), 'utf8');
  return new Map([...text.matchAll(/```json kollen:(\w+)\n([\s\S]*?)```/g)].map(([, kind, body]) => [kind!, body!]));
}

describe('docs/format.md', () => {
  const blocks = examples('docs/format.md');

  it('has an example of each file type, and together they form a root without errors or warnings', () => {
    expect([...blocks.keys()].sort()).toEqual(['catalog', 'indicator', 'topology']);
    const root = join(temp, 'format');
    mkdirSync(join(root, 'indicators'), { recursive: true });
    mkdirSync(join(root, 'geo'));
    writeFileSync(join(root, 'catalog.json'), blocks.get('catalog')!);
    writeFileSync(join(root, 'indicators/daily-exercise.json'), blocks.get('indicator')!);
    writeFileSync(join(root, 'geo/boundaries.topo.json'), blocks.get('topology')!);
    const { report, checkedFiles } = validateRoot(root);
    expect(report.findings).toEqual([]);
    expect(checkedFiles).toBe(3);
  });
});
