/**
 * Opens the database: embedded PGlite by default (a data directory, or in memory with "memory://"), PostgreSQL
 * through `pg` when a connection string is given. The same Kysely<DB> runs on both; `raw` exposes the driver for
 * the few paths that need it (COPY).
 */
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import type { DB } from './tables.js';

export type Database =
  | { readonly kind: 'pglite'; readonly db: Kysely<DB>; readonly pglite: PGlite; close(): Promise<void> }
  | { readonly kind: 'postgres'; readonly db: Kysely<DB>; readonly pool: pg.Pool; close(): Promise<void> };

export interface ConnectOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  readonly databaseUrl?: string;
  /** PGlite data directory, or "memory://" (default). */
  readonly dataDir?: string;
  /** An existing PGlite instance (e.g. a clone of a migrated template in tests). */
  readonly pglite?: PGlite;
}

// numeric -> string stays (exact money); int8 (bigserial ids, counts) -> string stays; nothing to configure.
export async function connect(options: ConnectOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle client whose connection the server ends (restart, terminated backend) is dropped from the pool; without
    // a listener pg would raise it as an unhandled error and bring the whole process down.
    pool.on('error', (error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`, 'DatabaseWarning'));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { kind: 'postgres', db, pool, close: () => db.destroy() };
  }
  const pglite = options.pglite ?? (await openPglite(options.dataDir ?? 'memory://'));
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    kind: 'pglite',
    db,
    pglite,
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function openPglite(dataDir: string): Promise<PGlite> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir);
}
