/**
 * Writes a wide measurement table as an XLSX workbook shaped like a ministry template, to exercise the ingest's
 * header finder: row 1 is a merged title "СИНТЕТИЧЕСКИЕ ДАННЫЕ / SYNTHETIC DEMO DATA — …", row 2 groups the
 * indicator columns by stage (merged cells where a stage has several indicators), row 3 is the header
 * (region, service, indicator ids), data from row 4. A second sheet says what the data is. Created/modified dates
 * come from the parameters and the ZIP entry times are fixed, so the same table gives byte-identical files.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Indicator, Stage } from '../reference/catalogue.js';
import type { Table } from './measurement-table.js';
import { setZipEntryDates } from '../zip/entry-dates.js';

export const XLSX_TITLE = 'СИНТЕТИЧЕСКИЕ ДАННЫЕ / SYNTHETIC DEMO DATA';
export const XLSX_HEADER_ROW = 3;

export interface XlsxOptions {
  title: string;
  documentDate: Date;
  indicators: readonly Indicator[];
  stages: readonly Stage[];
  readmeLines: readonly string[];
}

/** The XLSX bytes of a wide table (header = region, service, indicators in `options.indicators` order). */
export async function tableXlsxBytes(table: Table, options: XlsxOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'egov-monitor synthetic demo generator';
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = options.documentDate;
  workbook.modified = options.documentDate;
  const sheet = workbook.addWorksheet('SYNTHETIC');
  const width = table.header.length;
  sheet.getCell(1, 1).value = `${XLSX_TITLE} — ${options.title}`;
  sheet.mergeCells(1, 1, 1, width);
  const stageName = new Map(options.stages.map((s) => [s.id, s.nameRu]));
  let start = 0;
  for (let k = 1; k <= options.indicators.length; k++) {
    const stageId = options.indicators[start].stageId;
    if (k < options.indicators.length && options.indicators[k].stageId === stageId) continue;
    sheet.getCell(2, start + 3).value = stageName.get(stageId) ?? stageId;
    if (k - 1 > start) sheet.mergeCells(2, start + 3, 2, k + 2);
    start = k;
  }
  sheet.getRow(XLSX_HEADER_ROW).values = table.header;
  table.rows.forEach((row, i) => {
    sheet.getRow(XLSX_HEADER_ROW + 1 + i).values = row.map((c) => c ?? undefined) as ExcelJS.CellValue[];
  });
  const readme = workbook.addWorksheet('README');
  options.readmeLines.forEach((line, i) => {
    readme.getCell(i + 1, 1).value = line;
  });
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return setZipEntryDates(bytes, options.documentDate);
}

/** Writes the workbook to `path`; returns the SHA-256 (hex) of the written bytes. */
export async function writeTableXlsx(path: string, table: Table, options: XlsxOptions): Promise<string> {
  const bytes = await tableXlsxBytes(table, options);
  await writeFile(path, bytes);
  return createHash('sha256').update(bytes).digest('hex');
}
