/**
 * The forms officials really send, written as they write them: XLSX workbooks made with exceljs (title rows, an
 * instructions sheet before the form, `№ п/п` and `Примечание` columns, a group header merged over the indicator
 * columns with the indicator names below it, a units row, a row of column numbers, Excel percent formats, totals,
 * a signature line) and Windows-1251 `;` CSVs with a decimal comma, title rows and non-breaking spaces in numbers.
 * Every stored value is checked exactly, on PGlite and PostgreSQL.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { describeEachDatabase } from '../support/database.js';
import { rows, tempDir, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const DECOMPOSED_YUGRA = 'Ханты-Мансии\u0306скии\u0306 автономныи\u0306 округ - Югра'; // й written as и + combining breve (NFD)

async function writeForm(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const help = wb.addWorksheet('Инструкция');
  help.getCell('A1').value = 'Заполните форму на листе «Форма». Значения в процентах — как в отчёте.';
  const ws = wb.addWorksheet('Форма');
  ws.getCell('A1').value = 'Мониторинг качества предоставления государственных услуг в электронной форме за 2019 год';
  ws.mergeCells('A1:G1');
  ws.getCell('A2').value = 'Субъект: все субъекты округа';
  ws.getRow(4).values = [
    '№ п/п',
    'Субъект Российской Федерации',
    'Наименование услуги',
    'Показатели',
    null,
    null,
    'Примечание',
  ];
  ws.mergeCells('D4:F4');
  for (const col of ['A', 'B', 'C', 'G']) ws.mergeCells(`${col}4:${col}5`);
  ws.getCell('D5').value = 'Полнота информации, %';
  ws.getCell('E5').value = 'Актуальность информации';
  ws.getCell('F5').value = 'Онлайн-запись на приём';
  ws.getRow(6).values = [null, null, null, '%', 'да/нет', 'да/нет', null];
  ws.getRow(7).values = [1, 2, 3, 4, 5, 6, 7];
  ws.getRow(8).values = [
    1,
    'Смоленская область',
    'Государственная регистрация заключения брака',
    0.675,
    'да',
    'частично',
    'предварительно',
  ];
  ws.getCell('D8').numFmt = '0.0%';
  ws.getRow(9).values = [2, 'г. Москва', 'marriage_registration', 0.9, 'Да', 'нет', null];
  ws.getCell('D9').numFmt = '0%';
  ws.getRow(10).values = [null, 'Итого по субъекту', null, 0.7875, null, null, null];
  ws.getCell('D10').numFmt = '0.00%';
  ws.getRow(11).values = [
    3,
    DECOMPOSED_YUGRA,
    'Выдача и аннулирование охотничьего билета',
    '87,5',
    'НЕТ',
    'да',
    'уточнено',
  ];
  ws.getRow(12).values = [4, 'Республика Татарстан', 'hunting_licence', 0.123456, null, null, null];
  ws.getCell('D12').numFmt = '0.0 %';
  ws.getRow(13).values = ['Всего', null, null, null, null, null, null];
  ws.getRow(15).values = ['Руководитель', '_____________', 'Иванов И. И.'];
  ws.getRow(16).values = ['Исполнитель: Петрова А. А., тел. 8 (4812) 12-34-56'];
  const other = wb.addWorksheet('Лист2');
  other.getRow(1).values = ['Регион', 'Услуга', 'Полнота информации об услуге на портале'];
  other.getRow(2).values = ['RU-SMO', 'hunting_licence', 55];
  await wb.xlsx.writeFile(path);
}

const CSV_1251 = [
  'Сведения о мониторинге;;;;',
  'за 2019 год;;;;',
  ';;;;',
  'Субъект Российской Федерации;Наименование услуги;Полнота информации об услуге на портале (%);Актуальность информации;Примечание',
  'Смоленская обл.;hunting_licence;66,6;частично;первичные данные',
  'Итого;;66,6;;',
  'Руководитель;________;;;',
].join('\r\n');

const SPENDING_1251 = [
  'Расходы на программы в 2019 году',
  'Регион;Год;Программа;Сумма, руб.',
  'руб.;;;',
  'Смоленская область;2019;СМЭВ;1\u00a0234\u00a0567,5',
  'Смоленская область;2019;МФЦ;"2 000,25"',
  'Всего;;;1 236 567,75',
].join('\r\n');

type M = { region_code: string; service_id: string; indicator_id: string; value: number };
const measurements = (d: Parameters<typeof rows>[0]) =>
  rows<M>(d, 'SELECT region_code, service_id, indicator_id, value FROM measurement ORDER BY 1, 2, 3');

describeEachDatabase('forms officials send, on $name', ({ open }) => {
  test('an XLSX form: found on its sheet below title rows, merged two-row header, units and numbers rows, percent formats, totals and signatures skipped', async () => {
    const database = await open();
    try {
      const file = `${dir.path}/форма-2019.xlsx`;
      await writeForm(file);
      const summary = await ingestFiles(database, [file], { period: 2019, kind: 'measurements' });
      expect(summary.files[0].format).toBe('xlsx sheet "Форма"');
      expect(summary).toMatchObject({
        status: 'committed',
        rowsRead: 8,
        rowsAccepted: 4,
        rowsSkipped: 4,
        rowsRejected: 0,
        values: 10,
      });
      expect(summary.skipped.map((s) => [s.line, s.reason])).toEqual([
        [10, 'total row ("Итого по субъекту")'],
        [13, 'total row ("Всего")'],
        [15, 'signature or note line ("Руководитель")'],
        [16, 'signature or note line ("Исполнитель: Петрова А. А., тел. 8 (4812")'],
      ]);
      expect(await measurements(database)).toEqual([
        { region_code: 'RU-KHM', service_id: 'hunting_licence', indicator_id: 'appointment_online', value: 1 },
        { region_code: 'RU-KHM', service_id: 'hunting_licence', indicator_id: 'info_complete', value: 87.5 },
        { region_code: 'RU-KHM', service_id: 'hunting_licence', indicator_id: 'info_current', value: 0 },
        { region_code: 'RU-MOW', service_id: 'marriage_registration', indicator_id: 'appointment_online', value: 0 },
        { region_code: 'RU-MOW', service_id: 'marriage_registration', indicator_id: 'info_complete', value: 90 },
        { region_code: 'RU-MOW', service_id: 'marriage_registration', indicator_id: 'info_current', value: 1 },
        { region_code: 'RU-SMO', service_id: 'marriage_registration', indicator_id: 'appointment_online', value: 0.5 },
        { region_code: 'RU-SMO', service_id: 'marriage_registration', indicator_id: 'info_complete', value: 67.5 },
        { region_code: 'RU-SMO', service_id: 'marriage_registration', indicator_id: 'info_current', value: 1 },
        { region_code: 'RU-TA', service_id: 'hunting_licence', indicator_id: 'info_complete', value: 12.3456 },
      ]);
      // The second sheet of the same workbook is another batch, not "unchanged".
      const second = await ingestFiles(database, [file], { period: 2019, kind: 'measurements', sheet: 'Лист2' });
      expect(second).toMatchObject({ status: 'committed', sheet: 'Лист2', rowsRead: 1, values: 1 });
      expect(second.batchId).not.toBe(summary.batchId);
      const again = await ingestFiles(database, [file], { period: 2019, kind: 'measurements', sheet: 'Лист2' });
      expect(again).toMatchObject({ status: 'unchanged', batchId: second.batchId });
    } finally {
      await database.close();
    }
  });

  test('Windows-1251 CSVs with ";", title rows, a decimal comma, no-break spaces in thousands, totals and units rows', async () => {
    const database = await open();
    try {
      const form = dir.write('monitoring.csv', iconv.encode(CSV_1251, 'windows-1251'));
      const summary = await ingestFiles(database, [form], { period: 2019, kind: 'measurements' });
      expect(summary.files[0].format).toBe("csv windows-1251 ';'");
      expect(summary).toMatchObject({ rowsRead: 3, rowsAccepted: 1, rowsSkipped: 2, rowsRejected: 0, values: 2 });
      expect(await measurements(database)).toEqual([
        { region_code: 'RU-SMO', service_id: 'hunting_licence', indicator_id: 'info_complete', value: 66.6 },
        { region_code: 'RU-SMO', service_id: 'hunting_licence', indicator_id: 'info_current', value: 0.5 },
      ]);
      const spending = dir.write('spending.csv', iconv.encode(SPENDING_1251, 'windows-1251'));
      const spent = await ingestFiles(database, [spending], { period: 2019, kind: 'spending' });
      expect(spent).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsSkipped: 1, values: 2 });
      expect(
        await rows(
          database,
          'SELECT region_code, programme, amount_rub::text AS amount FROM spending ORDER BY programme',
        ),
      ).toEqual([
        { region_code: 'RU-SMO', programme: 'МФЦ', amount: '2000.25' },
        { region_code: 'RU-SMO', programme: 'СМЭВ', amount: '1234567.50' },
      ]);
    } finally {
      await database.close();
    }
  });

  test('a mapping ignores a column and names another; the same file with a corrected mapping is a new batch', async () => {
    const database = await open();
    try {
      const file = dir.write(
        'odd.csv',
        'Субъект;Госуслуга;Полнота;Исполнитель\nRU-SMO;marriage_registration;70;Петрова\n',
      );
      const wrong = dir.write(
        'wrong.json',
        JSON.stringify({ columns: { Полнота: 'info_complete' }, ignore: ['Исполнитель'] }),
      );
      const right = dir.write(
        'right.json',
        JSON.stringify({ columns: { Полнота: 'smev_e_share', Исполнитель: 'ignore' } }),
      );
      const first = await ingestFiles(database, [file], { period: 2019, kind: 'measurements', mappingFile: wrong });
      const second = await ingestFiles(database, [file], { period: 2019, kind: 'measurements', mappingFile: right });
      expect(second.status).toBe('committed');
      expect(second.batchId).not.toBe(first.batchId);
      expect((await measurements(database)).map((m) => [m.indicator_id, m.value])).toEqual([
        ['info_complete', 70],
        ['smev_e_share', 70],
      ]);
      const missing = dir.write('missing.csv', 'Субъект;Что-то\nRU-SMO;1\n');
      await expect(ingestFiles(database, [missing], { period: 2019, kind: 'measurements' })).rejects.toThrow(
        /missing column\(s\) service; the columns found are "Субъект", "Что-то"; name them with --mapping FILE/,
      );
    } finally {
      await database.close();
    }
  });
});
