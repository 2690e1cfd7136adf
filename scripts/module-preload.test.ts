import { describe, expect, it } from 'vitest';
import { staticImports, withModulePreloads } from './module-preload.js';

describe('module preload hints', () => {
  it('reads the static imports of a minified module, not its dynamic ones', () => {
    expect(staticImports('import{a as e}from"./kollen-map-X1.js";import"./kollen-shared-Y2.js";const l=()=>import(`./en-Z3.js`);')).toEqual(['kollen-map-X1.js', 'kollen-shared-Y2.js']);
  });

  it('writes a link per chunk before the module script, at the script\'s path', () => {
    const html = '<head>\n    <script type="module" src="../lib/kollen-map.js" blocking="render"></script>\n    <script type="module" src="./page.js"></script>\n</head>';
    const chunks = (entry: string) => (entry === 'kollen-map.js' ? ['kollen-map-X1.js', 'kollen-shared-Y2.js'] : []);
    expect(withModulePreloads(html, chunks)).toBe(
      '<head>\n    <link rel="modulepreload" href="../lib/kollen-map-X1.js" />\n    <link rel="modulepreload" href="../lib/kollen-shared-Y2.js" />\n' +
        '    <script type="module" src="../lib/kollen-map.js" blocking="render"></script>\n    <script type="module" src="./page.js"></script>\n</head>',
    );
  });
});
