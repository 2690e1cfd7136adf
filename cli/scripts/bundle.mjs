// `npm pack` in cli/ runs this first (prepack): bundles the command and the web package's sources
// it shares (src/schema, src/stats, src/geo, data/scripts) into dist/kollen.js with esbuild, so the
// published package runs on node with its declared dependencies alone — no tsx, no repository.
// Every bare import stays external and must be a dependency in package.json (checked here).
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const cli = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', cli), 'utf8'));
const result = await build({
  entryPoints: [new URL('src/main.ts', cli).pathname],
  outfile: new URL('dist/kollen.js', cli).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  metafile: true,
  logLevel: 'warning',
});
const imported = new Set(
  Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((i) => i.external && !i.path.startsWith('node:'))
    .map((i) => i.path.split('/').slice(0, i.path.startsWith('@') ? 2 : 1).join('/')),
);
const undeclared = [...imported].filter((name) => !manifest.dependencies?.[name] && !manifest.peerDependencies?.[name]);
if (undeclared.length > 0) throw new Error(`dist/kollen.js imports packages that cli/package.json does not declare: ${undeclared.join(', ')}`);
mkdirSync(new URL('dist/', cli), { recursive: true });
// The schema every root gets a copy of, beside the bundle (schema-check.ts looks there first).
copyFileSync(new URL('../src/schema/kollen.schema.json', cli), new URL('dist/kollen.schema.json', cli));
console.log(`dist/kollen.js: ${[...imported].sort().join(', ')}`);
