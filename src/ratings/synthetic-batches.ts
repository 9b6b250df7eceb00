/**
 * Whether a run's inputs include synthetic data: a run rated from any synthetic batch is synthetic. A batch is
 * synthetic when its source file name starts "SYNTHETIC-" (the demo names every synthetic file so; see
 * src/programme/read-synthetic.ts for the same rule on programme inputs).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { SYNTHETIC_FILE_PATTERN } from '../programme/read-synthetic.js';

export async function anySyntheticBatch(db: Kysely<DB>, batchIds: readonly string[]): Promise<boolean> {
  const ids = [...new Set(batchIds)];
  if (ids.length === 0) return false;
  const row = await db.selectFrom('ingest_batch').select('id').where('id', 'in', ids)
    .where(sql<boolean>`source_name ~ ${SYNTHETIC_FILE_PATTERN}`).limit(1).executeTakeFirst();
  return row !== undefined;
}
