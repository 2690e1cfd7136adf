// Node module hooks for `import text from './file?raw'` (vite's raw imports), so the data build,
// run by tsx outside vite, can load the page's chart engine (components/shared/vega-runtime.ts)
// unchanged: the file's text becomes the module's default export.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('?raw')) return nextLoad(url, context);
  const file = new URL(url);
  file.search = '';
  return { format: 'module', shortCircuit: true, source: `export default ${JSON.stringify(await readFile(file, 'utf8'))};` };
}
