/**
 * `egov score --data` reads the forms `egov ingest` reads, through the ingest's readers, and scores them as
 * `egov rate` scores the same values stored: a Windows-1251 `;` CSV form with title rows, Russian headers, region and
 * service names as regions write them (long layout), and an XLSX form with title rows, a group header over the
 * indicator columns and a units row (wide layout). The same file ingested into the database and rated gives the same
 * scores and ranks.
 *
 * Method: two services × (appeal online, status notifications), yes/partial/no → 1/0.5/0, goalposts 0..1 → 0..100,
 * service = mean of its two checks, index = mean of services, 2 decimals. Values [marriage appeal, marriage status,
 * hunting appeal, hunting status] and the index by hand:
 *   Smolensk  да, да, да, частично     → (100 + 75)/2 = 87.5   rank 2
 *   Tula      да, да, да, да           → 100                    rank 1
 *   Tver      нет, частично, нет, нет  → (25 + 0)/2 = 12.5      rank 3
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { loadMethodologyText } from '../../src/methodology/load.js';
import { catalogueLists } from '../../src/ratings/catalogue-lists.js';
import { ratePeriod } from '../../src/ratings/rate-period.js';
import { loadCatalogue } from '../../src/reference/catalogue.js';
import { describeEachDatabase } from '../support/database.js';

const catalogue = loadCatalogue();
const service = (id: string) => ({
  forEach: 'service',
  where: { id },
  id: '{service.id}',
  children: [
    { indicator: '{service.id}.appeal_online', spec: 'appeal_online' },
    { indicator: '{service.id}.status_notifications', spec: 'status_notifications' },
  ],
});
const METHOD = JSON.stringify({
  format: 'egov-methodology/1',
  id: 'forms-two-checks',
  version: '1',
  name: 'Two checks',
  indicators: [
    { id: 'appeal_online', direction: 1 },
    { id: 'status_notifications', direction: 1 },
  ],
  tree: { id: 'index', children: [service('marriage_registration'), service('hunting_licence')] },
  normalisation: { method: 'goalposts', min: 0, max: 1, range: [0, 100] },
  aggregation: { method: 'arithmetic' },
  rounding: { decimals: 2 },
  rank: { ties: 'min', decimals: 2 },
});
const BY_HAND = [
  ['RU-TUL', 100, 1],
  ['RU-SMO', 87.5, 2],
  ['RU-TVE', 12.5, 3],
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'egov-score-forms-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const MARRIAGE = 'Государственная регистрация заключения брака';
const HUNTING = 'Выдача и аннулирование охотничьего билета';
const APPEAL = 'Досудебное обжалование онлайн';
const STATUS = 'Уведомления о статусе в личном кабинете';

/** Long layout, Windows-1251, ';', title rows above the header, regions and services by their Russian names. */
function writeCsvForm(): string {
  const values: [string, string, string, string][] = [
    ['Смоленская область', MARRIAGE, APPEAL, 'да'],
    ['Смоленская область', MARRIAGE, STATUS, 'Да'],
    ['Смоленская область', HUNTING, APPEAL, 'да'],
    ['Смоленская область', HUNTING, STATUS, 'частично'],
    ['Тульская область', MARRIAGE, APPEAL, 'да'],
    ['Тульская область', MARRIAGE, STATUS, 'да'],
    ['Тульская область', HUNTING, APPEAL, 'ДА'],
    ['Тульская область', HUNTING, STATUS, 'да'],
    ['RU-TVE', 'marriage_registration', 'appeal_online', 'нет'],
    ['Тверская обл.', MARRIAGE, STATUS, 'частично'],
    ['Тверская область', HUNTING, APPEAL, 'нет'],
    ['Тверская область', HUNTING, STATUS, 'нет'],
  ];
  const lines = [
    'Мониторинг предоставления государственных услуг в электронной форме;;;',
    'за 2019 год;;;',
    'Субъект Российской Федерации;Наименование услуги;Показатель;Значение',
    ...values.map((v) => v.join(';')),
  ];
  const file = join(dir, 'форма-субъекта.csv');
  writeFileSync(file, iconv.encode(`${lines.join('\r\n')}\r\n`, 'win1251'));
  return file;
}

/** Wide layout, XLSX: title row, group header over the indicator columns, indicator names below it, a units row. */
async function writeXlsxForm(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Форма');
  ws.getCell('A1').value = 'Мониторинг качества предоставления государственных услуг за 2019 год';
  ws.getRow(3).values = ['№ п/п', 'Субъект РФ', 'Наименование услуги', 'Показатели', null];
  ws.mergeCells('D3:E3');
  ws.getRow(4).values = [null, null, null, APPEAL, STATUS];
  ws.getRow(5).values = [null, null, null, 'да/нет', 'да/нет'];
  const rows: (string | number)[][] = [
    [1, 'Смоленская область', MARRIAGE, 'да', 'да'],
    [2, 'Смоленская область', HUNTING, 'да', 'частично'],
    [3, 'г. Тула — Тульская область', MARRIAGE, 'да', 'да'],
    [4, 'Тверская область', MARRIAGE, 'нет', 'частично'],
    [5, 'Тверская область', HUNTING, 'нет', 'нет'],
  ];
  rows.forEach((r, i) => (ws.getRow(6 + i).values = r));
  ws.getRow(11).values = [6, 'Тульская область', 'hunting_licence', 'да', 'да'];
  ws.getRow(13).values = ['Руководитель', '_____________', 'Иванов И. И.'];
  const file = join(dir, 'форма-субъекта.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

async function score(methodology: string, data: string): Promise<{ code: number; rows: unknown[]; err: string[] }> {
  const out = join(dir, 'scores.json');
  const err: string[] = [];
  const code = await main(['node', 'egov', 'score', '--methodology', methodology, '--data', data, '--out', out], {
    config: loadConfig({}),
    out: () => undefined,
    err: (t) => {
      err.push(t);
    },
  });
  if (code !== 0) return { code, rows: [], err };
  const doc = JSON.parse(readFileSync(out, 'utf8')) as {
    rows: { unit: string; node: string; scoreRounded: number | null; rank: number | null }[];
  };
  const rows = doc.rows
    .filter((s) => s.node === 'index')
    .map((s) => [s.unit, s.scoreRounded, s.rank])
    .sort((a, b) => (a[2] as number) - (b[2] as number));
  return { code, rows, err };
}

describeEachDatabase('egov score reads the forms egov ingest reads ($name)', ({ open }) => {
  test('a Windows-1251 CSV form (long) and an XLSX form (wide) score as egov rate scores the same file ingested', async () => {
    const methodology = join(dir, 'method.json');
    writeFileSync(methodology, METHOD);
    const csv = writeCsvForm();
    const xlsx = await writeXlsxForm();
    const fromCsv = await score(methodology, csv);
    expect(fromCsv.err).toEqual([]);
    expect(fromCsv.rows).toEqual(BY_HAND);
    const fromXlsx = await score(methodology, xlsx);
    expect(fromXlsx.err).toEqual([]);
    expect(fromXlsx.rows).toEqual(BY_HAND);

    const database = await open();
    try {
      for (const [file, period] of [
        [csv, 2019],
        [xlsx, 2020],
      ] as const) {
        const ingested = await ingestFiles(database, [file], { kind: 'measurements', period, actor: 'tester' });
        expect(ingested.status).toBe('committed');
        const rated = await ratePeriod(database, {
          period,
          methodology: loadMethodologyText(METHOD, catalogueLists(catalogue)),
          catalogue,
          actor: 'tester',
        });
        expect(rated.ranking.filter((r) => r.rank !== null).map((r) => [r.region, r.score, r.rank])).toEqual(BY_HAND);
      }
    } finally {
      await database.close();
    }
  });
});

test('a form value egov ingest refuses is refused with its file, line, column and reason (exit 2, nothing written)', async () => {
  const methodology = join(dir, 'method.json');
  writeFileSync(methodology, METHOD);
  const file = join(dir, 'bad.csv');
  writeFileSync(
    file,
    ['Субъект РФ;Услуга;Показатель;Значение', `Смоленская область;${MARRIAGE};${APPEAL};может быть`].join('\n'),
  );
  const out = join(dir, 'never.json');
  const err: string[] = [];
  const code = await main(['node', 'egov', 'score', '--methodology', methodology, '--data', file, '--out', out], {
    config: loadConfig({}),
    out: () => undefined,
    err: (t) => {
      err.push(t);
    },
  });
  expect(code).toBe(2);
  expect(err.join('\n')).toMatch(/bad\.csv:2: column "value": "может быть" is not да\/частично\/нет/);
  expect(() => readFileSync(out)).toThrow();
});
