import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { IngestRejectedError } from '../../src/ingest/rejected-error.js';
import { describeEachDatabase } from '../support/database.js';
import { counts, rows, tempDir, type TempDir } from './helpers.js';
import { readFileSync } from 'node:fs';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const LONG = [
  'region,service,indicator,value,period',
  'Смоленская обл.,marriage_registration,info_complete,"87,5",2017',
  'г. Москва,marriage_registration,info_current,да,2017',
  'RU-TA,hunting_licence,info_current,частично,',
  '66000000000,hunting_licence,fee_online,0,2017',
].join('\n');

type M = { region_code: string; service_id: string; indicator_id: string; value: number };
const measurements = (d: Parameters<typeof rows>[0]) =>
  rows<M>(d, 'SELECT region_code, service_id, indicator_id, value FROM measurement ORDER BY 1, 2, 3');

describeEachDatabase('ingest measurements on $name', ({ open }) => {
  test('long layout: names, OKATO and codes recognised, decimal comma and yes/partial/no read', async () => {
    const database = await open();
    try {
      const summary = await ingestFiles(database, [dir.write('long.csv', LONG)], {
        period: 2017,
        kind: 'measurements',
      });
      expect(summary).toMatchObject({
        status: 'committed',
        rowsRead: 4,
        rowsAccepted: 4,
        rowsSkipped: 0,
        rowsRejected: 0,
        values: 4,
      });
      // "87,5" is 87.5; да = 1, частично = 0.5, 0 = 0; OKATO 66000000000 is Smolensk.
      expect(await measurements(database)).toEqual([
        { region_code: 'RU-MOW', service_id: 'marriage_registration', indicator_id: 'info_current', value: 1 },
        { region_code: 'RU-SMO', service_id: 'hunting_licence', indicator_id: 'fee_online', value: 0 },
        { region_code: 'RU-SMO', service_id: 'marriage_registration', indicator_id: 'info_complete', value: 87.5 },
        { region_code: 'RU-TA', service_id: 'hunting_licence', indicator_id: 'info_current', value: 0.5 },
      ]);
      const [batch] = await rows<{ status: string; content_sha256: string }>(
        database,
        'SELECT status, content_sha256 FROM ingest_batch',
      );
      expect(batch).toEqual({ status: 'committed', content_sha256: summary.contentSha256 });
    } finally {
      await database.close();
    }
  });

  test('wide layout in Windows-1251 with ";" and KOI8-R with TAB give the same values', async () => {
    const wide = [
      'Регион;Услуга;info_complete;info_current',
      'Республика Татарстан (Татарстан);hunting_licence;55,25;нет',
      'Смоленская область;marriage_registration;;yes',
    ].join('\r\n');
    const database = await open();
    try {
      const cp = await ingestFiles(database, [dir.write('wide-1251.csv', wide, 'windows-1251')], {
        period: 2018,
        kind: 'measurements',
      });
      expect(cp.files[0].format).toBe("csv windows-1251 ';'");
      const koi = await ingestFiles(database, [dir.write('wide-koi8.csv', wide.replace(/;/g, '\t'), 'koi8-r')], {
        period: 2019,
        kind: 'measurements',
      });
      expect(koi.files[0].format).toBe('csv koi8-r TAB');
      const values = await rows<{ period: number; indicator_id: string; value: number }>(
        database,
        'SELECT period, indicator_id, value FROM measurement ORDER BY period, region_code, indicator_id',
      );
      // The empty info_complete cell of Smolensk is "not measured": 3 values per file (RU-SMO sorts before RU-TA).
      const expected = [
        ['info_current', 1],
        ['info_complete', 55.25],
        ['info_current', 0],
      ];
      expect(values).toEqual(
        [2018, 2019].flatMap((period) => expected.map(([indicator_id, value]) => ({ period, indicator_id, value }))),
      );
    } finally {
      await database.close();
    }
  });

  test('a rejected row refuses the whole batch, leaves the database as it was, and reports every reject', async () => {
    const bad =
      `${LONG}\nНеизвестная область,marriage_registration,info_complete,50,2017\nRU-SMO,marriage_registration,info_complete,150,2017\n` +
      'Республика,hunting_licence,fee_online,1,2017\n';
    const database = await open();
    try {
      const before = await counts(database);
      const error = await ingestFiles(database, [dir.write('bad.csv', bad)], {
        period: 2017,
        kind: 'measurements',
        reportDir: dir.path,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IngestRejectedError);
      const summary = (error as IngestRejectedError).summary;
      expect(summary.firstRejects.map((r) => [r.line, r.column])).toEqual([
        [6, 'region'],
        [7, 'value'],
        [8, 'region'],
      ]);
      expect(summary.firstRejects[0].reason).toMatch(/unknown region "Неизвестная область"/);
      expect(summary.firstRejects[1].reason).toMatch(/150 is outside \[0, 100\]/);
      expect(summary.firstRejects[2].reason).toMatch(/ambiguous region "Республика"/);
      expect(await counts(database)).toEqual(before);
      const report = readFileSync(summary.rejectReport!, 'utf8');
      expect(report.split(/\r?\n/)[0]).toBe('\uFEFFfile,line,column,value,reason');
      expect(report.trim().split('\n')).toHaveLength(4);
      expect(JSON.parse(readFileSync(summary.summaryFile!, 'utf8')).rowsRejected).toBe(3);
    } finally {
      await database.close();
    }
  });

  test('--allow-partial commits the valid rows and stores the rejects', async () => {
    const database = await open();
    try {
      const file = dir.write(
        'partial.csv',
        `${LONG}\nRU-SMO,marriage_registration,info_complete,87.5,2017\nRU-SMO,no_such_service,info_complete,1,2017`,
      );
      const summary = await ingestFiles(database, [file], { period: 2017, kind: 'measurements', allowPartial: true });
      expect(summary).toMatchObject({ status: 'committed', rowsRead: 6, rowsAccepted: 4, rowsRejected: 2, values: 4 });
      const rejects = await rows<{ line: number; reason: string }>(
        database,
        'SELECT line, reason FROM ingest_reject ORDER BY line',
      );
      expect(rejects.map((r) => r.line)).toEqual([6, 7]);
      expect(rejects[0].reason).toMatch(/duplicate of .*partial\.csv:2/);
      expect(rejects[1].reason).toMatch(/unknown service "no_such_service"/);
    } finally {
      await database.close();
    }
  });

  test('re-ingesting the same content is a no-op; a changed value needs --replace, which changes that cell only and keeps history', async () => {
    const database = await open();
    try {
      const first = dir.write('v1.csv', LONG);
      const v1 = await ingestFiles(database, [first], { period: 2017, kind: 'measurements' });
      expect(v1.changes).toEqual({ new: 4, changed: 0, removed: 0, unchanged: 0 });
      const snapshot = await counts(database);
      const again = await ingestFiles(database, [first], { period: 2017, kind: 'measurements' });
      expect(again).toMatchObject({ status: 'unchanged', batchId: v1.batchId });
      expect(await counts(database)).toEqual(snapshot);
      // v2 changes Smolensk info_complete 87.5 -> 90 and leaves Moscow out: Moscow is not mentioned, so it stays.
      const v2 = dir.write(
        'v2.csv',
        LONG.replace('"87,5"', '90')
          .split('\n')
          .filter((l) => !l.startsWith('г. Москва'))
          .join('\n'),
      );
      await expect(ingestFiles(database, [v2], { period: 2017, kind: 'measurements' })).rejects.toThrow(
        /already stored as 87.5 by batch 1; to correct it use --replace/,
      );
      const replaced = await ingestFiles(database, [v2], {
        period: 2017,
        kind: 'measurements',
        replace: true,
        actor: 'analyst-1',
      });
      expect(replaced.changes).toEqual({ new: 0, changed: 1, removed: 0, unchanged: 2 });
      expect((await measurements(database)).map((m) => m.value)).toEqual([1, 0, 90, 0.5]);
      // Removing Moscow's value is explicit: the marker "удалить" in its value cell.
      const v3 = dir.write(
        'v3.csv',
        'region,service,indicator,value\nг. Москва,marriage_registration,info_current,удалить\n',
      );
      await expect(ingestFiles(database, [v3], { period: 2017, kind: 'measurements' })).rejects.toThrow(
        /removing the stored value 1 \(batch 1\) is a correction: use --replace/,
      );
      const removed = await ingestFiles(database, [v3], {
        period: 2017,
        kind: 'measurements',
        replace: true,
        actor: 'analyst-2',
      });
      expect(removed.changes).toEqual({ new: 0, changed: 0, removed: 1, unchanged: 0 });
      const revisions = await rows<{
        region_code: string;
        old_value: number | null;
        new_value: number | null;
        old_batch: string;
        new_batch: string;
        changed_by: string;
      }>(
        database,
        'SELECT region_code, old_value, new_value, old_batch_id::text AS old_batch, new_batch_id::text AS new_batch, changed_by FROM measurement_revision ORDER BY id',
      );
      expect(revisions).toEqual([
        {
          region_code: 'RU-SMO',
          old_value: 87.5,
          new_value: 90,
          old_batch: v1.batchId,
          new_batch: replaced.batchId,
          changed_by: 'analyst-1',
        },
        {
          region_code: 'RU-MOW',
          old_value: 1,
          new_value: null,
          old_batch: v1.batchId,
          new_batch: removed.batchId,
          changed_by: 'analyst-2',
        },
      ]);
      const batches = await rows<{ status: string }>(database, 'SELECT status FROM ingest_batch ORDER BY id');
      expect(batches.map((b) => b.status)).toEqual(['committed', 'committed', 'committed']);
    } finally {
      await database.close();
    }
  });

  test('a mapping file names unusual headers', async () => {
    const database = await open();
    try {
      const mappingFile = dir.write(
        'mapping.json',
        JSON.stringify({
          columns: { 'Субъект Российской Федерации': 'region', Госуслуга: 'service', 'Полнота, %': 'info_complete' },
        }),
      );
      const file = dir.write(
        'odd.csv',
        'Субъект Российской Федерации,Госуслуга,"Полнота, %"\nСмоленская обл.,marriage_registration,70\n',
      );
      const summary = await ingestFiles(database, [file], { period: 2017, kind: 'measurements', mappingFile });
      expect(summary.rowsAccepted).toBe(1);
      expect(await measurements(database)).toEqual([
        { region_code: 'RU-SMO', service_id: 'marriage_registration', indicator_id: 'info_complete', value: 70 },
      ]);
    } finally {
      await database.close();
    }
  });
});
