/**
 * `<link rel="modulepreload">` for the chunks a page's Kollen script imports, written into the
 * demo pages at build time. A browser learns a module's imports only once the module has arrived,
 * so `kollen-map.js` and then its chunks were two round trips in a row before the map could ask
 * for data; with the hints every file is requested at once. (The entries list all their chunks
 * themselves, see `hoistTransitiveImports` in vite.config.ts, so the entry's own imports are all.)
 * Embed codes for other sites can carry the same hints; chunk names change with each build.
 */

/** The `./chunk.js` files a built module imports statically (minified output: `import"./x.js"`, `from"./x.js"`). */
export function staticImports(code: string): string[] {
  return [...new Set([...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]\.\/([^"'`]+\.js)["'`]/g)].map((match) => match[1]!))];
}

/**
 * `html` with a modulepreload link before each `<script type="module" src="…lib/<entry>.js">`
 * for every chunk `chunksOf(entry)` names, at the same path as the script.
 */
export function withModulePreloads(html: string, chunksOf: (entry: string) => string[]): string {
  return html.replace(/^([ \t]*)(<script type="module" src="((?:\.\.\/|\.\/)*lib\/)([\w-]+\.js)"[^>]*><\/script>)/gm, (tag, indent: string, script: string, prefix: string, entry: string) => {
    const links = chunksOf(entry).map((chunk) => `${indent}<link rel="modulepreload" href="${prefix}${chunk}" />\n`);
    return `${links.join('')}${indent}${script}`;
  });
}
