/**
 * The compiled chart templates are a snapshot of what vega-lite makes of the spec builders:
 * `components/shared/chart-templates.json` must be exactly what `npm run templates` writes now, so a
 * change to a builder (or to vega-lite) cannot reach the page without its templates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATES_FILE, templatesText } from './chart-templates.js';

describe('chart templates', () => {
  // Compiled once for both tests (~4 s: every chart of every data root goes through the builders).
  const fresh = templatesText();

  it('are current (run `npm run templates` after changing a spec builder)', () => {
    expect(readFileSync(TEMPLATES_FILE, 'utf8') === fresh, 'components/shared/chart-templates.json is out of date: run npm run templates').toBe(true);
  });

  it('hold no sentinel, feed every hole from a signal, and keep inline data out', () => {
    const templates = JSON.parse(fresh) as Record<string, { data?: { name: string; values?: unknown }[]; signals?: { name: string }[] }>;
    expect(Object.keys(templates).length).toBeGreaterThan(8);
    for (const [id, template] of Object.entries(templates)) {
      const text = JSON.stringify(template);
      expect(text, id).not.toMatch(/\uE000|98765\d{4}/);
      expect(template.data?.filter((data) => data.values !== undefined) ?? [], id).toEqual([]);
      for (const [, hole] of text.matchAll(/"signal":"(kollenHole\d+)"/g)) expect(template.signals?.some((s) => s.name === hole), `${id} ${hole}`).toBe(true);
    }
  });
});
