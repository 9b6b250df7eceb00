/**
 * The batch lifecycle inside one transaction: created `pending`, its rows written, then `committed` with its counts
 * and summary. A rolled-back transaction leaves no batch at all, so no reader ever sees a half-written one.
 * `--replace` marks the batches it replaces `superseded` (with `superseded_by`), keeping them for history.
 */
import type { Reject } from '../rows/reject.js';
import type { Session } from './session.js';

export type BatchKind = 'measurements' | 'applications' | 'targets' | 'spending' | 'derived';

export interface NewBatch {
  kind: BatchKind; period: number; contentSha256: string; sourceName: string; actor: string; parentBatchId?: string;
}

export async function findCommittedBatch(session: Session, kind: BatchKind, period: number, sha: string): Promise<string | null> {
  const rows = await session.query<{ id: string }>(
    `SELECT id::text AS id FROM ingest_batch WHERE kind = $1 AND period = $2 AND content_sha256 = $3 AND status = 'committed'`, [kind, period, sha]);
  return rows[0]?.id ?? null;
}

export async function createBatch(session: Session, batch: NewBatch): Promise<string> {
  const rows = await session.query<{ id: string }>(
    `INSERT INTO ingest_batch (kind, period, content_sha256, source_name, created_by, parent_batch_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text AS id`,
    [batch.kind, batch.period, batch.contentSha256, batch.sourceName.slice(0, 1000), batch.actor, batch.parentBatchId ?? null]);
  return rows[0].id;
}

export interface BatchCounts { rowsTotal: number; rowsAccepted: number; rowsRejected: number }

export async function commitBatch(session: Session, id: string, counts: BatchCounts, summary: unknown): Promise<void> {
  await session.query(
    `UPDATE ingest_batch SET status = 'committed', committed_at = now(), rows_total = $2, rows_accepted = $3, rows_rejected = $4,
     summary = $5::jsonb WHERE id = $1`,
    [id, counts.rowsTotal, counts.rowsAccepted, counts.rowsRejected, JSON.stringify(summary)]);
}

/** Committed batches of this kind and period holding rows of any of the regions (the ones `--replace` supersedes). */
export async function batchesToSupersede(session: Session, table: string, kind: BatchKind, period: number, regions: readonly string[]): Promise<string[]> {
  if (regions.length === 0) return [];
  const rows = await session.query<{ id: string }>(
    `SELECT b.id::text AS id FROM ingest_batch b WHERE b.kind = $1 AND b.period = $2 AND b.status = 'committed'
     AND EXISTS (SELECT 1 FROM ${table} t WHERE t.batch_id = b.id AND t.region_code = ANY($3::text[])) ORDER BY b.id`,
    [kind, period, [...regions]]);
  return rows.map((r) => r.id);
}

export async function markSuperseded(session: Session, oldIds: readonly string[], newId: string): Promise<void> {
  if (oldIds.length === 0) return;
  await session.query(`UPDATE ingest_batch SET status = 'superseded', superseded_by = $1 WHERE id = ANY($2::bigint[])`, [newId, [...oldIds]]);
}

export async function insertRejects(session: Session, batchId: string, rejects: readonly Reject[]): Promise<void> {
  for (let i = 0; i < rejects.length; i += 5000) {
    const part = rejects.slice(i, i + 5000);
    await session.query(
      `INSERT INTO ingest_reject (batch_id, file, line, column_name, value, reason)
       SELECT $1, * FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[])`,
      [batchId, part.map((r) => r.file), part.map((r) => r.line), part.map((r) => r.column), part.map((r) => r.value.slice(0, 1000)), part.map((r) => r.reason)]);
  }
}
