/**
 * Reading a dataset (units × indicators) from CSV text, wide or long, for `egov score`.
 *  - wide: one row per unit; a unit column (`unitColumn`, else a column named "unit", else the first column) and one
 *    column per indicator; other columns are ignored unless named as groupings;
 *  - long: columns unit, indicator, value (any order, any case; extra columns ignored), one row per cell.
 * Missing: empty, NA, NaN, null, "-" or "..". Decimal commas ("0,5") are accepted when the delimiter is ";".
 * Columns with `categories` (e.g. yes/partial/no) are mapped to numbers by their labels.
 */
import { parse } from 'csv-parse/sync';
import type { Dataset } from '../core/dataset.js';
import { createDataset } from '../core/dataset.js';

/** A problem in a data file, naming the line and column: `data: line 7, column "osi": "abc" is not a number`. */
export class DataFormatError extends Error {
  override readonly name = 'DataFormatError';
  constructor(message: string) { super(`data: ${message}`); }
}

export interface DatasetCsvOptions {
  /** The indicator columns to read, in this order (e.g. the methodology's leaves). */
  readonly columns: readonly string[];
  readonly unitColumn?: string;
  /** Columns to keep as groupings (e.g. "federal_district"), wide format only. */
  readonly groupColumns?: readonly string[];
  readonly categories?: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

const MISSING = new Set(['', 'na', 'nan', 'null', '-', '..', 'n/a']);

export function parseDatasetCsv(text: string, options: DatasetCsvOptions): Dataset {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows = parse(text, { delimiter, bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  if (rows.length < 2) throw new DataFormatError('the file has no data rows');
  const header = rows[0].map((h) => h.trim());
  const lower = header.map((h) => h.toLowerCase());
  const isLong = ['unit', 'indicator', 'value'].every((c) => lower.includes(c)) && !options.columns.some((c) => header.includes(c));
  const number = (raw: string, line: number, column: string): number => toNumber(raw, delimiter === ';', options.categories?.get(column), line, column);
  return isLong ? readLong(rows, lower, options, number) : readWide(rows, header, options, number);
}

type ToNumber = (raw: string, line: number, column: string) => number;

function readWide(rows: string[][], header: string[], options: DatasetCsvOptions, number: ToNumber): Dataset {
  const unitName = options.unitColumn ?? (header.includes('unit') ? 'unit' : header[0]);
  const unitAt = header.indexOf(unitName);
  if (unitAt < 0) throw new DataFormatError(`no unit column "${unitName}" (columns: ${header.join(', ')})`);
  const at = options.columns.map((c) => {
    const j = header.indexOf(c);
    if (j < 0) throw new DataFormatError(`no column "${c}" (the methodology needs it)`);
    return j;
  });
  const body = rows.slice(1);
  const values = new Float64Array(body.length * at.length);
  body.forEach((row, u) => at.forEach((j, k) => { values[u * at.length + k] = number(row[j], u + 2, header[j]); }));
  const groups = Object.fromEntries((options.groupColumns ?? []).map((g) => {
    const j = header.indexOf(g);
    if (j < 0) throw new DataFormatError(`no group column "${g}"`);
    return [g, body.map((row) => row[j].trim())];
  }));
  return build(body.map((row) => row[unitAt].trim()), options.columns, values, groups);
}

function readLong(rows: string[][], lower: string[], options: DatasetCsvOptions, number: ToNumber): Dataset {
  const [ju, ji, jv] = ['unit', 'indicator', 'value'].map((c) => lower.indexOf(c));
  const column = new Map(options.columns.map((c, k) => [c, k]));
  const units: string[] = [];
  const unitIndex = new Map<string, number>();
  const cells: [number, number, number][] = [];
  rows.slice(1).forEach((row, i) => {
    const k = column.get(row[ji].trim());
    if (k === undefined) return;
    const unit = row[ju].trim();
    if (!unitIndex.has(unit)) { unitIndex.set(unit, units.length); units.push(unit); }
    cells.push([unitIndex.get(unit)!, k, number(row[jv], i + 2, row[ji].trim())]);
  });
  const values = new Float64Array(units.length * options.columns.length).fill(NaN);
  const seen = new Set<number>();
  for (const [u, k, v] of cells) {
    const cell = u * options.columns.length + k;
    if (seen.has(cell)) throw new DataFormatError(`unit "${units[u]}", indicator "${options.columns[k]}" appears twice`);
    seen.add(cell);
    values[cell] = v;
  }
  return build(units, options.columns, values, {});
}

function build(units: string[], columns: readonly string[], values: Float64Array, groups: Record<string, string[]>): Dataset {
  try {
    return createDataset(units, columns, values, Object.keys(groups).length ? groups : undefined);
  } catch (error) {
    throw new DataFormatError((error as Error).message.replace(/^createDataset: /, ''));
  }
}

function toNumber(raw: string | undefined, decimalComma: boolean, categories: Readonly<Record<string, number>> | undefined, line: number, column: string): number {
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
