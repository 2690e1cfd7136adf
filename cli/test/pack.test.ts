/**
 * The CLI as published: `npm pack` in cli/ bundles it (scripts/bundle.mjs), and the tarball,
 * installed into an empty project with its declared dependencies only (from the npm cache,
 * offline when the cache has them), runs `kollen --help` and `kollen validate` without tsx or
 * this repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './run.js';

const temp = mkdtempSync(join(tmpdir(), 'kollen-pack-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) => spawnSync('npm', [...args, '--no-audit', '--no-fund'], { cwd, encoding: 'utf8', timeout: 240_000 });

describe('the packed @kollen/cli', () => {
  const project = join(temp, 'project');
  const bin = join(project, 'node_modules/.bin/kollen');
  const run = (...args: string[]) => spawnSync(bin, args, { cwd: project, encoding: 'utf8', timeout: 60_000 });

  beforeAll(() => {
    const packed = npm(['pack', '--pack-destination', temp], join(REPO, 'cli'));
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = join(temp, readdirSync(temp).find((name) => name.endsWith('.tgz'))!);
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'publisher', version: '1.0.0', private: true }));
    // Offline from the cache; a cache that lacks a package's metadata (a fresh machine after
    // `npm ci`, which fetches tarballs only) may ask the registry for it.
    let installed = npm(['install', '--offline', tarball], project);
    if (installed.status !== 0 && /ENOTCACHED/.test(installed.stderr)) installed = npm(['install', '--prefer-offline', tarball], project);
    expect(installed.status, installed.stderr).toBe(0);
  }, 300_000);

  it('ships the bundle and the schema, not the TypeScript sources, and leaves no bundle behind in the repository', () => {
    const installed = join(project, 'node_modules/@kollen/cli');
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'bin', 'dist', 'package.json']);
    expect(readdirSync(join(installed, 'dist')).sort()).toEqual(['kollen.js', 'kollen.schema.json']);
    expect(existsSync(join(project, 'node_modules/tsx'))).toBe(false);
    expect(existsSync(join(REPO, 'cli/dist'))).toBe(false);
  });

  it('runs kollen --help and kollen validate', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^kollen – build, check and preview a Kollen data root/);
    const valid = run('validate', join(REPO, 'data'));
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(/valid — \d+ file\(s\) checked, 0 error\(s\)/);
    const missing = run('validate', join(temp, 'nothing-here'));
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('catalog.json');
  });
});
