/**
 * Reads one data file without a database (for `egov score`), through the ingest's own readers: the same source
 * (CSV in UTF-8, Windows-1251 or KOI8-R with `,` `;` or TAB, XLSX with title rows, multi-row headers, units and
 * column-number rows), the same header aliases and the same measurement validator, with the catalogue read from the
 * reference files. A file whose header names a region and a service column is a measurement form (long or wide, see
 * docs/data-formats.md): its rows are validated exactly as `egov ingest --kind measurements` validates them (region
 * and service names in their usual spellings, indicator names, да/частично/нет, decimal commas, ranges), total and
 * signature rows skipped, and any reject refuses the file (InputError naming file, line, column and reason). Any
 * other file is returned as a plain table (header and records) for a units × indicators dataset.
 */
import { InputError } from '../errors.js';
import type { CatalogueIndex } from './catalogue/catalogue-index.js';
import { formatLocation } from './input-error.js';
import { headerPredicate } from './kind-spec.js';
import { resolveLimits } from './limits.js';
import { canonicalHeader, loadHeaderMapping } from './rows/header-map.js';
import { bindMeasurements, type MeasurementRow } from './rows/measurement-rows.js';
import { nonDataReason } from './rows/non-data-row.js';
import type { Reject } from './rows/reject.js';
import { openSource } from './sources/open-source.js';
import type { RawRecord } from './sources/table-source.js';

export type TableFile =
  | { readonly kind: 'form'; readonly format: string; readonly rows: readonly MeasurementRow[] }
  | {
      readonly kind: 'table';
      readonly format: string;
      readonly header: readonly string[];
      readonly records: readonly RawRecord[];
    };

const SHOWN_REJECTS = 5;

export async function readTableFile(file: string, catalogue: CatalogueIndex, period?: number): Promise<TableFile> {
  const mapping = loadHeaderMapping();
  const source = await openSource(file, {
    limits: resolveLimits(),
    isHeader: headerPredicate('measurements', mapping, catalogue),
  });
  const records: RawRecord[] = [];
  for await (const record of source.records) records.push(record);
  const names = source.header.map((cell) => canonicalHeader(mapping, cell));
  if (!names.includes('region') || !names.includes('service'))
    return { kind: 'table', format: source.format, header: source.header, records };
  const validate = bindMeasurements(source, mapping, catalogue, period ?? periodOf(file, names, records));
  const rows: MeasurementRow[] = [];
  const rejects: Reject[] = [];
  const firstLine = new Map<string, number>();
  for (const record of records) {
    if (nonDataReason(record.cells) !== null) continue;
    const checked = validate(record.line, record.cells);
    rejects.push(...checked.rejects);
    for (const row of checked.rows) {
      const key = `${row.region}|${row.service}|${row.indicator}`;
      const first = firstLine.get(key);
      if (first !== undefined)
        rejects.push({ file, line: row.line, column: '', value: key, reason: `duplicate of line ${first}` });
      else firstLine.set(key, row.line);
      rows.push(row);
    }
  }
  if (rejects.length > 0) {
    const shown = rejects
      .slice(0, SHOWN_REJECTS)
      .map((r) => `${formatLocation({ file: r.file, line: r.line, column: r.column })} ${r.reason}`);
    const more = rejects.length > SHOWN_REJECTS ? [`… and ${rejects.length - SHOWN_REJECTS} more`] : [];
    throw new InputError(
      `${file}: ${rejects.length} value(s) refused, as egov ingest would:\n${[...shown, ...more].join('\n')}`,
    );
  }
  if (rows.length === 0) throw new InputError(`${file}: no data rows (a header only, total rows only, or nothing)`);
  return { kind: 'form', format: source.format, rows };
}

/** The one period a form's period column holds (a form without one: any period, 0). */
function periodOf(file: string, names: readonly string[], records: readonly RawRecord[]): number {
  const at = names.indexOf('period');
  if (at < 0) return 0;
  const periods = new Set(records.map((r) => (r.cells[at] ?? '').trim()).filter((cell) => /^\d{4}$/.test(cell)));
  if (periods.size > 1)
    throw new InputError(`${file}: the period column holds ${[...periods].sort().join(', ')}: score one period`);
  return periods.size === 1 ? Number([...periods][0]) : 0;
}
