/** Fills a region's form programmatically (exceljs), as a regional official would in Excel: the value column only. */
import ExcelJS from 'exceljs';
import { FORM_DATA_SHEET, FORM_FIRST_DATA_ROW, FORM_VALUE_COLUMN } from '../../src/campaign/region-form.js';

/** Sets the value of every data row from `valueOf(serviceId, indicatorId)`; undefined leaves the cell empty. */
export async function fillForm(
  form: Buffer | ArrayBuffer,
  valueOf: (serviceId: string, indicatorId: string) => string | number | undefined,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(form as ArrayBuffer);
  const sheet = workbook.getWorksheet(FORM_DATA_SHEET)!;
  for (let r = FORM_FIRST_DATA_ROW; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const service = String(row.getCell(4).value ?? '');
    const indicator = String(row.getCell(6).value ?? '');
    if (!service || !indicator) continue;
    const value = valueOf(service, indicator);
    if (value !== undefined) row.getCell(FORM_VALUE_COLUMN).value = value;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
