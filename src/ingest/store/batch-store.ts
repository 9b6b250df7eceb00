/**
 * The batch lifecycle inside one transaction: created `pending`, its cells written, then `committed` with its counts
 * and summary. A rolled-back transaction leaves no batch at all, so no reader ever sees a half-written one.
 * A correction does not supersede whole batches: it replaces cells, and each stored cell names the batch that set it.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import type { Reject } from '../rows/reject.js';
import type { Session } from './session.js';

export type BatchKind = 'measurements' | 'applications' | 'targets' | 'spending' | 'derived';

export interface NewBatch {
  kind: BatchKind;
  period: number;
  contentSha256: string;
  sourceName: string;
  actor: string;
  parentBatchId?: string;
  /** Identity beside the content: the sheet read ('' = the sheet holding the header) and the mapping file's SHA-256 ('' = none). */
  sheet?: string;
  mappingSha256?: string;
  /** Generated data (the demo's files, or --synthetic): set explicitly, never inferred from a file name. */
  synthetic?: boolean;
}

/** The committed batch with the same identity (content, kind, period, sheet, mapping), if any. */
export async function findCommittedBatch(db: Kysely<DB>, batch: NewBatch) {
  return (
    (await db
      .selectFrom('ingest_batch')
      .select(['id', 'rows_total', 'rows_accepted', 'rows_rejected'])
      .where('kind', '=', batch.kind)
      .where('period', '=', batch.period)
      .where('content_sha256', '=', batch.contentSha256)
      .where('sheet', '=', batch.sheet ?? '')
      .where('mapping_sha256', '=', batch.mappingSha256 ?? '')
      .where('status', '=', 'committed')
      .orderBy('id', 'desc')
      .executeTakeFirst()) ?? null
  );
}

export async function createBatch(session: Session, batch: NewBatch): Promise<string> {
  const rows = await session.query<{ id: string }>(
    `INSERT INTO ingest_batch (kind, period, content_sha256, source_name, created_by, parent_batch_id, sheet, mapping_sha256, synthetic)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id::text AS id`,
    [
      batch.kind,
      batch.period,
      batch.contentSha256,
      batch.sourceName.slice(0, 1000),
      batch.actor,
      batch.parentBatchId ?? null,
      batch.sheet ?? '',
      batch.mappingSha256 ?? '',
      batch.synthetic ?? false,
    ],
  );
  return rows[0].id;
}

/** Rows read, accepted and rejected (see RowTally). */
export interface BatchCounts {
  read: number;
  accepted: number;
  rejected: number;
}

/**
 * Marks the batch committed and writes its `ingest.commit` audit row in the same transaction (actor = the batch's
 * creator, target batch:<id>, details kind, period, content SHA-256, source and row counts).
 */
export async function commitBatch(
  session: Session,
  id: string,
  counts: BatchCounts,
  summary: Record<string, unknown>,
): Promise<void> {
  await session.query(
    `UPDATE ingest_batch SET status = 'committed', committed_at = now(), rows_total = $2, rows_accepted = $3, rows_rejected = $4,
     summary = $5::jsonb WHERE id = $1`,
    [
      id,
      counts.read,
      counts.accepted,
      counts.rejected,
      JSON.stringify({
        rowsRead: counts.read,
        rowsAccepted: counts.accepted,
        rowsRejected: counts.rejected,
        ...summary,
      }),
    ],
  );
  // Read, then insert: on Citus ingest_batch is a reference table and audit_log lives on the coordinator.
  const [batch] = await session.query<{ created_by: string; details: string }>(
    `SELECT created_by, jsonb_build_object('kind', kind, 'period', period, 'contentSha256', content_sha256, 'source', source_name,
       'rowsTotal', rows_total, 'rowsAccepted', rows_accepted, 'rowsRejected', rows_rejected)::text AS details
     FROM ingest_batch WHERE id = $1`,
    [id],
  );
  await session.query(
    `INSERT INTO audit_log (actor, role, action, target, details) VALUES ($1, audit_role_of($1), 'ingest.commit', $2, $3::jsonb)`,
    [batch.created_by, `batch:${id}`, batch.details],
  );
}

export async function insertRejects(session: Session, batchId: string, rejects: readonly Reject[]): Promise<void> {
  for (let i = 0; i < rejects.length; i += 5000) {
    const part = rejects.slice(i, i + 5000);
    await session.query(
      `INSERT INTO ingest_reject (batch_id, file, line, column_name, value, reason)
       SELECT $1, * FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[])`,
      [
        batchId,
        part.map((r) => r.file),
        part.map((r) => r.line),
        part.map((r) => r.column),
        part.map((r) => r.value.slice(0, 1000)),
        part.map((r) => r.reason),
      ],
    );
  }
}
