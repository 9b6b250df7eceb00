/**
 * Opens the database: embedded PGlite by default (a data directory, a new one made from a cached initialised one:
 * pglite-template.ts; or in memory with "memory://"), PostgreSQL
 * through `pg` when a connection string is given (any form libpq accepts: connection-string.ts, pg-config.ts). The
 * same Kysely<DB> runs on both, and every write goes through its transactions; COPY reaches the transaction's own
 * connection through src/db/copy-csv.ts. A PostgreSQL server that cannot be reached fails here, with a message
 * naming where the connection went and why it failed.
 */
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { parseConnectionString } from './connection-string.js';
import { pgTarget } from './pg-config.js';
import { openPgliteDirectory } from './pglite-template.js';
import type { DB } from './tables.js';
import { OperationalError } from '../errors.js';

export type Database =
  | { readonly kind: 'pglite'; readonly db: Kysely<DB>; readonly pglite: PGlite; close(): Promise<void> }
  | {
      readonly kind: 'postgres';
      readonly db: Kysely<DB>;
      readonly pool: pg.Pool;
      close(): Promise<void>;
      /** The checked-out pool client serving the given backend process id (a transaction's own connection, for COPY). */
      clientOf(backendPid: number): pg.PoolClient | undefined;
    };

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
    const target = pgTarget(parseConnectionString(options.databaseUrl));
    const pool = new pg.Pool({ ...target.config, max: 10 });
    // An idle client whose connection the server ends (restart, terminated backend) is dropped from the pool; without
    // a listener pg would raise it as an unhandled error and bring the whole process down.
    pool.on('error', (error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`, 'DatabaseWarning'));
    const checkedOut = new Map<number, pg.PoolClient>();
    const pid = (client: pg.PoolClient) => (client as unknown as { processID: number }).processID;
    pool.on('acquire', (client) => checkedOut.set(pid(client), client));
    pool.on('release', (_error, client) => checkedOut.delete(pid(client)));
    await checkConnection(pool, target.description);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      kind: 'postgres',
      db,
      pool,
      close: () => db.destroy(),
      clientOf: (backendPid) => checkedOut.get(backendPid),
    };
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
  return dataDir.startsWith('memory://') ? PGlite.create(dataDir) : openPgliteDirectory(dataDir);
}

/** Thrown when the PostgreSQL server cannot be reached or refuses the connection. */
export class ConnectionError extends OperationalError {
  override readonly name = 'ConnectionError';
}

async function checkConnection(pool: pg.Pool, description: string): Promise<void> {
  try {
    (await pool.connect()).release();
  } catch (error) {
    await pool.end();
    throw new ConnectionError(`cannot connect to PostgreSQL (DATABASE_URL: ${description}): ${reason(error)}`);
  }
}

/** The driver's reason; a refused connection to a name with several addresses is an AggregateError with no message. */
function reason(error: unknown): string {
  const errors = error instanceof AggregateError ? error.errors : [error];
  return [
    ...new Set(
      errors.map((e) => {
        const { message, code } = e as { message?: string; code?: string };
        if (code === 'ECONNREFUSED') return 'connection refused (is the server running and listening there?)';
        if (code === 'ENOENT') return 'no server socket there (is the server running? is the socket directory right?)';
        return message || code || String(e);
      }),
    ),
  ].join('; ');
}
