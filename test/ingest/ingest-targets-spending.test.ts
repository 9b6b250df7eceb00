import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { IngestRejectedError } from '../../src/ingest/rejected-error.js';
import { describeEachDatabase } from '../support/database.js';
import { counts, rows, tempDir, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

describeEachDatabase('ingest targets and spending on $name', ({ open }) => {
  test('targets: shares with decimal commas, either share may be missing', async () => {
    const database = await open();
    try {
      const file = dir.write(
        'targets.csv',
        'region;year;measured_share;target_share\nСмоленская обл.;2017;"51,3";70\nг. Москва;2017;;75\n',
        'windows-1251',
      );
      const summary = await ingestFiles(database, [file], { period: 2017, kind: 'targets' });
      expect(summary.rowsAccepted).toBe(2);
      expect(
        await rows(
          database,
          'SELECT region_code, year, measured_share, target_share FROM adoption ORDER BY region_code',
        ),
      ).toEqual([
        { region_code: 'RU-MOW', year: 2017, measured_share: null, target_share: 75 },
        { region_code: 'RU-SMO', year: 2017, measured_share: 51.3, target_share: 70 },
      ]);
    } finally {
      await database.close();
    }
  });

  test('targets: a share above 100 or a year other than --period refuses the batch', async () => {
    const database = await open();
    try {
      const before = await counts(database);
      const file = dir.write(
        'bad-targets.csv',
        'region,year,measured_share,target_share\nRU-SMO,2017,101,70\nRU-TA,2016,50,60\n',
      );
      const error = await ingestFiles(database, [file], { period: 2017, kind: 'targets' }).catch((e: unknown) => e);
      expect((error as IngestRejectedError).summary.firstRejects.map((r) => [r.line, r.column])).toEqual([
        [2, 'measured_share'],
        [3, 'year'],
      ]);
      expect(await counts(database)).toEqual(before);
    } finally {
      await database.close();
    }
  });

  test('spending: amounts with spaces and decimal comma are exact roubles; a correction changes one programme and keeps its history', async () => {
    const database = await open();
    try {
      const v1 = dir.write(
        's1.csv',
        'region,year,programme,amount_rub\nRU-SMO,2017,СМЭВ,"1 234 567,89"\nRU-SMO,2017,МФЦ,1000\nRU-TA,2017,МФЦ,500\n',
      );
      const first = await ingestFiles(database, [v1], { period: 2017, kind: 'spending' });
      expect(first.changes).toEqual({ new: 3, changed: 0, removed: 0, unchanged: 0 });
      const v2 = dir.write(
        's2.csv',
        'region,year,programme,amount_rub\nRU-SMO,2017,СМЭВ,"1 234 567,89"\nRU-SMO,2017,МФЦ,"2 000,5"\n',
      );
      await expect(ingestFiles(database, [v2], { period: 2017, kind: 'spending' })).rejects.toThrow(
        /already stored as 1000 by batch/,
      );
      const second = await ingestFiles(database, [v2], {
        period: 2017,
        kind: 'spending',
        replace: true,
        actor: 'smolensk',
      });
      expect(second.changes).toEqual({ new: 0, changed: 1, removed: 0, unchanged: 1 });
      expect(
        await rows(
          database,
          'SELECT region_code, programme, amount_rub::text AS amount, batch_id::text AS batch FROM spending ORDER BY 1, 2',
        ),
      ).toEqual([
        { region_code: 'RU-SMO', programme: 'МФЦ', amount: '2000.50', batch: second.batchId },
        { region_code: 'RU-SMO', programme: 'СМЭВ', amount: '1234567.89', batch: first.batchId },
        { region_code: 'RU-TA', programme: 'МФЦ', amount: '500.00', batch: first.batchId },
      ]);
      const v3 = dir.write('s3.csv', 'region,year,programme,amount_rub\nRU-TA,2017,МФЦ,удалить\n');
      const third = await ingestFiles(database, [v3], {
        period: 2017,
        kind: 'spending',
        replace: true,
        actor: 'tatarstan',
      });
      expect(third.changes).toEqual({ new: 0, changed: 0, removed: 1, unchanged: 0 });
      expect(
        await rows(
          database,
          `SELECT kind, region_code, year, item, old_value::text AS old, new_value::text AS new, old_batch_id::text AS old_batch,
        new_batch_id::text AS new_batch, changed_by FROM annual_revision ORDER BY id`,
        ),
      ).toEqual([
        {
          kind: 'spending',
          region_code: 'RU-SMO',
          year: 2017,
          item: 'МФЦ',
          old: '1000',
          new: '2000.5',
          old_batch: first.batchId,
          new_batch: second.batchId,
          changed_by: 'smolensk',
        },
        {
          kind: 'spending',
          region_code: 'RU-TA',
          year: 2017,
          item: 'МФЦ',
          old: '500',
          new: null,
          old_batch: first.batchId,
          new_batch: third.batchId,
          changed_by: 'tatarstan',
        },
      ]);
    } finally {
      await database.close();
    }
  });

  test('targets: a correction of one share leaves the other share and other regions alone; an empty cell is not a removal', async () => {
    const database = await open();
    try {
      const first = await ingestFiles(
        database,
        [dir.write('t1.csv', 'region,year,measured_share,target_share\nRU-SMO,2017,"51,3",70\nRU-TA,2017,60,65\n')],
        { period: 2017, kind: 'targets' },
      );
      const fix = await ingestFiles(
        database,
        [dir.write('t2.csv', 'region,year,measured_share,target_share\nRU-SMO,2017,,72\n')],
        { period: 2017, kind: 'targets', replace: true, actor: 'smolensk' },
      );
      expect(fix.changes).toEqual({ new: 0, changed: 1, removed: 0, unchanged: 0 });
      expect(
        await rows(database, 'SELECT region_code, measured_share, target_share FROM adoption ORDER BY region_code'),
      ).toEqual([
        { region_code: 'RU-SMO', measured_share: 51.3, target_share: 72 },
        { region_code: 'RU-TA', measured_share: 60, target_share: 65 },
      ]);
      expect(
        await rows(
          database,
          'SELECT item, old_value::text AS old, new_value::text AS new, old_batch_id::text AS b FROM annual_revision',
        ),
      ).toEqual([{ item: 'target_share', old: '70', new: '72', b: first.batchId }]);
    } finally {
      await database.close();
    }
  });
});
