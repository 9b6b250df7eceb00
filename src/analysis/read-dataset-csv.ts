/**
 * Reads a wide CSV (one row per unit: a unit column, then one column per indicator) into the core's Dataset, keeping
 * the requested indicator columns in the requested order. The unit column is `unit` when present, else `uCode`
 * (COINr's files), else the first column. Empty cells and `NA` are missing (NaN); a decimal comma is accepted.
 * @throws RangeError naming the file, line and column for a missing column, a repeated unit or a non-numeric cell.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { createDataset, type Dataset } from '../core/dataset.js';

const MISSING = new Set(['', 'NA', 'N/A', 'NaN', '..', '-']);

export function readDatasetCsv(path: string, indicators: readonly string[]): Dataset {
  const records = parse(readFileSync(path, 'utf8'), { bom: true, skip_empty_lines: true }) as string[][];
  if (records.length < 2) throw new RangeError(`${path}: expected a header and at least one row`);
  const header = records[0].map((h) => h.trim());
  const unitAt = ['unit', 'uCode'].map((name) => header.indexOf(name)).find((i) => i >= 0) ?? 0;
  const columns = indicators.map((id) => {
    const at = header.indexOf(id);
    if (at < 0) throw new RangeError(`${path}: no column "${id}" (the methodology's indicator)`);
    return at;
  });
  const rows = records.slice(1);
  const values = new Float64Array(rows.length * indicators.length);
  rows.forEach((row, u) => columns.forEach((at, j) => {
    const cell = (row[at] ?? '').trim();
    const value = MISSING.has(cell) ? NaN : Number(cell.replace(',', '.'));
    if (!MISSING.has(cell) && !Number.isFinite(value)) {
      throw new RangeError(`${path}: line ${u + 2}, column "${header[at]}": "${cell}" is not a number`);
    }
    values[u * indicators.length + j] = value;
  }));
  return createDataset(rows.map((row) => row[unitAt].trim()), indicators, values);
}
