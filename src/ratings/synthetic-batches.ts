/**
 * Whether a run's inputs include synthetic data: a run rated from any synthetic batch is synthetic. A batch is
 * synthetic when it was ingested as such (`ingest_batch.synthetic`, set explicitly: the demo's files, or
 * `egov ingest --synthetic`), never inferred from a file name.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';

export async function anySyntheticBatch(db: Kysely<DB>, batchIds: readonly string[]): Promise<boolean> {
  const ids = [...new Set(batchIds)];
  if (ids.length === 0) return false;
  const row = await db
    .selectFrom('ingest_batch')
    .select('id')
    .where('id', 'in', ids)
    .where('synthetic', '=', true)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
