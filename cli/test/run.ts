/** Runs the installed `kollen` bin (node_modules/.bin, linked by the npm workspace) as a user would. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository root. */
export const REPO = resolve(import.meta.dirname, '../..');

/** Output and exit code of `kollen ...args`. */
export function kollen(...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(resolve(REPO, 'node_modules/.bin/kollen'), args, { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
