/**
 * Writes a batch's measurements. Rows go to a temporary stage first; then, with `--replace`, the superseded batches'
 * measurements are compared with the new ones (every changed, added or removed value goes to
 * `measurement_revision` with who and which batches) and deleted; rows whose key is still held by another committed
 * batch are rejects ("already stored"); the rest are inserted.
 */
import type { MeasurementRow } from '../rows/measurement-rows.js';
import type { Reject } from '../rows/reject.js';
import { batchesToSupersede, markSuperseded } from './batch-store.js';
import type { Session } from './session.js';

export interface StoreContext { batchId: string; period: number; replace: boolean; actor: string }
export interface StoreResult { inserted: number; superseded: string[]; revisions: number; storedDuplicates: Reject[] }

export async function stageMeasurements(session: Session, rows: readonly MeasurementRow[]): Promise<void> {
  await session.query(`CREATE TEMP TABLE ingest_stage (file text, line int, region_code text, service_id text, indicator_id text,
    value float8) ON COMMIT DROP`);
  for (let i = 0; i < rows.length; i += 10_000) {
    const part = rows.slice(i, i + 10_000);
    await session.query(`INSERT INTO ingest_stage SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::float8[])`, [
      part.map((r) => r.file), part.map((r) => r.line), part.map((r) => r.region), part.map((r) => r.service),
      part.map((r) => r.indicator), part.map((r) => r.value)]);
  }
}

/** Staged rows whose key another committed batch holds, as rejects (call after any --replace deletion). */
export async function storedDuplicates(session: Session, period: number): Promise<Reject[]> {
  const rows = await session.query<{ file: string; line: number; indicator_id: string; value: number; batch_id: string }>(
    `SELECT s.file, s.line, s.indicator_id, s.value, m.batch_id::text AS batch_id FROM ingest_stage s JOIN measurement m
     ON m.period = $1 AND m.region_code = s.region_code AND m.service_id = s.service_id AND m.indicator_id = s.indicator_id
     ORDER BY s.file, s.line`, [period]);
  return rows.map((r) => ({
    file: r.file, line: r.line, column: r.indicator_id, value: String(r.value),
    reason: `already stored by batch ${r.batch_id} for this period (use --replace to supersede it)`,
  }));
}

export async function storeMeasurements(session: Session, rows: readonly MeasurementRow[], ctx: StoreContext): Promise<StoreResult> {
  await stageMeasurements(session, rows);
  let superseded: string[] = [];
  let revisions = 0;
  if (ctx.replace) {
    const regions = [...new Set(rows.map((r) => r.region))];
    superseded = await batchesToSupersede(session, 'measurement', 'measurements', ctx.period, regions);
    if (superseded.length > 0) {
      const changed = await session.query<{ n: number }>(
        `WITH old AS (SELECT * FROM measurement WHERE batch_id = ANY($1::bigint[])),
         inserted AS (
           INSERT INTO measurement_revision (period, region_code, service_id, indicator_id, old_value, new_value, old_batch_id, new_batch_id, changed_by)
           SELECT $2, coalesce(o.region_code, s.region_code), coalesce(o.service_id, s.service_id), coalesce(o.indicator_id, s.indicator_id),
                  o.value, s.value, o.batch_id, $3, $4
           FROM old o FULL JOIN ingest_stage s ON o.region_code = s.region_code AND o.service_id = s.service_id AND o.indicator_id = s.indicator_id
           WHERE o.value IS DISTINCT FROM s.value RETURNING 1)
         SELECT count(*)::int AS n FROM inserted`, [superseded, ctx.period, ctx.batchId, ctx.actor]);
      revisions = changed[0]?.n ?? 0;
      await session.query(`DELETE FROM measurement WHERE batch_id = ANY($1::bigint[])`, [superseded]);
      await markSuperseded(session, superseded, ctx.batchId);
    }
  }
  const duplicates = await storedDuplicates(session, ctx.period);
  const inserted = await session.query<{ n: number }>(
    `WITH ins AS (INSERT INTO measurement (period, region_code, service_id, indicator_id, value, origin, batch_id)
       SELECT $1, s.region_code, s.service_id, s.indicator_id, s.value, 'ingested', $2 FROM ingest_stage s
       WHERE NOT EXISTS (SELECT 1 FROM measurement m WHERE m.period = $1 AND m.region_code = s.region_code
         AND m.service_id = s.service_id AND m.indicator_id = s.indicator_id)
       RETURNING 1) SELECT count(*)::int AS n FROM ins`, [ctx.period, ctx.batchId]);
  return { inserted: inserted[0]?.n ?? 0, superseded, revisions, storedDuplicates: duplicates };
}
