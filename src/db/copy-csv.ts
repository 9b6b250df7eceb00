/**
 * Streams CSV lines into a table with COPY, inside a Kysely transaction the caller holds, on that transaction's own
 * connection:
 * - PostgreSQL: the pool client the transaction runs on (found by its backend process id, see `connect`) receives
 *   the lines through pg-copy-streams (constant memory).
 * - PGlite: there is one connection, and the dialect's driver hands it to one transaction at a time (every other
 *   request waits for it). PGlite has no COPY FROM STDIN, so lines are gathered into chunks of `PGLITE_COPY_CHUNK`
 *   characters, each COPY'd from '/dev/blob' on that connection while the transaction holds it (memory bounded by
 *   the chunk). The table's foreign keys are checked once after the COPY, set-based (set-based-foreign-keys.ts).
 * `lines` are pieces of CSV text made of whole lines (a single line each, or several). Returns the number of pieces.
 */
import { type Transaction, sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database } from './connect.js';
import { withSetBasedForeignKeys } from './set-based-foreign-keys.js';
import type { DB } from './tables.js';

const PGLITE_COPY_CHUNK = 8 * 1024 * 1024;
const PG_STREAM_CHUNK = 256 * 1024;

export async function copyCsv(
  database: Database,
  tx: Transaction<DB>,
  table: string,
  columns: readonly string[],
  lines: AsyncIterable<string>,
): Promise<number> {
  if (!tx.isTransaction) throw new Error('copyCsv runs inside a transaction only');
  if (database.kind === 'pglite') {
    const text = `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`;
    const { pglite } = database;
    return withSetBasedForeignKeys(database, tx, table, async () => {
      let count = 0;
      for await (const chunk of gather(lines, PGLITE_COPY_CHUNK)) {
        await pglite.query(text, [], { blob: new Blob([chunk.text]) });
        count += chunk.lines;
      }
      return count;
    });
  }
  const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(tx);
  const client = database.clientOf(rows[0].pid);
  if (!client) throw new Error(`no pool client for backend ${rows[0].pid}: the transaction's connection is unknown`);
  let count = 0;
  const counted = async function* () {
    for await (const chunk of gather(lines, PG_STREAM_CHUNK)) {
      count += chunk.lines;
      yield chunk.text;
    }
  };
  const sink = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`));
  await pipeline(Readable.from(counted(), { objectMode: false }), sink);
  return count;
}

/** Joins lines into chunks of about `size` characters. */
async function* gather(lines: AsyncIterable<string>, size: number): AsyncGenerator<{ text: string; lines: number }> {
  let parts: string[] = [];
  let length = 0;
  for await (const line of lines) {
    parts.push(line);
    length += line.length;
    if (length >= size) {
      yield { text: parts.join(''), lines: parts.length };
      parts = [];
      length = 0;
    }
  }
  if (parts.length > 0) yield { text: parts.join(''), lines: parts.length };
}
