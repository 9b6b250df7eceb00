/**
 * A monitoring year's commonest workflow: one region re-sends its file with a value corrected. The correction must
 * replace exactly the cells it holds and leave every other stored value alone, cell for cell, with the history of
 * each changed cell kept (old value, new value, batch, who, when).
 */
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { readCellHistory } from '../../src/ingest/history/cell-history.js';
import { historyLine } from '../../src/cli/commands/history.js';
import { describeEachDatabase } from '../support/database.js';
import { rows, tempDir, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

type Cell = {
  period: number;
  region_code: string;
  service_id: string;
  indicator_id: string;
  value: number;
  batch_id: string;
};
const cells = (d: Parameters<typeof rows>[0]) =>
  rows<Cell>(
    d,
    'SELECT period, region_code, service_id, indicator_id, value, batch_id::text AS batch_id FROM measurement ORDER BY 1, 2, 3, 4',
  );

// Two files of the year from different senders: the first holds Smolensk and Tatarstan, the second Smolensk and Moscow.
const FILE_1 = [
  'region,service,indicator,value',
  'RU-SMO,marriage_registration,info_complete,80',
  'RU-SMO,marriage_registration,info_current,да',
  'RU-TA,marriage_registration,info_complete,70',
  'RU-TA,hunting_licence,fee_online,нет',
].join('\n');
const FILE_2 = [
  'region,service,indicator,value',
  'RU-SMO,hunting_licence,info_complete,55',
  'RU-MOW,marriage_registration,info_complete,95',
  'RU-MOW,hunting_licence,fee_online,да',
].join('\n');
// Smolensk corrects one value that came from the first file.
const CORRECTION = 'region,service,indicator,value\nRU-SMO,marriage_registration,info_complete,82.5\n';

describeEachDatabase('corrections on $name', ({ open }) => {
  test('a correction by one region changes only its cell; every other stored value stays identical', async () => {
    const database = await open();
    try {
      const one = await ingestFiles(database, [dir.write('one.csv', FILE_1)], {
        period: 2019,
        kind: 'measurements',
        actor: 'ministry',
      });
      const two = await ingestFiles(database, [dir.write('two.csv', FILE_2)], {
        period: 2019,
        kind: 'measurements',
        actor: 'ministry',
      });
      const before = await cells(database);
      expect(before).toHaveLength(7);
      const fix = await ingestFiles(database, [dir.write('corrected.csv', CORRECTION)], {
        period: 2019,
        kind: 'measurements',
        replace: true,
        actor: 'smolensk-office',
      });
      expect(fix.changes).toEqual({ new: 0, changed: 1, removed: 0, unchanged: 0 });
      const after = await cells(database);
      const key = (c: Cell) => [c.region_code, c.service_id, c.indicator_id].join('/');
      const corrected = 'RU-SMO/marriage_registration/info_complete';
      expect(after.filter((c) => key(c) !== corrected)).toEqual(before.filter((c) => key(c) !== corrected));
      expect(after.find((c) => key(c) === corrected)).toEqual({
        period: 2019,
        region_code: 'RU-SMO',
        service_id: 'marriage_registration',
        indicator_id: 'info_complete',
        value: 82.5,
        batch_id: fix.batchId,
      });
      const history = await rows(
        database,
        `SELECT region_code, service_id, indicator_id, old_value, new_value, old_batch_id::text AS old_batch,
        new_batch_id::text AS new_batch, changed_by, changed_at IS NOT NULL AS dated FROM measurement_revision`,
      );
      expect(history).toEqual([
        {
          region_code: 'RU-SMO',
          service_id: 'marriage_registration',
          indicator_id: 'info_complete',
          old_value: 80,
          new_value: 82.5,
          old_batch: one.batchId,
          new_batch: fix.batchId,
          changed_by: 'smolensk-office',
          dated: true,
        },
      ]);
      // Both earlier batches stay committed: they still hold every other value.
      const statuses = await rows<{ id: string; status: string }>(
        database,
        'SELECT id::text AS id, status FROM ingest_batch ORDER BY id',
      );
      expect(statuses).toEqual([
        { id: one.batchId, status: 'committed' },
        { id: two.batchId, status: 'committed' },
        { id: fix.batchId, status: 'committed' },
      ]);
    } finally {
      await database.close();
    }
  });

  test('the history of a period shows the corrected cell with both values, batches and who; other regions have none', async () => {
    const database = await open();
    try {
      const one = await ingestFiles(database, [dir.write('one.csv', FILE_1)], {
        period: 2019,
        kind: 'measurements',
        actor: 'ministry',
      });
      const fix = await ingestFiles(database, [dir.write('corrected.csv', CORRECTION)], {
        period: 2019,
        kind: 'measurements',
        replace: true,
        actor: 'smolensk-office',
      });
      const history = await readCellHistory(database.db, { period: 2019, regionCode: 'RU-SMO' });
      expect(history.map(({ changedAt, ...rest }) => rest)).toEqual([
        {
          kind: 'measurements',
          period: 2019,
          regionCode: 'RU-SMO',
          cell: 'marriage_registration / info_complete',
          oldValue: 80,
          newValue: 82.5,
          oldBatchId: Number(one.batchId),
          newBatchId: Number(fix.batchId),
          changedBy: 'smolensk-office',
        },
      ]);
      expect(historyLine(history[0])).toMatch(
        new RegExp(
          `RU-SMO  measurements  marriage_registration / info_complete: 80 → 82.5  \\(batch ${one.batchId} → ${fix.batchId}, by smolensk-office\\)$`,
        ),
      );
      expect(await readCellHistory(database.db, { period: 2019, regionCode: 'RU-TA' })).toEqual([]);
      expect(await readCellHistory(database.db, { period: 2018 })).toEqual([]);
    } finally {
      await database.close();
    }
  });

  test("an application-log resubmission replaces that region's applications of that period only", async () => {
    const header = 'application_id,region,oktmo,service,channel,submitted_at,decided_at,outcome,deadline_days';
    const log = [
      header,
      'S1,RU-SMO,66701000,marriage_registration,portal,2019-03-01T10:00:00Z,2019-03-05T10:00:00Z,issued,30',
      'S2,RU-SMO,66701000,marriage_registration,mfc,2019-03-02T10:00:00Z,2019-03-09T10:00:00Z,refused,30',
      'T1,RU-TA,92701000,marriage_registration,portal,2019-04-01T10:00:00Z,2019-04-03T10:00:00Z,issued,30',
    ].join('\n');
    const database = await open();
    try {
      await ingestFiles(database, [dir.write('log.csv', log)], { period: 2019, kind: 'applications' });
      const other = await ingestFiles(database, [dir.write('log-2020.csv', log.replace(/2019-/g, '2020-'))], {
        period: 2020,
        kind: 'applications',
      });
      const apps = () =>
        rows<{ year: number; region_code: string; application_id: string; outcome: string; batch_id: string }>(
          database,
          'SELECT year, region_code, application_id, outcome, batch_id::text AS batch_id FROM application ORDER BY 1, 2, 3',
        );
      const before = await apps();
      // Smolensk resends 2019: S2 was in fact issued, and S3 was missing.
      const resent = [
        header,
        'S1,RU-SMO,66701000,marriage_registration,portal,2019-03-01T10:00:00Z,2019-03-05T10:00:00Z,issued,30',
        'S2,RU-SMO,66701000,marriage_registration,mfc,2019-03-02T10:00:00Z,2019-03-09T10:00:00Z,issued,30',
        'S3,RU-SMO,66701000,marriage_registration,paper,2019-05-02T10:00:00Z,,,30',
      ].join('\n');
      const fix = await ingestFiles(database, [dir.write('smolensk.csv', resent)], {
        period: 2019,
        kind: 'applications',
        replace: true,
      });
      expect(fix.replaced).toEqual([{ region: 'RU-SMO', before: 2, after: 3 }]);
      const after = await apps();
      const untouched = (a: { year: number; region_code: string }) => a.year !== 2019 || a.region_code !== 'RU-SMO';
      expect(after.filter(untouched)).toEqual(before.filter(untouched));
      expect(after.filter((a) => !untouched(a)).map((a) => [a.application_id, a.outcome, a.batch_id])).toEqual([
        ['S1', 'issued', fix.batchId],
        ['S2', 'issued', fix.batchId],
        ['S3', null, fix.batchId],
      ]);
      expect(other.status).toBe('committed');
      // Tatarstan's derived refusal share of 2019 is untouched; Smolensk's went from 50 to 0, with history.
      const refusal = await rows(
        database,
        `SELECT region_code, value FROM measurement WHERE period = 2019 AND indicator_id = 'refusal_share' ORDER BY 1`,
      );
      expect(refusal).toEqual([
        { region_code: 'RU-SMO', value: 0 },
        { region_code: 'RU-TA', value: 0 },
      ]);
      expect(
        await rows(
          database,
          `SELECT region_code, old_value, new_value FROM measurement_revision WHERE indicator_id = 'refusal_share'`,
        ),
      ).toEqual([{ region_code: 'RU-SMO', old_value: 50, new_value: 0 }]);
    } finally {
      await database.close();
    }
  });

  test("a year without a partition gets one inside the ingest's transaction", async () => {
    const database = await open();
    try {
      const log =
        'application_id,region,oktmo,service,channel,submitted_at,deadline_days\nF1,RU-SMO,66701000,marriage_registration,portal,2041-02-01T10:00:00Z,30\n';
      const summary = await ingestFiles(database, [dir.write('future.csv', log)], {
        period: 2041,
        kind: 'applications',
      });
      expect(summary).toMatchObject({ status: 'committed', rowsRead: 1, rowsAccepted: 1 });
      expect(await rows(database, 'SELECT year, application_id FROM application_y2041')).toEqual([
        { year: 2041, application_id: 'F1' },
      ]);
    } finally {
      await database.close();
    }
  });
});
