/**
 * The dashboard in English, Finnish and Arabic, on the built site and the real data: every view shows
 * no Swedish interface text (data text the catalogue has only in Swedish falls back, and is
 * excluded here by the `lang="sv"` it carries), Arabic runs right-to-left with mirrored tab keys,
 * and axe-core finds nothing in either language.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllMessages, localeOf, messagesFor, type Lang } from '../../src/i18n/index.js';
import { launchChromium, recordPage, waitForReady } from './browser.js';
import { serveStatic, type StaticServer } from './server.js';

const catalog: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/catalog.json'), 'utf8'));
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await loadAllMessages();
  site = await serveStatic();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every fixed string of a messages object, by its path (`map.legendLabel`). */
function fixedStrings(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) for (const [p, s] of fixedStrings(inner, `${path}${path ? '.' : ''}${key}`)) found.set(p, s);
  }
  return found;
}

/**
 * Swedish interface text that must not show in `lang`: every fixed Swedish message that differs
 * from the same message in `lang` (words, not a bare "–" or "PNG"), the Swedish loading words,
 * and the small Swedish words every generated Swedish sentence has.
 */
function swedishMarkers(lang: Lang): { phrases: RegExp; words: RegExp } {
  const own = fixedStrings(messagesFor(lang));
  // A message that is also a word of the data ("Kvinnor" is a pyramid label and a category title)
  // cannot be told apart inside a sentence built from data, so it is left to the words below.
  const data = new Set([...fixedStrings(catalog)].filter(([path]) => path.endsWith('.sv')).map(([, text]) => text.toLowerCase()));
  const phrases = [...fixedStrings(messagesFor('sv'))]
    .filter(([path, text]) => own.get(path) !== text && /\p{L}{3}/u.test(text) && !data.has(text.toLowerCase()))
    .map(([, text]) => text);
  phrases.push(localeOf('sv').loading);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Whole words only: the Swedish "Karta" is not in the Finnish "Kartalla".
  const whole = (alternatives: string[]) => new RegExp(`(?<!\\p{L})(${alternatives.join('|')})(?!\\p{L})`, 'iu');
  return {
    phrases: whole(phrases.map(escape)),
    words: whole(['och', 'för', 'av', 'med', 'inte', 'saknas', 'Välj', 'Visa', 'Källa', 'områden', 'kommuner', 'jämfört', 'Högst', 'Lägst', 'Signifikant', 'Stapeldiagram', 'Linjediagram']),
  };
}

/**
 * The text a visitor or a screen reader meets in the dashboard (text nodes and the attributes
 * read aloud), through every shadow root, each with the language it is marked with.
 */
function readableText(page: Page): Promise<{ lang: string; text: string }[]> {
  return page.evaluate(() => {
    const out: { lang: string; text: string }[] = [];
    const spoken = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label'];
    const walk = (node: Node, lang: string) => {
      if (node instanceof Element) {
        // A noscript's text is never shown with scripts on (the page's own bilingual note for visitors without them).
        if (['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT'].includes(node.tagName)) return;
        lang = node.getAttribute('lang') || lang;
        for (const name of spoken) {
          const value = node.getAttribute(name);
          if (value) out.push({ lang, text: value });
        }
        if (node.shadowRoot) walk(node.shadowRoot, lang);
      } else if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent?.trim();
        if (text) out.push({ lang, text });
      }
      for (const child of node.childNodes) walk(child, lang);
    };
    walk(document.documentElement, '');
    return out;
  });
}

const VIEWS = ['map', 'trend', 'ranking', 'breakdown', 'table', 'area'] as const;
const ELEMENT_OF: Record<string, string> = { map: 'kollen-map', trend: 'kollen-trend', ranking: 'kollen-distribution', breakdown: 'kollen-distribution' };

async function openView(page: Page, view: string, lang: Lang): Promise<void> {
  await page.goto(`${site.url}index.html?indicator=daily-smoking&areas=0180&breakdown=sex&view=${view}&lang=${lang}`);
  await waitForReady(page, 'kollen-dashboard');
  const element = ELEMENT_OF[view];
  if (element) {
    await page.waitForFunction((name) => document.querySelector('kollen-dashboard')?.shadowRoot?.querySelector(`.view ${name}`)?.matches(':state(ready)'), element, { timeout: 30_000 });
  }
  if (view === 'area') {
    await page.waitForFunction(() => document.querySelector('kollen-dashboard')?.shadowRoot?.querySelector('.area-table, table'), null, { timeout: 30_000 });
  }
}

describe('the dashboard in English, Finnish and Arabic', () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

  for (const lang of ['en', 'fi', 'ar'] as const) {
    // One retry: in a fully loaded run, axe has once found vega's marks mid-redraw without their
    // labels (svg-img-alt) in the Finnish groups view, never when run alone (issue 13's note).
    it(`${lang}: every view without Swedish interface text, and axe-clean`, { retry: 1 }, async () => {
      const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
      const record = recordPage(page);
      const { phrases, words } = swedishMarkers(lang);
      const problems: string[] = [];
      let fellBack = 0;
      const fellBackTexts: string[] = [];
      for (const view of VIEWS) {
        await openView(page, view, lang);
        const texts = await readableText(page);
        fellBack += texts.filter((t) => t.lang === 'sv').length;
        fellBackTexts.push(...texts.filter((t) => t.lang === 'sv').map((t) => `${view}: ${t.text}`));
        for (const { text } of texts.filter((t) => !t.lang.startsWith('sv'))) {
          const phrase = phrases.exec(text)?.[0];
          const word = words.exec(text)?.[0];
          if (phrase || word) problems.push(`${view}: "${phrase ?? word}" in "${text.slice(0, 160)}"`);
        }
        await page.addScriptTag({ path: axePath });
        const violations: string[] = await page.evaluate(async () => {
          const axe = (window as any).axe;
          const result = await axe.run(document.querySelector('kollen-dashboard'), {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            rules: { region: { enabled: false } },
          });
          return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join('; ')}`);
        });
        problems.push(...violations.map((violation) => `${view} axe: ${violation}`));
      }
      expect(problems).toEqual([]);
      // The data has no Finnish or Arabic: its titles fell back to Swedish, marked as such. It has
      // English, so in English only the language switch's "Svenska" (a language's own name) is Swedish.
      if (lang === 'en') expect(new Set(fellBackTexts.map((text) => text.slice(text.indexOf(': ') + 2)))).toEqual(new Set(['Svenska']));
      else expect(fellBack).toBeGreaterThan(10);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(record.errors).toEqual([]);
      await page.close();
    });
  }

  it('ar: right-to-left throughout, Latin digits, and the tab keys mirrored', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    await openView(page, 'table', 'ar');
    const facts = await page.evaluate(() => {
      const dashboard = document.querySelector('kollen-dashboard')!;
      const root = dashboard.shadowRoot!;
      return {
        page: document.documentElement.dir,
        host: dashboard.getAttribute('dir'),
        direction: getComputedStyle(root.querySelector('.dashboard')!).direction,
        cells: [...root.querySelectorAll('td')].map((cell) => cell.textContent ?? '').join(' '),
        switch: [...root.querySelectorAll('.lang-switch')].map((button) => [button.textContent?.trim(), button.getAttribute('aria-pressed')]),
      };
    });
    expect(facts).toMatchObject({ page: 'rtl', host: 'rtl', direction: 'rtl' });
    expect(facts.cells).toMatch(/\d+\.\d/);
    expect(facts.cells).not.toMatch(/[\u0660-\u0669]/);
    expect(facts.switch).toEqual([['Svenska', 'false'], ['English', 'false'], ['Suomi', 'false'], ['العربية', 'true']]);
    // Right-to-left the tabs run from right to left: the left arrow goes on to the next view.
    await page.evaluate(() => (document.querySelector('kollen-dashboard')!.shadowRoot!.querySelector('#tab-table') as HTMLElement).focus());
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => (document.querySelector('kollen-dashboard') as unknown as { current: { view: string } }).current.view === 'area');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (document.querySelector('kollen-dashboard') as unknown as { current: { view: string } }).current.view === 'table');
    // The language switch goes back to Swedish, left-to-right.
    await page.evaluate(() => (document.querySelector('kollen-dashboard')!.shadowRoot!.querySelector('.lang-switch[data-lang="sv"]') as HTMLElement).click());
    await page.waitForFunction(() => document.documentElement.dir === 'ltr' && document.documentElement.lang === 'sv');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await page.close();
  });
});
