import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { IngestRejectedError } from '../../src/ingest/rejected-error.js';
import { testDatabases } from '../support/database.js';
import { counts, rows, tempDir, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(() => { dir = tempDir(); });
afterEach(() => dir.remove());

describe.each(testDatabases())('ingest targets and spending on $name', ({ open }) => {
  test('targets: shares with decimal commas, either share may be missing', async () => {
    const database = await open();
    try {
      const file = dir.write('targets.csv', 'region;year;measured_share;target_share\nСмоленская обл.;2017;"51,3";70\nг. Москва;2017;;75\n', 'windows-1251');
      const summary = await ingestFiles(database, [file], { period: 2017, kind: 'targets' });
      expect(summary.rowsAccepted).toBe(2);
      expect(await rows(database, 'SELECT region_code, year, measured_share, target_share FROM adoption ORDER BY region_code')).toEqual([
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
      const file = dir.write('bad-targets.csv', 'region,year,measured_share,target_share\nRU-SMO,2017,101,70\nRU-TA,2016,50,60\n');
      const error = await ingestFiles(database, [file], { period: 2017, kind: 'targets' }).catch((e: unknown) => e);
      expect((error as IngestRejectedError).summary.firstRejects.map((r) => [r.line, r.column])).toEqual([[2, 'measured_share'], [3, 'year']]);
      expect(await counts(database)).toEqual(before);
    } finally {
      await database.close();
    }
  });

  test('spending: amounts with spaces and decimal comma are exact roubles; --replace lists the changes', async () => {
    const database = await open();
    try {
      const v1 = dir.write('s1.csv', 'region,year,programme,amount_rub\nRU-SMO,2017,СМЭВ,"1 234 567,89"\nRU-SMO,2017,МФЦ,1000\n');
      const first = await ingestFiles(database, [v1], { period: 2017, kind: 'spending' });
      expect(await rows(database, 'SELECT programme, amount_rub::text AS amount FROM spending ORDER BY programme')).toEqual([
        { programme: 'МФЦ', amount: '1000.00' }, { programme: 'СМЭВ', amount: '1234567.89' },
      ]);
      const v2 = dir.write('s2.csv', 'region,year,programme,amount_rub\nRU-SMO,2017,СМЭВ,"1 234 567,89"\nRU-SMO,2017,МФЦ,2000\n');
      const second = await ingestFiles(database, [v2], { period: 2017, kind: 'spending', replace: true });
      expect(second.superseded).toEqual([first.batchId]);
      const [batch] = await rows<{ summary: { changes: unknown[] } }>(database, 'SELECT summary FROM ingest_batch WHERE id = $1', [second.batchId]);
      expect(batch.summary.changes).toEqual([{ key: 'RU-SMO / 2017 / МФЦ', old: [1000], new: [2000] }]);
    } finally {
      await database.close();
    }
  });
});
