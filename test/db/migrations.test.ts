import { sql } from 'kysely';
import { migrateDownAll, migrateDownOne, migrateToLatest } from '../../src/db/migrate.js';
import { TABLES } from '../../src/db/tables.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { COHERENCE_FLAGS } from '../../src/core/analysis/coherence-flags.js';
import { describeEachDatabase } from '../support/database.js';

async function tableNames(db: Parameters<typeof migrateToLatest>[0]): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely_%' AND table_name NOT LIKE 'application_y%'`.execute(
    db,
  );
  return rows.map((r) => r.table_name).sort();
}

describeEachDatabase('migrations on $name', ({ open }) => {
  test('the template holds every table of the data model', async () => {
    const database = await open();
    try {
      expect(await tableNames(database.db)).toEqual([...TABLES].sort());
    } finally {
      await database.close();
    }
  });

  test('every migration goes down and up again, leaving the same schema', async () => {
    const database = await open();
    try {
      await database.db.deleteFrom('indicator').execute();
      await database.db.deleteFrom('service').execute();
      await database.db.deleteFrom('stage').execute();
      await database.db.deleteFrom('region').execute();
      await database.db.deleteFrom('federal_district').execute();
      const before = await tableNames(database.db);
      const downOne = await migrateDownOne(database.db);
      expect(downOne).toHaveLength(1);
      const down = await migrateDownAll(database.db);
      expect(down.length + downOne.length).toBe(Object.keys(MIGRATIONS).length);
      expect(await tableNames(database.db)).toEqual([]);
      await migrateToLatest(database.db);
      expect(await tableNames(database.db)).toEqual(before);
    } finally {
      await database.close();
    }
  });

  test('coherence_flag accepts exactly the flags the coherence audit produces (no low-alpha)', async () => {
    const database = await open();
    try {
      const { rows } = await sql<{ definition: string }>`
        SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE conrelid = 'coherence_flag'::regclass AND conname = 'coherence_flag_flag_check'`.execute(database.db);
      expect(rows).toHaveLength(1);
      const accepted = [...rows[0].definition.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort();
      expect(accepted).toEqual(['collinear', 'negative-with-parent', 'undefined-correlation', 'weak-with-parent']);
      expect(accepted).toEqual([...COHERENCE_FLAGS].sort());
    } finally {
      await database.close();
    }
  });

  test('application logs are partitioned by year and reject a row outside the partitions', async () => {
    const database = await open();
    try {
      const { rows } = await sql<{ n: string }>`
        SELECT count(*) AS n FROM pg_inherits WHERE inhparent = 'application'::regclass`.execute(database.db);
      expect(Number(rows[0].n)).toBeGreaterThanOrEqual(10);
      const batch = await database.db
        .insertInto('ingest_batch')
        .values({ kind: 'applications', period: 2018, content_sha256: 'a'.repeat(64), source_name: 't' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const row = {
        region_code: 'RU-SMO',
        application_id: 'x1',
        oktmo: '66701000',
        service_id: 'marriage_registration',
        channel: 'portal' as const,
        submitted_at: '2099-01-01T00:00:00Z',
        deadline_days: 30,
        batch_id: batch.id,
      };
      await expect(
        database.db
          .insertInto('application')
          .values({ ...row, year: 2099 })
          .execute(),
      ).rejects.toThrow(/partition/);
    } finally {
      await database.close();
    }
  });

  test('constraints in the database refuse out-of-range values and unknown regions', async () => {
    const database = await open();
    try {
      const batch = await database.db
        .insertInto('ingest_batch')
        .values({ kind: 'measurements', period: 2018, content_sha256: 'b'.repeat(64), source_name: 't' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const row = {
        period: 2018,
        region_code: 'RU-SMO',
        service_id: 'hunting_licence',
        indicator_id: 'info_complete',
        value: 50,
        batch_id: batch.id,
      };
      await database.db.insertInto('measurement').values(row).execute();
      await expect(database.db.insertInto('measurement').values(row).execute()).rejects.toThrow(/duplicate key/);
      await expect(
        database.db
          .insertInto('measurement')
          .values({ ...row, region_code: 'RU-XXX' })
          .execute(),
      ).rejects.toThrow(/foreign key/);
      await expect(
        database.db
          .insertInto('api_token')
          .values({ token_prefix: 'abcdef', token_hash: 'h', salt: 's', role: 'regional', region_code: null })
          .execute(),
      ).rejects.toThrow(/check constraint/);
    } finally {
      await database.close();
    }
  });
});
