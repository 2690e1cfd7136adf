#!/usr/bin/env node
// The `kollen` command. In the repository it runs its TypeScript sources through tsx (they share
// the web package's src/ and data/scripts, one copy of each rule); the published package runs the
// bundle `npm pack` made (scripts/bundle.mjs), which needs neither tsx nor the repository.
import { existsSync } from 'node:fs';

const inRepository = existsSync(new URL('../src/main.ts', import.meta.url));
if (inRepository) (await import('tsx/esm/api')).register();
const { main } = await import(inRepository ? '../src/main.ts' : '../dist/kollen.js');
process.exitCode = await main(process.argv.slice(2));
