/** Reads a small UTF-8 reference CSV (RFC 4180 quoting) into records keyed by the header. */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';

export function readCsvTable(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<
    string,
    string
  >[];
}
