/**
 * For workbooks written with exceljs (the campaign board; the publication workbook's own writer neutralises every
 * text itself, src/xlsx-writer/shared-strings.ts). The last step before such a workbook is written: every text cell of every sheet — tables, headers, titles, notes —
 * goes through the CSV writer's neutraliseFormula (csv/csv-text.ts), so no sheet function can forget it.
 * Numbers, dates and empty cells are left as they are.
 */
import type { Workbook } from 'exceljs';
import { neutraliseFormula } from '../csv/csv-text.js';

export function neutraliseWorkbook(workbook: Workbook): Workbook {
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A merged cell's slaves mirror the master; write the master only.
        if (typeof cell.value === 'string' && cell.master === cell) cell.value = neutraliseFormula(cell.value);
      });
    });
  });
  return workbook;
}
