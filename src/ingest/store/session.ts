/**
 * One transaction on either database, with the two operations the ingest needs: parameterised queries and a
 * streaming CSV COPY. PostgreSQL streams through pg-copy-streams on one pool client (constant memory). PGlite has no
 * COPY FROM STDIN, so lines are gathered into chunks of `PGLITE_COPY_CHUNK` characters, each COPY'd from '/dev/blob'
 * (memory bounded by the chunk). Everything happens between BEGIN and COMMIT; any error, or a killed process, rolls
 * the whole batch back.
 */
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database } from '../../db/connect.js';

export interface Session {
  readonly kind: Database['kind'];
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** COPYs CSV lines (each ending in "\n") into the table's columns; returns the number of lines sent. */
  copyCsv(table: string, columns: readonly string[], lines: AsyncIterable<string>): Promise<number>;
}

const PGLITE_COPY_CHUNK = 8 * 1024 * 1024;
const PG_STREAM_CHUNK = 256 * 1024;

export async function inTransaction<T>(database: Database, work: (session: Session) => Promise<T>): Promise<T> {
  if (database.kind === 'pglite') return runPglite(database.pglite, work);
  const client = await database.pool.connect();
  try {
    return await runPostgres(client, work);
  } finally {
    client.release();
  }
}

async function runPglite<T>(pglite: PGlite, work: (session: Session) => Promise<T>): Promise<T> {
  const session: Session = {
    kind: 'pglite',
    query: async <R>(text: string, params: unknown[] = []) => (await pglite.query<R>(text, params)).rows,
    copyCsv: async (table, columns, lines) => {
      const sql = `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`;
      let count = 0;
      for await (const chunk of gather(lines, PGLITE_COPY_CHUNK)) {
        await pglite.query(sql, [], { blob: new Blob([chunk.text]) });
        count += chunk.lines;
      }
      return count;
    },
  };
  await pglite.exec('BEGIN');
  try {
    const result = await work(session);
    await pglite.exec('COMMIT');
    return result;
  } catch (error) {
    await pglite.exec('ROLLBACK');
    throw error;
  }
}

async function runPostgres<T>(client: pg.PoolClient, work: (session: Session) => Promise<T>): Promise<T> {
  const session: Session = {
    kind: 'postgres',
    query: async <R>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as R[],
    copyCsv: async (table, columns, lines) => {
      let count = 0;
      const counted = async function* () {
        for await (const chunk of gather(lines, PG_STREAM_CHUNK)) { count += chunk.lines; yield chunk.text; }
      };
      const sink = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`));
      await pipeline(Readable.from(counted(), { objectMode: false }), sink);
      return count;
    },
  };
  await client.query('BEGIN');
  try {
    const result = await work(session);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
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
