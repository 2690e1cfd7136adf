/**
 * What `kollen validate` (and the check at the end of `kollen build`) reports: problems that each
 * name the file, the JSON path, what was expected and what was found, in two severities.
 * Errors make a root unusable (exit code 1); warnings are worth fixing but a widget copes.
 */
import type { DataIssue } from '../../src/schema/errors.js';

/** One problem in one file of a data root. */
export interface Finding extends DataIssue {
  /** Path of the file relative to the data root, e.g. `indicators/population.json`. */
  file: string;
  severity: 'error' | 'warning';
}

/** Collects findings for a whole root. */
export class Report {
  readonly findings: Finding[] = [];

  error(file: string, issue: DataIssue): void {
    this.findings.push({ file, severity: 'error', ...issue });
  }

  warning(file: string, issue: DataIssue): void {
    this.findings.push({ file, severity: 'warning', ...issue });
  }

  get errors(): Finding[] {
    return this.findings.filter((f) => f.severity === 'error');
  }

  get warnings(): Finding[] {
    return this.findings.filter((f) => f.severity === 'warning');
  }
}

/** The report as people read it: errors first, then warnings, grouped by file. */
export function formatReport(report: Report, root: string, checkedFiles: number): string {
  const lines: string[] = [];
  const section = (title: string, findings: Finding[]) => {
    if (findings.length === 0) return;
    lines.push(`${title} (${findings.length}):`);
    let file = '';
    for (const finding of findings) {
      if (finding.file !== file) {
        file = finding.file;
        lines.push(`  ${file}`);
      }
      lines.push(`    at ${finding.path}: expected ${finding.expected}, found ${finding.found}`);
    }
  };
  section('Errors', report.errors);
  section('Warnings', report.warnings);
  const verdict = report.errors.length === 0 ? 'valid' : 'NOT valid';
  lines.push(
    `${root}: ${verdict} — ${checkedFiles} file(s) checked, ${report.errors.length} error(s), ${report.warnings.length} warning(s).`,
  );
  return lines.join('\n');
}
