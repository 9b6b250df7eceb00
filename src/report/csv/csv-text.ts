/**
 * The product's one CSV writer (publication tables, reject reports, programme tables): UTF-8 with a byte-order mark
 * (so Excel detects the encoding), CRLF line ends, RFC 4180 quoting. Two dialects: 'comma' (`,` and a decimal point)
 * and 'excel-ru' (`;` and a decimal comma, as Russian-locale Excel reads CSV). Deterministic: the same rows give the
 * same bytes. `csvText` writes a whole file; `csvRecord` one line, for writers that stream.
 *
 * Formula injection: a text cell starting with = + - @ (or their full-width forms), tab, CR or LF would be run as a
 * formula by a spreadsheet; it gets a leading apostrophe (`neutraliseFormula`, also used for every XLSX text cell).
 * Quoting does not depend on the dialect: any text cell holding `,` or `;`, a quote or a line break is quoted, so a file
 * opened with the other list separator (Excel picks it from the locale) cannot split `x;=cmd…` into a formula cell.
 * Numbers are written as numbers (shortest round-trip form, e.g. -1.5), never prefixed; non-finite numbers and null
 * are empty cells.
 */
export const CSV_DIALECTS = ['comma', 'excel-ru'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[,;"\r\n]/;

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

/** A number's text has no delimiter of its own dialect (excel-ru's `1,5` is one field with `;`), so it is never quoted. */
function field(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell, dialect);
  const text = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line ended by CRLF (no BOM): for writers that stream rows, e.g. a reject report. */
export function csvRecord(cells: readonly CsvCell[], dialect: CsvDialect): string {
  return `${cells.map((c) => field(c, dialect)).join(delimiterOf(dialect))}\r\n`;
}

/** The byte-order mark a CSV file starts with (write it once, before the first csvRecord). */
export const CSV_BOM = BOM;

/** The whole file: BOM, header line, one line per row, each ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  return BOM + csvRecord(header, dialect) + rows.map((row) => csvRecord(row, dialect)).join('');
}
