import ExcelJS from 'exceljs';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { describeEachDatabase } from '../support/database.js';
import { counts, rows, tempDir, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

/** A workbook as regions send them: a merged title row, a two-level header with merged cells, a formula cell. */
async function writeWorkbook(
  path: string,
  options: { formulaResult?: number } = { formulaResult: 87.5 },
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Пояснения').getCell('A1').value = 'Этот лист не данные';
  const sheet = workbook.addWorksheet('Данные');
  sheet.getCell('A1').value = 'Мониторинг 2017 (СИНТЕТИЧЕСКИЕ ДАННЫЕ)';
  sheet.mergeCells('A1:D1');
  sheet.getCell('A2').value = 'Регион';
  sheet.mergeCells('A2:A3');
  sheet.getCell('B2').value = 'Услуга';
  sheet.mergeCells('B2:B3');
  sheet.getCell('C2').value = 'Показатели';
  sheet.mergeCells('C2:D2');
  sheet.getCell('C3').value = 'info_complete';
  sheet.getCell('D3').value = 'Актуальность информации';
  sheet.addRow([
    'Смоленская обл.',
    'marriage_registration',
    { formula: '40+47.5', result: options.formulaResult },
    'да',
  ]);
  sheet.addRow([66000000000, 'hunting_licence', 55, { richText: [{ text: 'част' }, { text: 'ично' }] }]);
  await workbook.xlsx.writeFile(path);
}

describeEachDatabase('ingest XLSX and JSON Lines on $name', ({ open }) => {
  test('XLSX: chosen sheet, header found below a title, merged header cells, formula read by its value', async () => {
    const database = await open();
    try {
      const file = `${dir.path}/regions.xlsx`;
      await writeWorkbook(file);
      const summary = await ingestFiles(database, [file], { period: 2017, kind: 'measurements', sheet: 'Данные' });
      expect(summary.files[0].format).toBe('xlsx sheet "Данные"');
      // Row 4: formula 40+47.5 cached as 87.5, да = 1; row 5: OKATO of Smolensk, 55, частично = 0.5.
      expect(await rows(database, 'SELECT service_id, indicator_id, value FROM measurement ORDER BY 1, 2')).toEqual([
        { service_id: 'hunting_licence', indicator_id: 'info_complete', value: 55 },
        { service_id: 'hunting_licence', indicator_id: 'info_current', value: 0.5 },
        { service_id: 'marriage_registration', indicator_id: 'info_complete', value: 87.5 },
        { service_id: 'marriage_registration', indicator_id: 'info_current', value: 1 },
      ]);
    } finally {
      await database.close();
    }
  });

  test('XLSX: a formula without a computed value is refused with its cell', async () => {
    const database = await open();
    try {
      const file = `${dir.path}/uncomputed.xlsx`;
      await writeWorkbook(file, {});
      const before = await counts(database);
      await expect(
        ingestFiles(database, [file], { period: 2017, kind: 'measurements', sheet: 'Данные' }),
      ).rejects.toThrow(/uncomputed\.xlsx:4: column "C4": formula cell without a computed value/);
      expect(await counts(database)).toEqual(before);
    } finally {
      await database.close();
    }
  });

  test('JSON Lines: one object per line, numbers as numbers', async () => {
    const database = await open();
    try {
      const file = dir.write(
        'targets.jsonl',
        [
          JSON.stringify({ region: 'RU-SMO', year: 2018, measured_share: 61.5, target_share: 70 }),
          '',
          JSON.stringify({ region: 'Республика Татарстан', year: 2018, target_share: 80 }),
        ].join('\n'),
      );
      const summary = await ingestFiles(database, [file], { period: 2018, kind: 'targets' });
      expect(summary).toMatchObject({ rowsRead: 2, rowsAccepted: 2 });
      expect(await rows(database, 'SELECT region_code, measured_share, target_share FROM adoption ORDER BY 1')).toEqual(
        [
          { region_code: 'RU-SMO', measured_share: 61.5, target_share: 70 },
          { region_code: 'RU-TA', measured_share: null, target_share: 80 },
        ],
      );
    } finally {
      await database.close();
    }
  });
});
