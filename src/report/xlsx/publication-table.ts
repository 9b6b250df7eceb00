/**
 * One table sheet of the publication workbook in the house style (the same as table-sheet.ts draws with exceljs for
 * the campaign board): an optional banner row ("SYNTHETIC DEMO DATA …", merged across the table, bold dark red on
 * light red) above a bold header row (filled, wrapped, vertically centred), frozen under the header, an autofilter
 * over the table, a number format and a width per column. Cells are written as given: numbers stay numbers, null and
 * non-finite numbers leave the cell empty, and a column's number format applies to its numbers only. The writer
 * neutralises every text cell (src/xlsx-writer/shared-strings.ts).
 */
import { PLAIN, withStyle, type CellStyle } from '../../xlsx-writer/cell-style.js';
import type { XlsxSheet } from '../../xlsx-writer/xlsx-sheet.js';
import type { XlsxWorkbook } from '../../xlsx-writer/xlsx-workbook.js';
import { BANNER_COLOUR, BANNER_FILL, columnWidth, HEADER_FILL, type TableSheet } from './table-sheet.js';

export const HEADER_STYLE: CellStyle = withStyle(PLAIN, {
  bold: true,
  fill: HEADER_FILL,
  vertical: 'middle',
  wrap: true,
});
const BANNER_STYLE: CellStyle = withStyle(PLAIN, { bold: true, color: BANNER_COLOUR, fill: BANNER_FILL });

/** Adds the sheet; returns it with the 1-based row number of its header. */
export function addTable(workbook: XlsxWorkbook, spec: TableSheet): { sheet: XlsxSheet; headerRow: number } {
  const headerRow = spec.banner ? 2 : 1;
  const sheet = workbook.addSheet(spec.name);
  sheet.frozenRows = headerRow;
  const width = spec.columns.length;
  spec.columns.forEach((c, j) => sheet.width(j + 1, columnWidth(c)));
  if (spec.banner) {
    sheet.set(1, 1, spec.banner, BANNER_STYLE);
    if (width > 1) sheet.merge({ top: 1, left: 1, bottom: 1, right: width });
  }
  spec.columns.forEach((c, j) => sheet.set(headerRow, j + 1, c.header, HEADER_STYLE));
  const numberStyles = spec.columns.map((c) => (c.numFmt ? withStyle(PLAIN, { numFmt: c.numFmt }) : PLAIN));
  spec.rows.forEach((values, i) => {
    const row = headerRow + 1 + i;
    values.forEach((v, j) => {
      if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return;
      sheet.set(row, j + 1, v, typeof v === 'number' ? numberStyles[j] : PLAIN);
    });
  });
  if (width > 0)
    sheet.autoFilter = { top: headerRow, left: 1, bottom: headerRow + Math.max(spec.rows.length, 1), right: width };
  return { sheet, headerRow };
}
