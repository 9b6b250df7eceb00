/**
 * The database the demo runs on, migrated and empty: a fresh PGlite directory (emptied first) by default, or the
 * PostgreSQL database DATABASE_URL names. A PostgreSQL database that already holds rows in any egov-monitor table is
 * refused (InputError, nothing written) unless `emptyFirst` is set: then every egov-monitor table is dropped (all
 * migrations down) and created again. Other tables of that database are never touched.
 */
import { rm } from 'node:fs/promises';
import { sql } from 'kysely';
import { connect, type Database } from '../db/connect.js';
import { migrateDownAll, migrateToLatest } from '../db/migrate.js';
import { TABLES } from '../db/tables.js';
import { InputError } from '../errors.js';

export type DemoDatabaseTarget =
  | { readonly kind: 'pglite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly databaseUrl: string; readonly emptyFirst: boolean };

export async function openDemoDatabase(target: DemoDatabaseTarget): Promise<Database> {
  if (target.kind === 'pglite') await rm(target.dataDir, { recursive: true, force: true });
  const database =
    target.kind === 'pglite'
      ? await connect({ dataDir: target.dataDir })
      : await connect({ databaseUrl: target.databaseUrl });
  try {
    if (target.kind === 'postgres') {
      const filled = await tablesWithRows(database);
      if (filled.length > 0 && !target.emptyFirst) {
        throw new InputError(
          `the database DATABASE_URL names already holds data (${filled.join(', ')}): the demo refuses to mix its SYNTHETIC ` +
            'data into it. Run `egov demo --empty-database` to drop every egov-monitor table there first (their data is lost), ' +
            'point DATABASE_URL at an empty database, or unset it for the embedded one',
        );
      }
      if (await isMigrated(database)) await migrateDownAll(database.db);
    }
    await migrateToLatest(database.db);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** `table: N rows` for every egov-monitor table that exists in the current schema and is not empty. */
async function tablesWithRows(database: Database): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`.execute(database.db);
  const present = new Set(rows.map((r) => r.table_name));
  const filled: string[] = [];
  for (const table of TABLES.filter((t) => present.has(t))) {
    const count = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(database.db);
    const n = Number(count.rows[0].n);
    if (n > 0) filled.push(`${table}: ${n} rows`);
  }
  return filled;
}

async function isMigrated(database: Database): Promise<boolean> {
  const { rows } = await sql<{ n: string }>`
    SELECT count(*) AS n FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_name = 'kysely_migration'`.execute(database.db);
  return Number(rows[0].n) > 0;
}
