/**
 * The event-log path: rows are validated while they stream and go straight into the year partition through COPY
 * (constant memory), inside one transaction with the batch. With --replace, every committed applications batch of
 * the period is superseded first (its rows deleted). After the COPY, stage indicators and channel volumes are
 * derived in SQL under a child batch. Rejects without --allow-partial stop the COPY feed, keep reading to report
 * every reject, then roll back. A duplicate application id (in the file or already stored) aborts the batch.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../db/connect.js';
import { InputError } from '../errors.js';
import { readRecords, type ReadContext } from './read-records.js';
import { APPLICATION_COPY_COLUMNS, type ApplicationRow } from './rows/application-rows.js';
import { commitBatch, createBatch, insertRejects, markSuperseded, type NewBatch } from './store/batch-store.js';
import { deriveIndicators } from './store/derive-indicators.js';
import type { RejectSink } from './store/reject-sink.js';
import { inTransaction, type Session } from './store/session.js';
import type { LoadResult } from './load-table-rows.js';

export interface ApplicationsResult extends Omit<LoadResult, 'derived'> {
  derived: { batchId: string; measurements: number; channelVolumes: number };
}

export async function loadApplications(
  database: Database, read: ReadContext<ApplicationRow>, sink: RejectSink, batch: NewBatch,
  options: { replace: boolean; allowPartial: boolean; onRejected: (counts: { rowsTotal: number; rowsAccepted: number }) => Error; onEmpty: () => Error },
): Promise<ApplicationsResult> {
  return inTransaction(database, async (session) => {
    const batchId = await createBatch(session, batch);
    const regions = new Set<string>();
    const superseded = options.replace ? await supersedeAll(session, batch.period, batchId, regions) : [];
    let rowsTotal = 0;
    let rowsAccepted = 0;
    const tail = `,${batchId}\n`;
    async function* copyLines(): AsyncGenerator<string> {
      for await (const checked of readRecords(read)) {
        rowsTotal++;
        for (const reject of checked.rejects) sink.add(reject);
        if (sink.count > 0 && !options.allowPartial) continue;
        for (const row of checked.rows) {
          rowsAccepted++;
          regions.add(row.region);
          yield row.copyLine + tail;
        }
      }
    }
    try {
      await session.copyCsv('application', APPLICATION_COPY_COLUMNS, copyLines());
    } catch (error) {
      throw duplicateKeyError(error) ?? error;
    }
    if (rowsTotal === 0) throw options.onEmpty();
    if (sink.count > 0 && !options.allowPartial) throw options.onRejected({ rowsTotal, rowsAccepted: 0 });
    await insertRejects(session, batchId, sink.drain());
    const counts = { rowsTotal, rowsAccepted, rowsRejected: sink.count };
    await commitBatch(session, batchId, counts, { ...counts, superseded });
    const derivedBatchId = await createBatch(session, {
      kind: 'derived', period: batch.period, actor: batch.actor, parentBatchId: batchId, sourceName: `derived from batch ${batchId}`,
      contentSha256: createHash('sha256').update(`derived:${batchId}:${batch.contentSha256}`).digest('hex'),
    });
    const derived = await deriveIndicators(session, batch.period, [...regions].sort(), derivedBatchId, batch.actor);
    await commitBatch(session, derivedBatchId, { rowsTotal: derived.measurements, rowsAccepted: derived.measurements, rowsRejected: 0 }, derived);
    return {
      batchId, rowsTotal, rowsAccepted, superseded, revisions: derived.revisions, details: {},
      derived: { batchId: derivedBatchId, measurements: derived.measurements, channelVolumes: derived.channelVolumes },
    };
  });
}

/** Supersedes every committed applications batch of the period, deleting its rows; adds their regions to `regions`. */
async function supersedeAll(session: Session, period: number, newId: string, regions: Set<string>): Promise<string[]> {
  const old = await session.query<{ id: string }>(
    `SELECT id::text AS id FROM ingest_batch WHERE kind = 'applications' AND period = $1 AND status = 'committed'`, [period]);
  const ids = old.map((o) => o.id);
  if (ids.length === 0) return [];
  const touched = await session.query<{ region_code: string }>(
    `SELECT DISTINCT region_code FROM application WHERE year = $1 AND batch_id = ANY($2::bigint[])`, [period, ids]);
  touched.forEach((t) => regions.add(t.region_code));
  await session.query(`DELETE FROM application WHERE year = $1 AND batch_id = ANY($2::bigint[])`, [period, ids]);
  await markSuperseded(session, ids, newId);
  return ids;
}

function duplicateKeyError(error: unknown): InputError | null {
  const e = error as { code?: string; detail?: string; message?: string };
  if (e?.code !== '23505' && !/duplicate key/.test(String(e?.message))) return null;
  return new InputError(`duplicate application id (in the file, or already stored for this period: use --replace): ${e.detail ?? e.message}`);
}
