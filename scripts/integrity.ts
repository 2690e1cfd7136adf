/**
 * Subresource Integrity for the CDN build's `kollen.js`, the file the dashboard's script embed code
 * loads. The library cannot carry its own hash (the hash would change the file), so it goes where the
 * code is made: into the site's pages that hold a dashboard, as `<meta name="kollen-integrity">`
 * (read by components/kollen-dashboard/share-panel.ts), while the npm build carries the same hash
 * as a constant (vite.npm.config.ts). The other files a module script imports are named by their
 * content hash, so pinning `kollen.js` pins which files it loads.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `sha384-…` of a file, as the `integrity` attribute takes it. */
export function integrityOf(file: string): string {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

/** Writes the hash of `dist/lib/kollen.js` into every page of `dist/` with a `<kollen-dashboard>`. */
export function writeIntegrityMeta(dist: string): number {
  const meta = `<meta name="kollen-integrity" content="${integrityOf(join(dist, 'lib/kollen.js'))}">`;
  let pages = 0;
  for (const name of readdirSync(dist).filter((file) => file.endsWith('.html'))) {
    const page = readFileSync(join(dist, name), 'utf8');
    if (!page.includes('<kollen-dashboard') || page.includes('name="kollen-integrity"')) continue;
    writeFileSync(join(dist, name), page.replace('</head>', `  ${meta}\n</head>`));
    pages++;
  }
  return pages;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  console.log(`integrity: kollen.js's hash written into ${writeIntegrityMeta(join(import.meta.dirname, '../dist'))} page(s)`);
}
