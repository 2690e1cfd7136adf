/**
 * Whitespace and comments out of the CSS in lit's `css` templates, at build time: the bundler
 * minifies the JavaScript around them but keeps template text as written, so every indent and
 * line break of the styles reached the page (~0.3 kB gzip on a map page, more on the dashboard).
 * Quoted strings (`content: '▲ '`) are kept exactly; elsewhere a run of whitespace becomes one
 * space (a descendant combinator stays one) and disappears next to `{`, `}`, `;` and `,`.
 */

/** The CSS text of one template segment (between interpolations), minified. */
export function minifyCss(text: string): string {
  return text
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1'),
    )
    .join('');
}

/** The source ranges of the text segments of every `css` tagged template in `ast` (an ESTree program). */
export function cssTemplateSegments(ast: unknown): { start: number; end: number }[] {
  const segments: { start: number; end: number }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const { type, tag, quasi } = node as { type?: string; tag?: { type?: string; name?: string }; quasi?: { quasis: { start: number; end: number }[] } };
    if (type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && tag.name === 'css' && quasi) {
      for (const element of quasi.quasis) segments.push({ start: element.start, end: element.end });
    }
    for (const key of Object.keys(node)) if (key !== 'type' && key !== 'start' && key !== 'end') visit((node as Record<string, unknown>)[key]);
  };
  visit(ast);
  return segments;
}
