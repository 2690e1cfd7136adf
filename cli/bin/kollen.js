#!/usr/bin/env node
// The `kollen` command. The CLI is written in TypeScript and shares the web package's sources
// (src/schema, src/stats), so it runs them through tsx rather than shipping compiled copies.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
