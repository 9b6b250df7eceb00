/**
 * The ingest's view of one Kysely transaction: parameterised SQL text and a streaming CSV COPY, both on the
 * transaction's own connection (see src/db/copy-csv.ts), and bulk writes whose foreign keys PGlite checks set-based
 * (src/db/set-based-foreign-keys.ts). `inTransaction` is `db.transaction().execute(...)`: commit
 * when the work returns, roll back when it throws (or when the process dies mid-way).
 */
import { CompiledQuery, type Transaction } from 'kysely';
import type { Database } from '../../db/connect.js';
import { copyCsv } from '../../db/copy-csv.js';
import { withSetBasedForeignKeys } from '../../db/set-based-foreign-keys.js';
import type { DB } from '../../db/tables.js';

export interface Session {
  readonly tx: Transaction<DB>;
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** COPYs CSV text (pieces of whole lines, each ending in "\n") into the table's columns; returns the pieces sent. */
  copyCsv(table: string, columns: readonly string[], lines: AsyncIterable<string>): Promise<number>;
  /** Runs statements that fill `table`; on PGlite its foreign keys are checked once after them, set-based. */
  filling<T>(table: string, write: () => Promise<T>): Promise<T>;
}

export function sessionOf(database: Database, tx: Transaction<DB>): Session {
  return {
    tx,
    query: async <R>(text: string, params: unknown[] = []) =>
      (await tx.executeQuery<R>(CompiledQuery.raw(text, params))).rows,
    copyCsv: (table, columns, lines) => copyCsv(database, tx, table, columns, lines),
    filling: (table, write) => withSetBasedForeignKeys(database, tx, table, write),
  };
}

export async function inTransaction<T>(database: Database, work: (session: Session) => Promise<T>): Promise<T> {
  return database.db.transaction().execute((tx) => work(sessionOf(database, tx)));
}
