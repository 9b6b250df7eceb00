import { InputError } from '../../src/cli/errors.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { IngestRejectedError } from '../../src/ingest/rejected-error.js';
import { describeEachDatabase } from '../support/database.js';
import { counts, rows, tempDir, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const HEADER =
  'application_id,region,oktmo,service,channel,submitted_at,registered_at,interagency_sent_at,interagency_answered_at,decided_at,delivered_at,outcome,deadline_days,rating';
// One region × service, four applications; the derived values below are worked out by hand from these rows.
const LOG = [
  HEADER,
  'A1,RU-SMO,66701000,marriage_registration,portal,2017-03-01T10:00:00Z,,2017-03-02T10:00:00Z,2017-03-04T10:00:00Z,2017-03-11T10:00:00Z,2017-03-12T10:00:00Z,issued,30,5',
  'A2,Смоленская обл.,66701000,marriage_registration,МФЦ,01.03.2017 10:00,,,,01.05.2017 10:00,,отказ,30,3',
  'A3,RU-SMO,66701000,marriage_registration,portal,2017-03-01 10:00,,,,,,,30,',
  'A4,RU-SMO,66612000,marriage_registration,mobile_office,2017-03-01T10:00:00Z,,2017-03-01T10:00:00Z,2017-03-05T10:00:00Z,2017-03-21T10:00:00Z,2017-03-24T10:00:00Z,issued,15,4',
].join('\n');

/*
 * decision days: A1 10, A2 61 (1 March → 1 May), A4 20; A3 undecided → sorted [10, 20, 61]
 *   median 20; p90 (type 7): h = (3 − 1)·0.9 = 1.8 → 20 + 0.8·(61 − 20) = 52.8
 *   within deadline: A1 (10 ≤ 30) yes, A2 (61 > 30) no, A4 (20 > 15) no → 100·1/3
 * portal share 2 of 4 = 50; SMEV answers [2, 4] → median 3; delivery [1, 3] → median 2
 * outcomes given 3, refused 1 → 100/3; ratings 5, 3, 4 → mean 4
 */
const EXPECTED: Record<string, number> = {
  applications_count: 4,
  e_application_share: 50,
  smev_response_days: 3,
  decision_median_days: 20,
  decision_p90_days: 52.8,
  deadline_compliance: 100 / 3,
  refusal_share: 100 / 3,
  delivery_days: 2,
  citizen_rating: 4,
};

const derived = async (database: Parameters<typeof rows>[0]) =>
  Object.fromEntries(
    (
      await rows<{ indicator_id: string; value: number }>(
        database,
        `SELECT indicator_id, value FROM measurement WHERE origin = 'derived' AND region_code = 'RU-SMO'`,
      )
    ).map((r) => [r.indicator_id, r.value]),
  );

describeEachDatabase('ingest applications on $name', ({ open }) => {
  test('the log is stored by COPY and stage indicators and channel volumes are derived with lineage', async () => {
    const database = await open();
    try {
      const summary = await ingestFiles(database, [dir.write('log.csv', LOG)], { period: 2017, kind: 'applications' });
      expect(summary).toMatchObject({ status: 'committed', rowsRead: 4, rowsAccepted: 4, rowsRejected: 0 });
      const values = await derived(database);
      expect(Object.keys(values).sort()).toEqual(Object.keys(EXPECTED).sort());
      for (const [id, value] of Object.entries(EXPECTED)) expect(values[id]).toBeCloseTo(value, 9);
      const lineage = await rows<{ parent: string; n: string }>(
        database,
        `SELECT b.parent_batch_id::text AS parent, count(m.*)::text AS n FROM ingest_batch b JOIN measurement m ON m.batch_id = b.id
         WHERE b.kind = 'derived' AND b.status = 'committed' GROUP BY 1`,
      );
      expect(lineage).toEqual([{ parent: summary.batchId, n: '9' }]);
      const volumes = await rows<{ oktmo: string; channel: string; applications: number; documents_issued: number }>(
        database,
        'SELECT oktmo, channel, applications, documents_issued FROM channel_volume ORDER BY oktmo, channel',
      );
      expect(volumes).toEqual([
        { oktmo: '66612000', channel: 'mobile_office', applications: 1, documents_issued: 1 },
        { oktmo: '66701000', channel: 'mfc', applications: 1, documents_issued: 0 },
        { oktmo: '66701000', channel: 'portal', applications: 2, documents_issued: 1 },
      ]);
    } finally {
      await database.close();
    }
  });

  test('invalid rows are rejected with line and column, and nothing is written', async () => {
    const bad = [
      LOG,
      'B1,RU-SMO,66701000,marriage_registration,fax,2017-03-01T10:00:00Z,,,,,,,30,',
      'B2,RU-SMO,45000000,marriage_registration,portal,2017-03-01T10:00:00Z,,,,,,,30,',
      'B3,RU-SMO,66701000,marriage_registration,portal,2017-03-05T10:00:00Z,,,,2017-03-01T10:00:00Z,,,30,',
      'B4,RU-SMO,66701000,marriage_registration,portal,2016-12-31T10:00:00Z,,,,,,,30,',
      'B5,RU-SMO,66701000,marriage_registration,portal,2017-03-01T10:00:00Z,,,,,,,30,7',
    ].join('\n');
    const database = await open();
    try {
      const before = await counts(database);
      const error = await ingestFiles(database, [dir.write('bad.csv', bad)], {
        period: 2017,
        kind: 'applications',
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IngestRejectedError);
      expect((error as IngestRejectedError).summary.firstRejects.map((r) => [r.line, r.column])).toEqual([
        [6, 'channel'],
        [7, 'oktmo'],
        [8, 'decided_at'],
        [9, 'submitted_at'],
        [10, 'rating'],
      ]);
      expect(await counts(database)).toEqual(before);
    } finally {
      await database.close();
    }
  });

  test('a duplicate application id aborts the batch with a clear error', async () => {
    const database = await open();
    try {
      const before = await counts(database);
      const duplicated = `${LOG}\n${LOG.split('\n')[1]}`;
      const error = await ingestFiles(database, [dir.write('dup.csv', duplicated)], {
        period: 2017,
        kind: 'applications',
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/duplicate application id.*A1/);
      expect(await counts(database)).toEqual(before);
    } finally {
      await database.close();
    }
  });

  test('re-ingesting is a no-op; --replace replaces the regions of the file and records changed derived values', async () => {
    const database = await open();
    try {
      const file = dir.write('log.csv', LOG);
      const first = await ingestFiles(database, [file], { period: 2017, kind: 'applications' });
      const snapshot = await counts(database);
      expect(await ingestFiles(database, [file], { period: 2017, kind: 'applications' })).toMatchObject({
        status: 'unchanged',
        batchId: first.batchId,
      });
      expect(await counts(database)).toEqual(snapshot);
      // A2 becomes issued: refusal share 1/3 → 0 of 3.
      const replaced = await ingestFiles(database, [dir.write('log2.csv', LOG.replace('отказ', 'issued'))], {
        period: 2017,
        kind: 'applications',
        replace: true,
      });
      expect(replaced.replaced).toEqual([{ region: 'RU-SMO', before: 4, after: 4 }]);
      expect((await derived(database)).refusal_share).toBe(0);
      const revisions = await rows<{ indicator_id: string; old_value: number; new_value: number }>(
        database,
        'SELECT indicator_id, old_value, new_value FROM measurement_revision',
      );
      expect(revisions).toHaveLength(1);
      expect(revisions[0].indicator_id).toBe('refusal_share');
      expect(revisions[0].old_value).toBeCloseTo(100 / 3, 9);
      expect(revisions[0].new_value).toBe(0);
      const [{ n }] = await rows<{ n: string }>(database, 'SELECT count(*)::text AS n FROM application');
      expect(n).toBe('4');
    } finally {
      await database.close();
    }
  });

  test('an ingest that fails in the middle of the COPY leaves no batch and no rows', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 6000; i++)
      lines.push(
        `X${i},RU-SMO,66701000,marriage_registration,portal,2017-03-01T10:00:00Z,,,,2017-03-02T10:00:00Z,,issued,30,5`,
      );
    const database = await open();
    try {
      const before = await counts(database);
      let clock = 0;
      let reports = 0;
      const run = ingestFiles(database, [dir.write('big.csv', lines.join('\n'))], {
        period: 2017,
        kind: 'applications',
        now: () => (clock += 1000),
        onProgress: () => {
          if (++reports === 5) throw new Error('killed mid-COPY');
        },
      });
      await expect(run).rejects.toThrow('killed mid-COPY');
      expect(reports).toBe(5); // 5 × 1024 rows read: on PostgreSQL several 256 KiB COPY chunks were already sent
      expect(await counts(database)).toEqual(before);
    } finally {
      await database.close();
    }
  });
});
