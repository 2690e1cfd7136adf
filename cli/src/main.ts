/**
 * `kollen <command>`: argument parsing, help and exit codes. Each command lives in its own module;
 * this file only wires them to the command line (node's own `parseArgs`, no dependency).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BuildError, buildRoot } from './build.js';
import { ConfigError } from './config.js';
import { formatReport } from './report.js';
import { startPreview } from './serve.js';
import { SourceError } from '../../data/scripts/lib/sources.js';
import { validateRoot } from './validate-root.js';

/** A command's one-line summary and full help. */
interface Command {
  summary: string;
  usage: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run: (positionals: string[], values: Record<string, string | boolean | undefined>) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  build: {
    summary: 'build a data root from the inputs named in a config file',
    usage: 'kollen build <kollen.config.json|.yaml> --out <dir>',
    help: `Reads the config and every input it names — boundaries (GeoJSON, WGS84), area lists (CSV),
indicator metadata (YAML, JSON or CSV), aggregated tables (long CSV) and respondent-level
microdata (CSV or Parquet) — and writes a complete data root to <dir>: catalog.json,
indicators/<id>.json, geo/boundaries.topo.json and schema/kollen.schema.json.

The result is validated exactly as \`kollen validate\` does before anything is written: a root
with errors is not written, and <dir> keeps what it had. <dir> must be missing, empty or an
earlier data root. Same inputs, same bytes. The config format is in docs/publish.md.

Exit code: 0 when the root was written, 1 when an input or the result has errors.`,
    options: { out: { type: 'string', short: 'o' } },
    run: async ([config], values) => {
      if (!config) throw new UsageError('build needs a config file: kollen build <config> --out <dir>');
      const out = values.out;
      if (typeof out !== 'string') throw new UsageError('build needs --out <dir>, the folder to write the data root to');
      const started = Date.now();
      try {
        const result = await buildRoot(config, out);
        console.log(formatReport(result.report, out, result.checkedFiles));
        if (!result.written) {
          console.error(`kollen build: the built root has errors; nothing was written to ${out}.`);
          return 1;
        }
        console.log(`kollen build: ${result.files} files written to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        return 0;
      } catch (error) {
        if (error instanceof ConfigError || error instanceof SourceError || error instanceof BuildError) {
          console.error(`kollen build: ${error.message}`);
          return 1;
        }
        throw error;
      }
    },
  },
  serve: {
    summary: 'preview the dashboard on a data root at http://127.0.0.1',
    usage: 'kollen serve <root> [--port 4174]',
    help: `Serves the Kollen dashboard on the data root <root> at http://127.0.0.1:<port>/ (this machine
only), with the root itself under /root/. The page is the dashboard with data-root="/root/",
as you would embed it. Files are read on every request: rebuild and reload. Stop with Ctrl+C.`,
    options: { port: { type: 'string', short: 'p' } },
    run: async ([root], values) => {
      if (!root) throw new UsageError('serve needs the data root: kollen serve <root>');
      const port = Number(values.port ?? 4174);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not ${String(values.port)}`);
      const preview = await startPreview(root, port);
      console.log(`kollen serve: the dashboard on ${root} is at ${preview.url} (Ctrl+C stops it)`);
      await new Promise<void>((stop) => process.once('SIGINT', stop).once('SIGTERM', stop));
      await preview.close();
      return 0;
    },
  },
  validate: {
    summary: 'check a data root: JSON Schema, run-time validator, geometry and consistency',
    usage: 'kollen validate <root>',
    help: `Checks every file of the data root <root> (the folder with catalog.json) the way the widgets
will read it: the run-time validator, the published JSON Schema, each level's TopoJSON (object,
codes, names, arcs, WGS84 coordinates), areas with values missing from the geometry, and whether
each indicator file agrees with its catalogue entry. Each problem names the file, the JSON path,
what was expected and what was found; warnings are listed apart from errors.

Exit code: 0 when there are no errors (warnings allowed), 1 otherwise.`,
    options: {},
    run: async ([root]) => {
      if (!root) throw new UsageError('validate needs the data root: kollen validate <root>');
      const { report, checkedFiles } = validateRoot(root);
      console.log(formatReport(report, root, checkedFiles));
      return report.errors.length === 0 ? 0 : 1;
    },
  },
};

/** A mistake on the command line: shown with the usage, exit code 2. */
export class UsageError extends Error {}

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return [
    'kollen – build, check and preview a Kollen data root from your own data',
    '',
    'Usage: kollen <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `kollen <command> --help` for a command\'s options. Guide: docs/publish.md; format: docs/format.md.',
  ].join('\n');
}

function commandHelp(name: string, command: Command): string {
  const options = Object.entries(command.options ?? {}).map(([option, spec]) => `  --${option}${spec.type === 'string' ? ' <value>' : ''}`);
  return [`Usage: ${command.usage}`, '', command.help, ...(options.length ? ['', 'Options:', ...options] : []), '', `(kollen ${name} --help shows this text)`].join('\n');
}

/** Runs the command line `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`kollen: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if ((values as { help?: boolean }).help) {
      console.log(commandHelp(name, command));
      return 0;
    }
    return await command.run(positionals, values as Record<string, string | boolean | undefined>);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`kollen ${name}: ${(error as Error).message}\n\nUsage: ${command.usage}`);
      return 2;
    }
    throw error;
  }
}
