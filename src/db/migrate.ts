/**
 * Runs the numbered migrations of /migrations up to the latest, or down by one or all. On a Citus coordinator,
 * migrating to the latest also places every table as src/db/citus-layout.ts lists (nothing happens elsewhere).
 */
import { type Kysely, type MigrationResult, Migrator, NO_MIGRATIONS } from 'kysely';
import { MIGRATIONS } from '../../migrations/index.js';
import { applyCitusLayout } from './citus-layout.js';
import type { DB } from './tables.js';

function migrator(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
}

function check(results: MigrationResult[] | undefined, error: unknown): MigrationResult[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const what = failed
      ? `migration ${failed.migrationName} failed`
      : 'migrating the database schema failed before any migration ran';
    throw new Error(`${what}: ${(error as Error).message || String(error)}`);
  }
  return results ?? [];
}

export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationResult[]> {
  const { results, error } = await migrator(db).migrateToLatest();
  const applied = check(results, error);
  await applyCitusLayout(db);
  return applied;
}

export async function migrateDownAll(db: Kysely<DB>): Promise<MigrationResult[]> {
  const { results, error } = await migrator(db).migrateTo(NO_MIGRATIONS);
  return check(results, error);
}

export async function migrateDownOne(db: Kysely<DB>): Promise<MigrationResult[]> {
  const { results, error } = await migrator(db).migrateDown();
  return check(results, error);
}
