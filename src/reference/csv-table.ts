/** Reads a small UTF-8 reference CSV (RFC 4180 quoting) into records keyed by the header, with the product's CSV parser. */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { CsvSyntaxError, parseCsvObjects } from '../text/csv-records.js';

export function readCsvTable(path: string): Record<string, string>[] {
  try {
    return parseCsvObjects(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new InputError(`${path}:${error.line}${error.column ? `:${error.column}` : ''}: ${error.message}`);
    throw error;
  }
}
