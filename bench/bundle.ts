/**
 * The bundle report: what each library entry in `dist/lib/` costs a page (gzip, with the chunks
 * it imports statically), what the lazy chunks cost (vega), and which source modules dominate.
 * Bytes are attributed to modules through the build's source maps: every generated character
 * belongs to the source its mapping segment names; a file's gzip size is then shared out in
 * proportion (gzip does not compress modules independently, so per-module gzip is an estimate).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A module's (or package's) share of some JavaScript. */
export interface ModuleShare {
  /** npm package (`lit-html`, `d3-geo`) or repository path (`components/kollen-map/kollen-map.ts`). */
  module: string;
  rawBytes: number;
  /** Estimated share of the gzip size. */
  gzipBytes: number;
}

/** One file of `dist/lib/`. */
export interface BundleFile {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  /** Files it imports statically and dynamically (`./x.js`). */
  imports: string[];
  dynamicImports: string[];
  modules: ModuleShare[];
}

/** A library entry with everything it loads before any lazy import. */
export interface BundleEntry {
  entry: string;
  /** gzip bytes of the entry and its static import closure, each file compressed on its own as served. */
  gzipBytes: number;
  rawBytes: number;
  files: string[];
  /** Lazy chunks it can reach through dynamic imports, with their own closure's gzip bytes. */
  lazy: { files: string[]; gzipBytes: number }[];
  /** Largest contributors over the static closure. */
  topModules: ModuleShare[];
}

/** The whole report. */
export interface BundleReport {
  entries: BundleEntry[];
  /** The lazy chart engine (`vega-runtime` and the chunks it imports), if the build has one. */
  vegaChunk: { files: string[]; gzipBytes: number; rawBytes: number; topModules: ModuleShare[] } | null;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one line of source-map VLQ segments into arrays of relative fields. */
function decodeLine(line: string): number[][] {
  const segments: number[][] = [];
  for (const text of line.split(',')) {
    if (!text) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of text) {
      const digit = BASE64_VALUE.get(char) ?? 0;
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    segments.push(fields);
  }
  return segments;
}

/** Groups a source path into its npm package or repository path. */
export function moduleName(source: string): string {
  const normalised = source.replace(/\\/g, '/');
  const inModules = normalised.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = normalised.slice(inModules + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return normalised.replace(/^(\.\.\/)+/, '');
}

/** Raw bytes per module of one generated file, from its source map. */
function attribute(code: string, mapText: string): Map<string, number> {
  const map = JSON.parse(mapText) as { sources: string[]; mappings: string };
  const bytes = new Map<string, number>();
  const add = (name: string, count: number) => bytes.set(name, (bytes.get(name) ?? 0) + count);
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  // Text with no mapping of its own (the inner lines of a multi-line template literal, such as
  // an element's CSS) belongs to the source of the last mapped segment before it.
  let current = '(unmapped)';
  lines.forEach((line, lineIndex) => {
    const segments = decodeLine(mappingLines[lineIndex] ?? '');
    let column = 0;
    const starts: { column: number; source: number | null }[] = [];
    for (const fields of segments) {
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        sourceIndex += fields[1]!;
        starts.push({ column, source: sourceIndex });
      } else {
        starts.push({ column, source: null });
      }
    }
    add(current, (starts[0]?.column ?? line.length) + 1); // text before the first segment, and the newline
    starts.forEach((start, index) => {
      const end = starts[index + 1]?.column ?? line.length;
      if (start.source !== null) current = moduleName(map.sources[start.source] ?? '(unknown)');
      add(start.source === null ? '(unmapped)' : current, Math.max(0, end - start.column));
    });
  });
  return bytes;
}

// Minified output quotes dynamic imports with backticks: import(`./vega-runtime-….js`).
const IMPORT_STATIC = /(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+)["']/g;
const IMPORT_DYNAMIC = /\bimport\s*\(\s*["'`](\.\/[^"'`?#]+)[^"'`]*["'`]\s*\)/g;

function readBundleFile(dir: string, file: string): BundleFile {
  const code = readFileSync(join(dir, file), 'utf8');
  const gzipBytes = gzipSync(code).length;
  const rawBytes = Buffer.byteLength(code);
  const imports = [...code.matchAll(IMPORT_STATIC)].map((match) => match[1]!.slice(2));
  const dynamicImports = [...code.matchAll(IMPORT_DYNAMIC)].map((match) => match[1]!.slice(2));
  const mapFile = join(dir, `${file}.map`);
  const raw = existsSync(mapFile) ? attribute(code, readFileSync(mapFile, 'utf8')) : new Map([['(no source map)', rawBytes]]);
  // Character counts approximate bytes; scale to the real byte size so shares add up.
  const characters = [...raw.values()].reduce((sum, count) => sum + count, 0) || 1;
  const modules = [...raw.entries()].map(([module, count]) => ({
    module,
    rawBytes: Math.round((count / characters) * rawBytes),
    gzipBytes: Math.round((count / characters) * gzipBytes),
  }));
  return { file, rawBytes, gzipBytes, imports: [...new Set(imports)], dynamicImports: [...new Set(dynamicImports)], modules };
}

function closure(files: Map<string, BundleFile>, start: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !files.has(file)) return;
    seen.add(file);
    for (const next of files.get(file)!.imports) visit(next);
  };
  visit(start);
  return [...seen];
}

function topModules(files: BundleFile[], count: number): ModuleShare[] {
  const totals = new Map<string, ModuleShare>();
  for (const file of files) {
    for (const share of file.modules) {
      const total = totals.get(share.module) ?? { module: share.module, rawBytes: 0, gzipBytes: 0 };
      total.rawBytes += share.rawBytes;
      total.gzipBytes += share.gzipBytes;
      totals.set(share.module, total);
    }
  }
  return [...totals.values()].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, count);
}

/**
 * Reads the built library in `dir` and reports every entry (named in `entryNames`, e.g.
 * `kollen-map.js`; the rest are shared chunks) and the lazy vega chunk.
 */
export function bundleReport(dir: string, entryNames: readonly string[], top = 8): BundleReport {
  const files = new Map<string, BundleFile>();
  for (const name of readdirSync(dir)) if (name.endsWith('.js')) files.set(name, readBundleFile(dir, name));
  const sum = (names: string[], key: 'gzipBytes' | 'rawBytes') => names.reduce((total, name) => total + (files.get(name)?.[key] ?? 0), 0);
  const entries = entryNames.filter((name) => files.has(name)).map((entry): BundleEntry => {
    const staticFiles = closure(files, entry);
    const lazyStarts = [...new Set(staticFiles.flatMap((name) => files.get(name)!.dynamicImports))].filter((name) => !staticFiles.includes(name));
    const lazy = lazyStarts.map((start) => {
      const lazyFiles = closure(files, start).filter((name) => !staticFiles.includes(name));
      return { files: lazyFiles, gzipBytes: sum(lazyFiles, 'gzipBytes') };
    });
    return {
      entry,
      gzipBytes: sum(staticFiles, 'gzipBytes'),
      rawBytes: sum(staticFiles, 'rawBytes'),
      files: staticFiles,
      lazy,
      topModules: topModules(staticFiles.map((name) => files.get(name)!), top),
    };
  });
  // The chart engine is the lazy `vega-runtime` chunk with what it imports statically, less what
  // the code asking for it has already loaded (the shared chunk of every widget: fetched once per
  // page, not for the engine). vega-lite, behind it, loads only for a chart no template covers and
  // is not part of it.
  const engine = [...files.keys()].find((name) => /^vega-runtime-.*\.js$/.test(name));
  const askers = [...files.values()].filter((file) => engine && file.dynamicImports.includes(engine));
  const alreadyLoaded = new Set(askers.flatMap((file) => closure(files, file.file)));
  const vegaFiles = engine ? closure(files, engine).filter((name) => name === engine || !alreadyLoaded.has(name)).map((name) => files.get(name)!) : [];
  const vegaChunk = vegaFiles.length
    ? {
        files: vegaFiles.map((file) => file.file),
        gzipBytes: vegaFiles.reduce((total, file) => total + file.gzipBytes, 0),
        rawBytes: vegaFiles.reduce((total, file) => total + file.rawBytes, 0),
        topModules: topModules(vegaFiles, top),
      }
    : null;
  return { entries, vegaChunk };
}
