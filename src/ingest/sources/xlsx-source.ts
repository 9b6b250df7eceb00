/**
 * Reads one sheet of an XLSX workbook (the named one, or the first) after `guardXlsx` has checked the archive.
 * The header row is the row among the first 30 with the most cells the kind recognises (so title rows and
 * two-level headers above it are skipped); merged cells read as their master cell's value; formula cells read as
 * their cached result (a formula without one is refused); dates become ISO timestamps; rich text its plain text.
 */
import ExcelJS from 'exceljs';
import { stat } from 'node:fs/promises';
import { fileInputError } from '../input-error.js';
import type { IngestLimits } from '../limits.js';
import type { HeaderPredicate, RawRecord, TableSource } from './table-source.js';
import { guardXlsx } from './zip-guard.js';

const HEADER_SEARCH_ROWS = 30;

export async function openXlsxSource(file: string, limits: IngestLimits, isHeader: HeaderPredicate, sheetName?: string): Promise<TableSource> {
  const { size } = await stat(file);
  if (size > limits.maxXlsxBytes) throw fileInputError({ file }, `XLSX of ${size} bytes exceeds the limit of ${limits.maxXlsxBytes} bytes`);
  await guardXlsx(file, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw fileInputError({ file }, `unreadable XLSX: ${(error as Error).message}`);
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw fileInputError({ file }, sheetName ? `no sheet named "${sheetName}"` : 'the workbook has no sheet');
  const width = sheet.columnCount;
  const rowCells = (rowNumber: number): string[] => {
    const row = sheet.getRow(rowNumber);
    return Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1), file, rowNumber));
  };
  let headerLine = 0;
  let best = 0;
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
    const known = rowCells(r).filter((c) => c !== '' && isHeader(c)).length;
    if (known > best) { best = known; headerLine = r; }
  }
  if (headerLine === 0) throw fileInputError({ file }, `sheet "${sheet.name}": no header row with known column names in the first ${HEADER_SEARCH_ROWS} rows`);
  const header = trimTrailingEmpty(rowCells(headerLine));
  async function* records(): AsyncGenerator<RawRecord> {
    for (let r = headerLine + 1; r <= sheet!.rowCount; r++) {
      const cells = rowCells(r).slice(0, Math.max(header.length, lastNonEmpty(rowCells(r)) + 1));
      if (cells.every((c) => c === '')) continue;
      yield { line: r, cells };
    }
  }
  return { file, format: `xlsx sheet "${sheet.name}"`, header, headerLine, records: records(), bytesRead: () => size, bytesTotal: size };
}

function cellText(cell: ExcelJS.Cell, file: string, row: number): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value).trim();
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) throw fileInputError({ file, line: row, column: cell.address }, 'formula cell without a computed value (save the file in Excel first)');
    if (typeof result === 'object' && 'error' in result) return String(result.error);
    return result instanceof Date ? result.toISOString() : String(result).trim();
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('text' in value) return String(value.text).trim();
  if ('error' in value) return String(value.error);
  return String(cell.text ?? '').trim();
}

function lastNonEmpty(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i;
  return -1;
}

function trimTrailingEmpty(cells: string[]): string[] {
  return cells.slice(0, lastNonEmpty(cells) + 1);
}
