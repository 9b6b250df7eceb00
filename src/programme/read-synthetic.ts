/**
 * Whether the inputs of a programme report include synthetic data. The demo writes every synthetic file with a
 * name starting "SYNTHETIC-" (src/demo), and a batch keeps its file name in `source_name`, so a committed
 * adoption, spending or application batch whose file name starts that way marks the report synthetic, as
 * does a rating run flagged `synthetic`. Adoption rows have no year filter here (every year feeds the trend).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/tables.js';

export const SYNTHETIC_FILE_PATTERN = '(^|[/\\\\])SYNTHETIC-';

/** True when a committed targets batch, or a spending/applications batch of `year`, comes from a SYNTHETIC- file. */
export async function hasSyntheticInputs(db: Kysely<DB>, year: number): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    SELECT EXISTS (
      SELECT 1 FROM ingest_batch
      WHERE status = 'committed' AND source_name ~ ${SYNTHETIC_FILE_PATTERN}
        AND (kind = 'targets' OR (kind IN ('spending', 'applications') AND period = ${year}))
    ) AS found`.execute(db);
  return rows[0]?.found === true;
}
