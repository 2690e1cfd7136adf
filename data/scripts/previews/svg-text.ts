/** Text for SVG written as a string: escaped, so text from the data never becomes markup. */

/** Escapes text for SVG/XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `svg` with a `<title>` and `<desc>` as the root element's first children (what screen readers and search read). */
export function withTitleAndDescription(svg: string, title: string, description: string): string {
  const open = svg.indexOf('>', svg.indexOf('<svg'));
  if (open < 0) throw new Error('not an SVG document');
  const head = svg.slice(0, open + 1);
  const labelled = head.includes('role=') ? head : head.replace('<svg', '<svg role="img"');
  return `${labelled}<title>${xml(title)}</title><desc>${xml(description)}</desc>${svg.slice(open + 1)}`;
}
