import ExcelJS from 'exceljs';
import { dosDateTime, setZipEntryDates as fixZipTimestamps } from '../../src/zip/entry-dates.js';

describe('ZIP timestamp normalisation', () => {
  test('DOS date and time words, hand-worked', () => {
    // 2020-02-01: (2020 − 1980) << 9 | 2 << 5 | 1 = 20480 + 64 + 1 = 20545; 13:45:31 → 13 << 11 | 45 << 5 | 15 = 28079
    expect(dosDateTime(new Date('2020-02-01T13:45:31Z'))).toEqual({ date: 20545, time: 28079 });
    // Before the format's 1980 epoch: 1980-01-01 00:00 (date 1 << 5 | 1 = 33).
    expect(dosDateTime(new Date('1979-12-31T00:00:00Z'))).toEqual({ date: 33, time: 0 });
  });

  test('two workbooks written at different moments become byte-identical', async () => {
    const write = async () => {
      const wb = new ExcelJS.Workbook();
      wb.created = wb.modified = new Date('2020-02-01T00:00:00Z');
      wb.addWorksheet('S').getCell(1, 1).value = 'x';
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const a = await write();
    await new Promise((resolve) => setTimeout(resolve, 2100)); // DOS times have 2-second resolution
    const b = await write();
    expect(a.equals(b)).toBe(false);
    const moment = new Date('2020-02-01T00:00:00Z');
    expect(fixZipTimestamps(a, moment).equals(fixZipTimestamps(b, moment))).toBe(true);
  });

  test('rejects a buffer that is not a ZIP file', () => {
    expect(() => fixZipTimestamps(Buffer.alloc(100), new Date('2020-02-01T00:00:00Z'))).toThrow(
      'the ZIP end record is missing',
    );
  });
});
