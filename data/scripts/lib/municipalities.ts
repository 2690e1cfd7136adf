/**
 * The 290 municipalities and 21 counties, from `sweden-boundaries/kommuner_koder.csv`: the key for
 * joining SCB tables that name municipalities only by name, and for checking that a table covers
 * every municipality exactly once.
 */
import { type CsvRow, type SourceDir, SourceError, UniqueKeys } from './sources.js';

export interface Municipality {
  code: string;
  name: string;
  county: string;
  countyName: string;
}

export class MunicipalityRegister {
  readonly all: Municipality[];
  private readonly byName = new Map<string, Municipality>();
  private readonly byCode = new Map<string, Municipality>();

  constructor(sources: SourceDir) {
    const keys = new UniqueKeys();
    this.all = sources.csv('sweden-boundaries/kommuner_koder.csv', ['kommunkod', 'kommunnamn', 'lanskod', 'lansnamn']).map((row) => {
      const code = row.text('kommunkod');
      if (!/^\d{4}$/.test(code)) row.fail(`kommunkod "${code}" is not four digits`);
      keys.add(row, code);
      const m = { code, name: row.text('kommunnamn'), county: row.text('lanskod'), countyName: row.text('lansnamn') };
      if (!code.startsWith(m.county)) row.fail(`kommunkod ${code} is not in län ${m.county}`);
      return m;
    });
    for (const m of this.all) {
      this.byName.set(m.name, m);
      this.byCode.set(m.code, m);
    }
  }

  /** Counties (code → name), sorted by code. */
  counties(): { code: string; name: string }[] {
    const map = new Map(this.all.map((m) => [m.county, m.countyName]));
    return [...map].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name }));
  }

  /** The municipality a row names in `column`, or a build error naming the row. */
  fromName(row: CsvRow, column: string): Municipality {
    const name = row.text(column);
    const m = this.byName.get(name);
    if (!m) row.fail(`municipality "${name}" is not in kommuner_koder.csv`);
    return m;
  }

  /** The municipality a row gives by code, checking the name beside it when there is one. */
  fromCode(row: CsvRow, codeColumn: string, nameColumn?: string): Municipality {
    const code = row.text(codeColumn);
    const m = this.byCode.get(code);
    if (!m) row.fail(`municipality code "${code}" is not in kommuner_koder.csv`);
    if (nameColumn && row.text(nameColumn) !== m.name) row.fail(`"${row.text(nameColumn)}" does not match ${code} ${m.name}`);
    return m;
  }

  /** Fails when some municipality has no data in `file`: a missing row must not become a gap. */
  requireAll(file: string, seen: ReadonlySet<string>): void {
    const missing = this.all.filter((m) => !seen.has(m.code));
    if (missing.length > 0) {
      throw new SourceError(file, null, `no rows for municipality ${missing.slice(0, 5).map((m) => `${m.code} ${m.name}`).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`);
    }
  }
}
