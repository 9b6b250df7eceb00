/**
 * A COPY into a table with foreign keys refuses a row whose key is missing with PostgreSQL's own error (SQLSTATE
 * 23503, message and detail), stores nothing of the failed transaction, and stores the rows when every key is
 * present: on PostgreSQL through the per-row triggers, on PGlite through the set-based check after the COPY
 * (src/db/set-based-foreign-keys.ts), which must not leave the triggers off for the rest of the transaction.
 */
import { sql } from 'kysely';
import type { Database } from '../../src/db/connect.js';
import { copyCsv } from '../../src/db/copy-csv.js';
import { describeEachDatabase } from '../support/database.js';

const COLUMNS = [
  'year',
  'region_code',
  'application_id',
  'oktmo',
  'service_id',
  'channel',
  'submitted_at',
  'deadline_days',
  'batch_id',
];
const row = (id: string, region: string, service: string, batch: string) =>
  `2017,${region},${id},66701000,${service},portal,2017-03-01T10:00:00Z,30,${batch}\n`;

async function* pieces(...lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

async function newBatch(database: Database): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO ingest_batch (kind, period, content_sha256, source_name)
    VALUES ('applications', 2017, ${'a'.repeat(64)}, 'test') RETURNING id`.execute(database.db);
  return rows[0]!.id;
}

const stored = async (database: Database) =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM application`.execute(database.db)).rows[0]!.n;

describeEachDatabase('foreign keys of a COPY on $name', ({ open }) => {
  let database: Database;
  let batch: string;
  beforeAll(async () => {
    database = await open();
    batch = await newBatch(database);
  });
  afterAll(async () => database.close());

  test('stores the rows when every key is present, and row triggers fire again after the COPY', async () => {
    const role = await database.db.transaction().execute(async (tx) => {
      await copyCsv(
        database,
        tx,
        'application',
        COLUMNS,
        pieces(
          row('A1', 'RU-TUL', 'marriage_registration', batch),
          row('A2', 'RU-SMO', 'marriage_registration', batch),
        ),
      );
      const { rows } = await sql<{ role: string }>`SELECT current_setting('session_replication_role') AS role`.execute(
        tx,
      );
      return rows[0]!.role;
    });
    expect(role).toBe('origin');
    expect(await stored(database)).toBe(2);
  });

  test.each([
    [
      'an unknown region',
      'RU-XXX',
      'marriage_registration',
      null,
      'application_region_code_fkey',
      '(region_code)=(RU-XXX)',
      'region',
    ],
    [
      'an unknown service',
      'RU-TUL',
      'no_such_service',
      null,
      'application_service_id_fkey',
      '(service_id)=(no_such_service)',
      'service',
    ],
    [
      'an unknown batch',
      'RU-TUL',
      'marriage_registration',
      '999999',
      'application_batch_id_fkey',
      '(batch_id)=(999999)',
      'ingest_batch',
    ],
  ])(
    'refuses %s with PostgreSQL’s error and stores nothing',
    async (_what, region, service, badBatch, constraint, key, table) => {
      const before = await stored(database);
      const copy = database.db
        .transaction()
        .execute(async (tx) =>
          copyCsv(
            database,
            tx,
            'application',
            COLUMNS,
            pieces(row('B1', 'RU-TUL', 'marriage_registration', batch), row('B2', region, service, badBatch ?? batch)),
          ),
        );
      await expect(copy).rejects.toMatchObject({
        code: '23503',
        message: `insert or update on table "application_y2017" violates foreign key constraint "${constraint}"`,
        detail: `Key ${key} is not present in table "${table}".`,
      });
      expect(await stored(database)).toBe(before);
    },
  );
});
