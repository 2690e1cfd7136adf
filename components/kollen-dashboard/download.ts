/**
 * Real file downloads from the dashboard: a Blob behind an `a[download]`, and figures as
 * standalone SVG (the view's drawing framed by its title, source and simulated flag) or PNG (that
 * SVG drawn onto a canvas). The drawing's computed colours are copied onto the clone as
 * presentation attributes, so the file looks like the screen without the element's stylesheet.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Starts the download of `blob` as `name`. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The text around a figure. */
export interface FigureText {
  title: string;
  subtitle: string;
  source: string;
  /** The simulated-data warning, or empty for real data. */
  simulated: string;
  /** The legend drawn under the figure: a title and one swatch per entry. */
  legend?: { title: string; entries: { fill: string; label: string }[] };
  /** Lines under the legend (e.g. the key to numbered small areas). */
  notes?: string[];
}

const COPIED_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** A detached copy of an on-screen SVG with its computed styles as attributes. */
export function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const computed = getComputedStyle(original);
    for (const name of COPIED_STYLES) {
      const value = computed.getPropertyValue(name);
      if (value && value !== 'normal' && value !== 'auto') copy.setAttribute(name, value);
    }
    copy.removeAttribute('class');
  });
  for (const foreign of clone.querySelectorAll('style, script, foreignObject')) foreign.remove();
  return clone;
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const width = Number.parseFloat(svg.getAttribute('width') ?? '') || svg.getBoundingClientRect().width || 600;
  const height = Number.parseFloat(svg.getAttribute('height') ?? '') || svg.getBoundingClientRect().height || 400;
  return { width, height };
}

/** Splits text into lines of about `chars` characters at spaces (SVG text does not wrap). */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A standalone SVG document: title and subtitle above the drawing, source and the simulated flag
 * below, on a white background. Text goes in through `textContent`, never as markup.
 */
export function figureSvg(drawing: SVGSVGElement, text: FigureText, fontFamily = 'system-ui, sans-serif'): string {
  const { width: drawingWidth, height: drawingHeight } = svgSize(drawing);
  const width = Math.max(drawingWidth, 480);
  const margin = 16;
  const chars = Math.floor((width - 2 * margin) / 9);
  const figure = document.createElementNS(SVG_NS, 'svg');
  figure.setAttribute('xmlns', SVG_NS);
  figure.setAttribute('font-family', fontFamily);
  let y = margin;
  const texts: SVGTextElement[] = [];
  const addLines = (content: string, size: number, weight: string, colour: string, perLine = chars) => {
    for (const line of wrapText(content, Math.floor(perLine * (14 / size)))) {
      y += size * 1.3;
      const element = document.createElementNS(SVG_NS, 'text');
      element.setAttribute('x', String(margin));
      element.setAttribute('y', y.toFixed(1));
      element.setAttribute('font-size', String(size));
      element.setAttribute('font-weight', weight);
      element.setAttribute('fill', colour);
      element.textContent = line;
      texts.push(element);
    }
  };
  addLines(text.title, 20, '700', '#1b1b1b');
  if (text.subtitle) addLines(text.subtitle, 14, '400', '#444444');
  if (text.simulated) addLines(text.simulated, 14, '700', '#5c4200');
  y += 12;
  const content = inlineStyles(drawing);
  content.setAttribute('x', String((width - drawingWidth) / 2));
  content.setAttribute('y', y.toFixed(1));
  content.setAttribute('width', String(drawingWidth));
  content.setAttribute('height', String(drawingHeight));
  if (!content.getAttribute('viewBox')) content.setAttribute('viewBox', `0 0 ${drawingWidth} ${drawingHeight}`);
  y += drawingHeight + 8;
  const swatches: SVGRectElement[] = [];
  if (text.legend && text.legend.entries.length > 0) {
    addLines(text.legend.title, 13, '700', '#1b1b1b');
    for (const entry of text.legend.entries) {
      y += 20;
      const swatch = document.createElementNS(SVG_NS, 'rect');
      swatch.setAttribute('x', String(margin));
      swatch.setAttribute('y', (y - 13).toFixed(1));
      swatch.setAttribute('width', '16');
      swatch.setAttribute('height', '16');
      swatch.setAttribute('fill', entry.fill);
      swatch.setAttribute('stroke', '#555555');
      swatches.push(swatch);
      const label = document.createElementNS(SVG_NS, 'text');
      label.setAttribute('x', String(margin + 24));
      label.setAttribute('y', y.toFixed(1));
      label.setAttribute('font-size', '13');
      label.setAttribute('fill', '#1b1b1b');
      label.textContent = entry.label;
      texts.push(label);
    }
    y += 8;
  }
  for (const note of text.notes ?? []) addLines(note, 12, '400', '#1b1b1b');
  addLines(text.source, 12, '400', '#444444');
  const height = y + margin;
  figure.setAttribute('width', String(width));
  figure.setAttribute('height', height.toFixed(0));
  figure.setAttribute('viewBox', `0 0 ${width} ${height.toFixed(0)}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  // The drawing comes before the swatches: their pattern fills refer to its <defs>.
  figure.append(background, ...texts, content, ...swatches);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(figure)}`;
}

/** Renders an SVG document to PNG at `scale` through a canvas. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  // A data: URL rather than a blob: one, so the download works on host pages whose CSP allows
  // images from 'self' and data: only (the policy SECURITY.md recommends).
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(image.naturalWidth * scale);
  canvas.height = Math.ceil(image.naturalHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}
