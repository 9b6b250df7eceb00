/**
 * CSV text for publication: UTF-8 with a byte-order mark (so Excel detects the encoding), CRLF line ends, RFC 4180
 * quoting. Two dialects: 'comma' (`,` and a decimal point) and 'excel-ru' (`;` and a decimal comma, as
 * Russian-locale Excel reads CSV). Deterministic: the same rows give the same bytes.
 *
 * Formula injection: a text cell starting with = + - @, tab or carriage return would be run as a formula by a
 * spreadsheet; it gets a leading apostrophe. Numbers are written as numbers (shortest round-trip form, e.g. -1.5),
 * never prefixed; non-finite numbers and null are empty cells.
 */
export const CSV_DIALECTS = ['comma', 'excel-ru'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe for spreadsheets: `=1+1` → `'=1+1`; other text unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A number in the dialect: shortest round-trip decimal (`0.1`, `-2`, `1e-7`), with a decimal comma for excel-ru. */
export function formatNumber(value: number, dialect: CsvDialect): string {
  if (!Number.isFinite(value)) return '';
  const text = String(Object.is(value, -0) ? 0 : value);
  return dialect === 'excel-ru' ? text.replace('.', ',') : text;
}

export const delimiterOf = (dialect: CsvDialect): string => (dialect === 'excel-ru' ? ';' : ',');

function field(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? formatNumber(cell, dialect) : neutraliseFormula(cell);
  const delimiter = delimiterOf(dialect);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header line, one line per row, each ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  const line = (cells: readonly CsvCell[]) => `${cells.map((c) => field(c, dialect)).join(delimiterOf(dialect))}\r\n`;
  return BOM + line(header) + rows.map(line).join('');
}
