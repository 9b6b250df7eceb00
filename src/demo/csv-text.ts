/** Text formatting shared by the demo CSV writers: RFC 4180 quoting and the two number conventions. */

export interface CsvDialect {
  delimiter: ',' | ';';
  decimalComma: boolean;
  lineEnd: '\n' | '\r\n';
}

/** UTF-8 files: comma, decimal point, LF. */
export const UTF8_DIALECT: CsvDialect = Object.freeze({ delimiter: ',', decimalComma: false, lineEnd: '\n' });
/** Windows-1251 files as Excel on a Russian-locale Windows saves them: semicolon, decimal comma, CRLF. */
export const CP1251_DIALECT: CsvDialect = Object.freeze({ delimiter: ';', decimalComma: true, lineEnd: '\r\n' });

/** Quotes a field when it contains the delimiter, a quote or a line break (quotes doubled). */
export function csvField(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number as written in the dialect: shortest round-trip form, "." or "," as decimal separator; null → "". */
export function csvNumber(value: number | null, dialect: CsvDialect): string {
  if (value === null) return '';
  const text = String(value);
  return dialect.decimalComma ? text.replace('.', ',') : text;
}

/** One CSV line (with its line end) from already formatted fields. */
export function csvLine(fields: readonly string[], dialect: CsvDialect): string {
  return fields.map((f) => csvField(f, dialect.delimiter)).join(dialect.delimiter) + dialect.lineEnd;
}
