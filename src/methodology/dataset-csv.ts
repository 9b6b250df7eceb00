/**
 * Reading a dataset (units × indicators) from CSV text, for `egov score`. Layouts, detected from the header:
 *  - wide: one row per unit; a unit column (`unitColumn`, else "unit", else "region", else the first column) and one
 *    column per indicator; other columns are ignored unless named as groupings;
 *  - long: columns unit (or region), indicator, value (any order and case; extra columns ignored), one row per cell;
 *  - either of them with a `service` column (the demo's measurement files: `region,service,indicator,value` or
 *    `region,service,<indicator>...`): the data column is then `<service>.<indicator>`, as the templates name leaves.
 * Missing: empty, NA, NaN, null, "-", "..", "n/a". Decimal commas ("0,5") are accepted when the delimiter is ";".
 * Columns with `categories` (e.g. yes/partial/no, да/частично/нет) are mapped to numbers by their labels.
 */
import { CsvSyntaxError, parseCsvText } from '../text/csv-records.js';
import type { Dataset } from '../core/dataset.js';
import { createDataset } from '../core/dataset.js';

/** A problem in a data file, naming the line and column: `data: line 7, column "osi": "abc" is not a number`. */
export class DataFormatError extends Error {
  override readonly name = 'DataFormatError';
  constructor(message: string) {
    super(`data: ${message}`);
  }
}

export interface DatasetCsvOptions {
  /** The indicator columns to read, in this order (e.g. the methodology's leaves). */
  readonly columns: readonly string[];
  readonly unitColumn?: string;
  /** Columns to keep as groupings (e.g. "federal_district"), wide layout without a service column only. */
  readonly groupColumns?: readonly string[];
  readonly categories?: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

const MISSING = new Set(['', 'na', 'nan', 'null', '-', '..', 'n/a']);

export function parseDatasetCsv(text: string, options: DatasetCsvOptions): Dataset {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter =
    firstLine.includes(';') && !firstLine.includes(',')
      ? ';'
      : firstLine.includes('\t') && !firstLine.includes(',')
        ? '\t'
        : ',';
  let records: { line: number; cells: string[] }[];
  try {
    records = parseCsvText(text, delimiter);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new DataFormatError(
        `line ${error.line}${error.column ? `, character ${error.column}` : ''}: ${error.message}`,
      );
    throw error;
  }
  if (records.length < 2) throw new DataFormatError('the file has no data rows');
  return datasetOfTable(records[0].cells, records.slice(1), { ...options, decimalComma: delimiter === ';' });
}

/**
 * The dataset of a table already read (header, then records with their lines): the layouts above. Decimal commas are
 * accepted when `decimalComma` (a `;` file).
 */
export function datasetOfTable(
  headerCells: readonly string[],
  records: readonly { readonly line: number; readonly cells: readonly string[] }[],
  options: DatasetCsvOptions & { readonly decimalComma: boolean },
): Dataset {
  const rows = [headerCells, ...records.map((r) => r.cells)];
  if (rows.length < 2) throw new DataFormatError('the file has no data rows');
  const header = rows[0].map((h) => h.trim());
  const lower = header.map((h) => h.toLowerCase());
  const find = (...names: string[]): number => names.map((n) => lower.indexOf(n)).find((j) => j >= 0) ?? -1;
  const unitAt =
    options.unitColumn !== undefined
      ? header.indexOf(options.unitColumn)
      : find('unit', 'region') >= 0
        ? find('unit', 'region')
        : 0;
  if (unitAt < 0) throw new DataFormatError(`no unit column "${options.unitColumn}" (columns: ${header.join(', ')})`);
  const serviceAt = find('service');
  const isLong = find('indicator') >= 0 && find('value') >= 0 && !options.columns.some((c) => header.includes(c));
  const number = (raw: string | undefined, line: number, column: string): number =>
    toNumber(raw, options.decimalComma, options.categories?.get(column), line, column);
  const cells = new Cells(options.columns);
  rows.slice(1).forEach((row, i) => {
    const line = records[i].line;
    const unit = (row[unitAt] ?? '').trim();
    const prefix = serviceAt >= 0 ? `${(row[serviceAt] ?? '').trim()}.` : '';
    if (isLong) {
      const column = prefix + (row[find('indicator')] ?? '').trim();
      if (cells.has(column)) cells.set(unit, column, number(row[find('value')], line, column), line);
      return;
    }
    cells.addUnit(unit);
    header.forEach((name, j) => {
      if (j === unitAt || j === serviceAt) return;
      const column = prefix + name;
      if (cells.has(column)) cells.set(unit, column, number(row[j], line, column), line);
    });
  });
  const missing = options.columns.filter((c) => !cells.seen.has(c));
  if (!isLong && serviceAt < 0 && missing.length > 0)
    throw new DataFormatError(`no column "${missing[0]}" (the methodology needs it)`);
  const groups = Object.fromEntries(
    (options.groupColumns ?? []).map((g) => {
      const j = header.indexOf(g);
      if (j < 0 || isLong || serviceAt >= 0)
        throw new DataFormatError(`no group column "${g}" (groupings need the wide layout without a service column)`);
      return [g, rows.slice(1).map((row) => row[j].trim())];
    }),
  );
  try {
    return createDataset(cells.units, options.columns, cells.values(), Object.keys(groups).length ? groups : undefined);
  } catch (error) {
    throw new DataFormatError((error as Error).message.replace(/^createDataset: /, ''));
  }
}

/** Cells gathered by unit and column, refusing a cell given twice. Absent cells are missing. */
class Cells {
  readonly units: string[] = [];
  readonly seen = new Set<string>();
  private readonly unitIndex = new Map<string, number>();
  private readonly columnIndex: Map<string, number>;
  private readonly given = new Map<number, number>();
  constructor(private readonly columns: readonly string[]) {
    this.columnIndex = new Map(columns.map((c, k) => [c, k]));
  }
  has(column: string): boolean {
    return this.columnIndex.has(column);
  }
  addUnit(unit: string): number {
    if (!this.unitIndex.has(unit)) {
      this.unitIndex.set(unit, this.units.length);
      this.units.push(unit);
    }
    return this.unitIndex.get(unit)!;
  }
  set(unit: string, column: string, value: number, line: number): void {
    const cell = this.addUnit(unit) * this.columns.length + this.columnIndex.get(column)!;
    if (this.given.has(cell))
      throw new DataFormatError(`line ${line}: unit "${unit}", indicator "${column}" is given twice`);
    this.given.set(cell, value);
    this.seen.add(column);
  }
  values(): Float64Array {
    const out = new Float64Array(this.units.length * this.columns.length).fill(NaN);
    for (const [cell, value] of this.given) out[cell] = value;
    return out;
  }
}

function toNumber(
  raw: string | undefined,
  decimalComma: boolean,
  categories: Readonly<Record<string, number>> | undefined,
  line: number,
  column: string,
): number {
  const text = (raw ?? '').trim();
  if (MISSING.has(text.toLowerCase())) return NaN;
  if (categories) {
    const key = Object.keys(categories).find((k) => k.toLowerCase() === text.toLowerCase());
    if (key !== undefined) return categories[key];
  }
  const value = Number(decimalComma ? text.replace(/^(-?\d+),(\d+)$/, '$1.$2') : text);
  if (!Number.isFinite(value)) throw new DataFormatError(`line ${line}, column "${column}": "${text}" is not a number`);
  return value;
}
