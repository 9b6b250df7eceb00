/** Reading the validation fixtures (test/fixtures/validation) for the validation tests. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export const FIXTURES = new URL('../fixtures/validation/', import.meta.url).pathname;
export const METHODOLOGIES = new URL('../../data/methodologies/', import.meta.url).pathname;

/** A CSV file as header-keyed records (R's NA kept as the string "NA"). */
export function readCsvRecords(relativePath: string): Record<string, string>[] {
  return readCsvFile(FIXTURES + relativePath);
}

/** Any CSV file (BOM, CRLF and quoted fields as the product writes them) as header-keyed records. */
export function readCsvFile(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
}

/** R's write.csv number ("NA" → NaN). */
export function rNumber(text: string): number {
  return text === 'NA' ? NaN : Number(text);
}
