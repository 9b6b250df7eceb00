/**
 * Reads one sheet of an XLSX workbook after `guardXlsx` has checked the archive: the sheet named by --sheet, else
 * the sheet whose header the kind recognises best. The header is found among the first 30 rows (title rows above
 * it, multi-row and merged headers, a units row and a column-number row under it: see header-detect.ts); merged
 * cells read as their master cell's value; formula cells read as their cached result (a formula without one is
 * refused); numbers under a percent format read as the percent shown (see `numberText`); dates become ISO
 * timestamps; rich text its plain text.
 */
import ExcelJS from 'exceljs';
import { stat } from 'node:fs/promises';
import { fileInputError } from '../input-error.js';
import type { IngestLimits } from '../limits.js';
import { detectHeader, type DetectedHeader } from './header-detect.js';
import type { HeaderPredicate, RawRecord, TableSource } from './table-source.js';
import { guardXlsx } from './zip-guard.js';

const HEADER_SEARCH_ROWS = 30;

export async function openXlsxSource(
  file: string,
  limits: IngestLimits,
  isHeader: HeaderPredicate,
  sheetName?: string,
): Promise<TableSource> {
  const { size } = await stat(file);
  if (size > limits.maxXlsxBytes)
    throw fileInputError({ file }, `XLSX of ${size} bytes exceeds the limit of ${limits.maxXlsxBytes} bytes`);
  await guardXlsx(file, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw fileInputError({ file }, `unreadable XLSX: ${(error as Error).message}`);
  }
  const sheets = sheetName ? [workbook.getWorksheet(sheetName)] : workbook.worksheets;
  if (!sheets[0]) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw fileInputError(
      { file },
      sheetName
        ? `no sheet named "${sheetName}" (the workbook has ${names || 'no sheet'})`
        : 'the workbook has no sheet',
    );
  }
  // The sheet whose header the kind recognises best (the first on ties), unless --sheet names one.
  let chosen: { sheet: ExcelJS.Worksheet; found: DetectedHeader; rows: string[][] } | null = null;
  let bestRows: { sheet: ExcelJS.Worksheet; rows: string[][] } | null = null;
  for (const sheet of sheets as ExcelJS.Worksheet[]) {
    const rows = Array.from({ length: Math.min(HEADER_SEARCH_ROWS, sheet.rowCount) }, (_, r) =>
      rowCells(sheet, r + 1, file),
    );
    bestRows ??= { sheet, rows };
    const found = detectHeader(rows, isHeader);
    if (found && (!chosen || found.score > chosen.found.score)) chosen = { sheet, found, rows };
  }
  if (!chosen) {
    const { sheet, rows } = bestRows!;
    const widest = rows.reduce(
      (a, b) => (b.filter((c) => c !== '').length > a.filter((c) => c !== '').length ? b : a),
      [] as string[],
    );
    throw fileInputError(
      { file },
      `sheet "${sheet.name}": no header row with known column names in the first ${HEADER_SEARCH_ROWS} rows ` +
        `(the fullest row has ${widest.filter((c) => c !== '').join(', ') || 'nothing'}); name the columns with --mapping FILE` +
        (sheetName ? '' : ' or choose the sheet with --sheet'),
    );
  }
  const { sheet, found } = chosen;
  const header = [...found.header];
  const dataStart = found.dataStart + 1;
  async function* records(): AsyncGenerator<RawRecord> {
    for (let r = dataStart; r <= sheet.rowCount; r++) {
      const all = rowCells(sheet, r, file);
      const cells = all.slice(0, Math.max(header.length, lastNonEmpty(all) + 1));
      if (cells.every((c) => c === '')) continue;
      yield { line: r, cells };
    }
  }
  return {
    file,
    format: `xlsx sheet "${sheet.name}"`,
    header,
    headerLine: found.headerRow + 1,
    records: records(),
    bytesRead: () => size,
    bytesTotal: size,
  };
}

function rowCells(sheet: ExcelJS.Worksheet, rowNumber: number, file: string): string[] {
  const row = sheet.getRow(rowNumber);
  return Array.from({ length: sheet.columnCount }, (_, i) => cellText(row.getCell(i + 1), file, rowNumber));
}

function cellText(cell: ExcelJS.Cell, file: string, row: number): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value, cell.numFmt);
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value).trim();
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null)
      throw fileInputError(
        { file, line: row, column: cell.address },
        'formula cell without a computed value (save the file in Excel first)',
      );
    if (typeof result === 'object' && 'error' in result) return String(result.error);
    if (typeof result === 'number') return numberText(result, cell.numFmt);
    return result instanceof Date ? result.toISOString() : String(result).trim();
  }
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('text' in value) return String(value.text).trim();
  if ('error' in value) return String(value.error);
  return String(cell.text ?? '').trim();
}

/**
 * A number as the user sees it in Excel, to full precision: under a percent format (`0%`, `0.0%`, `0.00 %`: a `%`
 * outside quotes) 0.675 is shown as 67,5 % and read as "67.5%" (the decimal point shifted exactly, no float
 * multiplication); the row validators read a trailing % as a value already in percent. Any other format: the
 * stored number.
 */
export function numberText(value: number, numFmt: string | undefined): string {
  const text = String(value);
  if (!numFmt || !/%/.test(numFmt.replace(/"[^"]*"|\\./g, ''))) return text;
  return `${shiftDecimal(text, 2)}%`;
}

/** The decimal text of `text` × 10^places, exactly (handles exponents such as 1e-7). */
function shiftDecimal(text: string, places: number): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent) + places;
  const padded =
    point > digits.length ? digits.padEnd(point, '0') : point < 1 ? '0'.repeat(1 - point) + digits : digits;
  const at = Math.max(point, 1);
  const intPart = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const fracPart = padded.slice(at).replace(/0+$/, '');
  return `${sign}${intPart}${fracPart ? `.${fracPart}` : ''}`;
}

function lastNonEmpty(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i;
  return -1;
}
