/**
 * Writes a measurement table as CSV: UTF-8 (comma, decimal point, LF) or Windows-1251 via iconv-lite (semicolon,
 * decimal comma, CRLF), as regions' spreadsheets export them. Returns the bytes' SHA-256 for the file manifest.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { CP1251_DIALECT, UTF8_DIALECT, csvLine, csvNumber, type CsvDialect } from './csv-text.js';
import type { Cell, Table } from './measurement-table.js';

export const CSV_ENCODINGS = ['utf8', 'cp1251'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** The CSV text of a table in a dialect. */
export function tableCsvText(table: Table, dialect: CsvDialect): string {
  const format = (c: Cell): string => (typeof c === 'number' || c === null ? csvNumber(c, dialect) : c);
  return csvLine(table.header, dialect) + table.rows.map((row) => csvLine(row.map(format), dialect)).join('');
}

/** The bytes of a table as a CSV file in the given encoding. */
export function tableCsvBytes(table: Table, encoding: CsvEncoding): Buffer {
  return encoding === 'utf8'
    ? Buffer.from(tableCsvText(table, UTF8_DIALECT), 'utf8')
    : iconv.encode(tableCsvText(table, CP1251_DIALECT), 'win1251');
}

/** Writes the table to `path`; returns the SHA-256 (hex) of the written bytes. */
export async function writeTableCsv(path: string, table: Table, encoding: CsvEncoding): Promise<string> {
  const bytes = tableCsvBytes(table, encoding);
  await writeFile(path, bytes);
  return createHash('sha256').update(bytes).digest('hex');
}
