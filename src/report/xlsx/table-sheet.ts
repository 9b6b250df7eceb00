/**
 * One table sheet in the publication's house style, written with exceljs — kept for the campaign board
 * (src/campaign/board-workbook.ts); the publication itself writes the same style with its own writer
 * (publication-table.ts), which shares the spec types, colours and default widths of this file: an optional banner row ("SYNTHETIC DEMO DATA …") above a bold
 * header row, frozen under the header, an autofilter over the table, a number format and a width per column.
 * Cells are written as given (numbers stay numbers; null leaves the cell empty). Text cells that a spreadsheet
 * would run as a formula are neutralised for the whole workbook by neutralise-workbook.ts.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { CsvCell } from '../csv/csv-text.js';

export interface ColumnSpec {
  readonly header: string;
  /** Excel number format, e.g. '0.00'; text and integers need none. */
  readonly numFmt?: string;
  readonly width?: number;
}

export interface TableSheet {
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CsvCell[])[];
  /** Shown in row 1 above the table when set (e.g. the synthetic-data warning). */
  readonly banner?: string | null;
}

export const HEADER_FILL = 'FFDDE4EE';
export const BANNER_FILL = 'FFFFC7CE';
export const BANNER_COLOUR = 'FF9C0006';

/** A column's width: as given, else the header's length plus 2, between 10 and 50 characters. */
export const columnWidth = (c: ColumnSpec): number => c.width ?? Math.min(Math.max(c.header.length + 2, 10), 50);

/** Adds the sheet; returns it with the 1-based row number of its header. */
export function addTableSheet(workbook: Workbook, spec: TableSheet): { sheet: Worksheet; headerRow: number } {
  const headerRow = spec.banner ? 2 : 1;
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }] });
  spec.columns.forEach((c, j) => {
    const column = sheet.getColumn(j + 1);
    column.width = columnWidth(c);
  });
  if (spec.banner) addBanner(sheet, spec.banner, spec.columns.length);
  const header = sheet.getRow(headerRow);
  spec.columns.forEach((c, j) => {
    const cell = header.getCell(j + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  spec.rows.forEach((values, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    values.forEach((v, j) => {
      if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return;
      const cell = row.getCell(j + 1);
      cell.value = v;
      const numFmt = spec.columns[j]?.numFmt;
      if (numFmt && typeof v === 'number') cell.numFmt = numFmt;
    });
  });
  if (spec.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow + Math.max(spec.rows.length, 1), column: spec.columns.length },
    };
  }
  return { sheet, headerRow };
}

/** A merged, red-filled, bold banner across the table's width in row 1. */
export function addBanner(sheet: Worksheet, text: string, width: number): void {
  const cell = sheet.getCell(1, 1);
  cell.value = text;
  cell.font = { bold: true, color: { argb: BANNER_COLOUR } };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BANNER_FILL } };
  if (width > 1) sheet.mergeCells(1, 1, 1, width);
}
