import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { cssTemplateSegments, minifyCss } from './minify-css.js';

describe('minifyCss', () => {
  it('drops comments, indents and the spaces next to braces, semicolons and commas', () => {
    expect(minifyCss('\n  /* why */\n  .frame > .status,\n  .map  svg {\n    flex: 1 0 auto;\n  }\n')).toBe(' .frame > .status,.map svg{flex: 1 0 auto;}');
  });

  it('keeps quoted strings exactly, and a descendant combinator as one space', () => {
    expect(minifyCss(".up::before {\n  content: '▲  ; { ';\n}\n.a  .b :hover { content: \"x , y\" }")).toBe(".up::before{content: '▲  ; { ';}.a .b :hover{content: \"x , y\"}");
  });
});

describe('cssTemplateSegments', () => {
  it('finds the text between interpolations of css templates only', () => {
    const code = 'const a = css`\n  .x { width: ${w}px; }\n`; const b = html`<p> x </p>`;';
    const texts = cssTemplateSegments(parseAst(code)).map(({ start, end }) => code.slice(start, end));
    expect(texts).toEqual(['\n  .x { width: ', 'px; }\n']);
  });
});
