/**
 * A bulk write on PGlite with the foreign keys of its table checked once, set-based, after the write, instead of
 * row by row. PostgreSQL checks a foreign key with a trigger per written row (one lookup query each); on PGlite,
 * where every statement runs in WebAssembly on the caller's thread, those checks were most of the cost of a COPY of
 * application rows (100k rows: 3 to 5 s of CPU with them, about 1.5 s without). Here the write runs with
 * `session_replication_role = replica` (transaction-local: row triggers do not fire), then the setting is restored and
 * every foreign key of the table is checked in one scan of the rows this transaction wrote (`age(xmin) <= 0`:
 * the transaction's own id or one of its subtransactions'), as PostgreSQL itself validates a foreign key added to a
 * filled table. A missing key fails the transaction with the error PostgreSQL raises for it (SQLSTATE 23503, the
 * same message and detail), so nothing is stored that the per-row check would have refused.
 *
 * Only the write itself runs without triggers: the audit triggers of other tables (ingest_batch, rating_run) fire as
 * before on the statements around it. PGlite has a single connection, which the caller's transaction holds, so no
 * other statement can run in between. On PostgreSQL the write runs as it is (the role needs superuser there).
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from './connect.js';
import type { DB } from './tables.js';

interface ForeignKey {
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
}

/** Runs `write` (statements in `tx` that fill `table`), on PGlite with the foreign keys of `table` checked after it. */
export async function withSetBasedForeignKeys<T>(
  database: Database,
  tx: Transaction<DB>,
  table: string,
  write: () => Promise<T>,
): Promise<T> {
  if (database.kind !== 'pglite') return write();
  const { rows } = await sql<{ role: string }>`SELECT current_setting('session_replication_role') AS role`.execute(tx);
  await sql`SELECT set_config('session_replication_role', 'replica', true)`.execute(tx);
  // A failed write aborts the transaction, which rolls back and ends the local setting with it.
  const result = await write();
  await sql`SELECT set_config('session_replication_role', ${rows[0]!.role}, true)`.execute(tx);
  await checkForeignKeys(tx, table, await foreignKeysOf(tx, table));
  return result;
}

async function foreignKeysOf(tx: Transaction<DB>, table: string): Promise<ForeignKey[]> {
  const columnsOf = (keys: string, relation: string) => sql`array(
    SELECT a.attname::text FROM unnest(c.${sql.raw(keys)}) WITH ORDINALITY AS k (attnum, i)
    JOIN pg_attribute a ON a.attrelid = c.${sql.raw(relation)} AND a.attnum = k.attnum ORDER BY k.i)`;
  const { rows } = await sql<ForeignKey>`
    SELECT c.conname::text AS name, ${columnsOf('conkey', 'conrelid')} AS columns,
      c.confrelid::regclass::text AS "refTable", ${columnsOf('confkey', 'confrelid')} AS "refColumns"
    FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = ${table}::regclass ORDER BY c.conname`.execute(tx);
  return rows;
}

/**
 * One scan of the rows this transaction wrote for every key (MATCH SIMPLE, as the schema's keys: a row with a null in
 * any column of a key is not checked against it); throws for the first row found with a missing key.
 */
async function checkForeignKeys(tx: Transaction<DB>, table: string, keys: readonly ForeignKey[]): Promise<void> {
  if (keys.length === 0) return;
  const column = (alias: string, name: string) => sql.ref(`${alias}.${name}`);
  const missing = keys.map((key) => {
    const notNull = key.columns.map((c) => sql`${column('t', c)} IS NOT NULL`);
    const matches = key.columns.map((c, i) => sql`${column('r', key.refColumns[i]!)} = ${column('t', c)}`);
    return sql<boolean>`(${sql.join(notNull, sql` AND `)}
      AND NOT EXISTS (SELECT 1 FROM ${sql.table(key.refTable)} AS r WHERE ${sql.join(matches, sql` AND `)}))`;
  });
  const values = keys.map((key) => sql`array[${sql.join(key.columns.map((c) => sql`${column('t', c)}::text`))}]`);
  const { rows } = await sql<{ relation: string; missing: boolean[]; values: string }>`
    SELECT t.tableoid::regclass::text AS relation, array[${sql.join(missing)}] AS missing,
      json_build_array(${sql.join(values)})::text AS values
    FROM ${sql.table(table)} AS t
    WHERE age(t.xmin) <= 0 AND (${sql.join(missing, sql` OR `)})
    LIMIT 1`.execute(tx);
  const row = rows[0];
  if (!row) return;
  const index = row.missing.indexOf(true);
  const key = keys[index]!;
  const keyValues = (JSON.parse(row.values) as string[][])[index]!;
  throw Object.assign(
    new Error(`insert or update on table "${row.relation}" violates foreign key constraint "${key.name}"`),
    {
      code: '23503',
      detail: `Key (${key.columns.join(', ')})=(${keyValues.join(', ')}) is not present in table "${key.refTable}".`,
      table: row.relation,
      constraint: key.name,
    },
  );
}
