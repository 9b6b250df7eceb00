/**
 * Writes a batch's measurement cells (period, region, service, indicator) — exactly the cells the file holds, and
 * no other. Rows go to a temporary stage, each cell is compared with the stored one (see `CellChanges`), then:
 * - new cells are inserted;
 * - a changed value or a removal (the file's removal marker) is a correction: with `--replace` the stored value is
 *   updated or deleted and the change goes to `measurement_revision` (old value, new value, old and new batch, who,
 *   when); without `--replace` it is a reject ("already stored … use --replace"), so nothing is overwritten by
 *   accident;
 * - unchanged cells keep the batch that stored them.
 * Every other stored value — other regions, other services, cells the file does not mention — is left alone.
 */
import type { MeasurementRow } from '../rows/measurement-rows.js';
import type { Reject } from '../rows/reject.js';
import { NO_CHANGES, type CellChanges } from './cell-changes.js';
import type { Session } from './session.js';

export interface StoreContext {
  batchId: string;
  period: number;
  replace: boolean;
  actor: string;
}
export interface StoreResult {
  changes: CellChanges;
  conflicts: Reject[];
}

const KEYS = 'm.region_code = d.region_code AND m.service_id = d.service_id AND m.indicator_id = d.indicator_id';

async function stageMeasurements(session: Session, rows: readonly MeasurementRow[], period: number): Promise<void> {
  await session.query(`CREATE TEMP TABLE ingest_stage (file text, line int, region_code text, service_id text, indicator_id text,
    value float8) ON COMMIT DROP`);
  for (let i = 0; i < rows.length; i += 10_000) {
    const part = rows.slice(i, i + 10_000);
    await session.query(
      `INSERT INTO ingest_stage SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::float8[])`,
      [
        part.map((r) => r.file),
        part.map((r) => r.line),
        part.map((r) => r.region),
        part.map((r) => r.service),
        part.map((r) => r.indicator),
        part.map((r) => r.value),
      ],
    );
  }
  await session.query(
    `CREATE TEMP TABLE ingest_diff ON COMMIT DROP AS
    SELECT s.*, m.value AS old_value, m.batch_id AS old_batch_id,
      CASE WHEN s.value IS NULL THEN CASE WHEN m.value IS NULL THEN 'unchanged' ELSE 'removed' END
           WHEN m.value IS NULL THEN 'new' WHEN m.value = s.value THEN 'unchanged' ELSE 'changed' END AS change
    FROM ingest_stage s LEFT JOIN measurement m ON m.period = $1 AND m.region_code = s.region_code
      AND m.service_id = s.service_id AND m.indicator_id = s.indicator_id`,
    [period],
  );
}

/** Corrections found without --replace: each is a reject naming the stored value and its batch. */
async function conflicts(session: Session): Promise<Reject[]> {
  const rows = await session.query<{
    file: string;
    line: number;
    indicator_id: string;
    value: number | null;
    old_value: number;
    old_batch_id: string;
    change: string;
  }>(
    `SELECT file, line, indicator_id, value, old_value, old_batch_id::text AS old_batch_id, change FROM ingest_diff
     WHERE change IN ('changed', 'removed') ORDER BY file, line, indicator_id`,
  );
  return rows.map((r) => ({
    file: r.file,
    line: r.line,
    column: r.indicator_id,
    value: r.value === null ? 'remove' : String(r.value),
    reason:
      r.change === 'removed'
        ? `removing the stored value ${r.old_value} (batch ${r.old_batch_id}) is a correction: use --replace`
        : `already stored as ${r.old_value} by batch ${r.old_batch_id}; to correct it use --replace`,
  }));
}

export async function storeMeasurements(
  session: Session,
  rows: readonly MeasurementRow[],
  ctx: StoreContext,
): Promise<StoreResult> {
  await stageMeasurements(session, rows, ctx.period);
  const found = ctx.replace ? [] : await conflicts(session);
  if (found.length > 0)
    await session.query(`UPDATE ingest_diff SET change = 'conflict' WHERE change IN ('changed', 'removed')`);
  await session.query(
    `INSERT INTO measurement_revision (period, region_code, service_id, indicator_id, old_value, new_value, old_batch_id, new_batch_id, changed_by)
     SELECT $1, region_code, service_id, indicator_id, old_value, value, old_batch_id, $2, $3 FROM ingest_diff
     WHERE change IN ('changed', 'removed') ORDER BY region_code, service_id, indicator_id`,
    [ctx.period, ctx.batchId, ctx.actor],
  );
  await session.query(
    `UPDATE measurement m SET value = d.value, batch_id = $2, origin = 'ingested' FROM ingest_diff d
    WHERE m.period = $1 AND ${KEYS} AND d.change = 'changed'`,
    [ctx.period, ctx.batchId],
  );
  await session.query(
    `DELETE FROM measurement m USING ingest_diff d WHERE m.period = $1 AND ${KEYS} AND d.change = 'removed'`,
    [ctx.period],
  );
  // On PGlite the foreign keys of the new cells are checked once for the statement, not per row (session.filling).
  await session.filling('measurement', () =>
    session.query(
      `INSERT INTO measurement (period, region_code, service_id, indicator_id, value, origin, batch_id)
      SELECT $1, region_code, service_id, indicator_id, value, 'ingested', $2 FROM ingest_diff WHERE change = 'new'`,
      [ctx.period, ctx.batchId],
    ),
  );
  const counted = await session.query<{ change: keyof CellChanges; n: number }>(
    `SELECT change, count(*)::int AS n FROM ingest_diff WHERE change <> 'conflict' GROUP BY change`,
  );
  const changes = { ...NO_CHANGES };
  for (const { change, n } of counted) changes[change] = n;
  await session.query('DROP TABLE ingest_diff');
  await session.query('DROP TABLE ingest_stage');
  return { changes, conflicts: found };
}
