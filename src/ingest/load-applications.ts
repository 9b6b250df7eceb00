/**
 * The event-log path: rows are validated while they stream and go through COPY (constant memory), inside one
 * transaction with the batch. Parsing and COPY are pipelined: the next pieces of COPY text are read, parsed and
 * validated while the database copies the previous one, with at most READ_AHEAD_PIECES pieces waiting (backpressure). The year's partition is created on demand in that transaction.
 * - A first submission COPYs straight into the year partition; an application id already stored for the period
 *   aborts the batch ("use --replace").
 * - A resubmission (`--replace`) replaces the applications of the regions the file holds, for that period only:
 *   the rows are COPY'd into a temporary stage, the stored applications of those regions deleted, the stage
 *   inserted. Other regions' applications are untouched. The summary says per region how many were replaced by how
 *   many.
 * After the COPY, stage indicators and channel volumes of the touched regions are derived in SQL under a child batch.
 * Rejects without --allow-partial stop the COPY feed, keep reading to report every reject, then roll back.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../db/connect.js';
import { InputError } from '../errors.js';
import type { LoadOptions } from './load-table-rows.js';
import { readRecords, type ReadContext } from './read-records.js';
import { APPLICATION_COPY_COLUMNS, type ApplicationRow } from './rows/application-rows.js';
import { commitBatch, createBatch, insertRejects, type NewBatch } from './store/batch-store.js';
import { deriveIndicators } from './store/derive-indicators.js';
import type { RejectSink } from './store/reject-sink.js';
import type { RowTally } from './store/row-tally.js';
import { readAhead } from './store/read-ahead.js';
import { inTransaction, type Session } from './store/session.js';

/** COPY text is sent in pieces of about this many characters; at most READ_AHEAD_PIECES wait (bounded memory). */
const COPY_PIECE = 256 * 1024;
const READ_AHEAD_PIECES = 4;

export interface RegionReplacement {
  region: string;
  before: number;
  after: number;
}

export interface ApplicationsResult {
  batchId: string;
  replaced: RegionReplacement[] | null;
  derived: { batchId: string; measurements: number; channelVolumes: number; revisions: number };
}

export async function loadApplications(
  database: Database,
  read: ReadContext<ApplicationRow>,
  sink: RejectSink,
  tally: RowTally,
  batch: NewBatch,
  options: LoadOptions,
): Promise<ApplicationsResult> {
  return inTransaction(database, async (session) => {
    await ensurePartition(session, batch.period);
    const batchId = await createBatch(session, batch);
    const regions = new Set<string>();
    const tail = `,${batchId}\n`;
    // Pieces of about COPY_PIECE characters of whole COPY lines, read ahead while the database copies the previous ones.
    async function* copyPieces(): AsyncGenerator<string> {
      let lines: string[] = [];
      let length = 0;
      for await (const checked of readRecords(read)) {
        tally.read++;
        if (checked.skipped !== undefined) {
          tally.skip({ file: checked.file, line: checked.line, reason: checked.skipped });
          continue;
        }
        if (checked.rejects.length > 0) {
          tally.reject(checked.rejects);
          for (const reject of checked.rejects) sink.add(reject);
          continue;
        }
        if (sink.count > 0 && !options.allowPartial) continue;
        for (const row of checked.rows) {
          regions.add(row.region);
          const line = row.copyLine + tail;
          lines.push(line);
          length += line.length;
        }
        if (length >= COPY_PIECE) {
          yield lines.join('');
          lines = [];
          length = 0;
        }
      }
      if (lines.length > 0) yield lines.join('');
    }
    const target = options.replace ? await createStage(session) : 'application';
    try {
      await session.copyCsv(target, APPLICATION_COPY_COLUMNS, readAhead(copyPieces(), READ_AHEAD_PIECES));
    } catch (error) {
      throw duplicateKeyError(error) ?? error;
    }
    if (tally.read === tally.skipped) throw options.onEmpty();
    if (sink.count > 0 && !options.allowPartial) throw options.onRejected();
    const replaced = options.replace ? await replaceRegions(session, batch.period) : null;
    await insertRejects(session, batchId, sink.drain());
    await commitBatch(session, batchId, tally, { rowsSkipped: tally.skipped, replaced });
    const derivedBatchId = await createBatch(session, {
      kind: 'derived',
      period: batch.period,
      actor: batch.actor,
      parentBatchId: batchId,
      sourceName: `derived from batch ${batchId}`,
      contentSha256: createHash('sha256').update(`derived:${batchId}:${batch.contentSha256}`).digest('hex'),
      synthetic: batch.synthetic,
    });
    const derived = await deriveIndicators(session, batch.period, [...regions].sort(), derivedBatchId, batch.actor);
    await commitBatch(
      session,
      derivedBatchId,
      { read: derived.measurements, accepted: derived.measurements, rejected: 0 },
      { ...derived },
    );
    return { batchId, replaced, derived: { batchId: derivedBatchId, ...derived } };
  });
}

/** The partition of the year (LIST partitioned by year), created when the year has none yet. */
async function ensurePartition(session: Session, year: number): Promise<void> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new InputError(`--period must be a year from 2000 to 2100, got ${year}`);
  await session.query(
    `CREATE TABLE IF NOT EXISTS application_y${year} PARTITION OF application FOR VALUES IN (${year})`,
  );
}

async function createStage(session: Session): Promise<string> {
  await session.query('CREATE TEMP TABLE application_stage (LIKE application) ON COMMIT DROP');
  return 'application_stage';
}

/** Replaces the stored applications of the staged regions (this period only) by the staged ones. */
async function replaceRegions(session: Session, period: number): Promise<RegionReplacement[]> {
  const counts = await session.query<{ region: string; before: number; after: number }>(
    `WITH s AS (SELECT region_code, count(*)::int AS n FROM application_stage GROUP BY region_code)
     SELECT s.region_code AS region, (SELECT count(*)::int FROM application a WHERE a.year = $1 AND a.region_code = s.region_code) AS before,
       s.n AS after FROM s ORDER BY s.region_code`,
    [period],
  );
  await session.query(
    `DELETE FROM application WHERE year = $1 AND region_code IN (SELECT DISTINCT region_code FROM application_stage)`,
    [period],
  );
  try {
    await session.query(`INSERT INTO application SELECT * FROM application_stage`);
  } catch (error) {
    throw duplicateKeyError(error) ?? error;
  }
  await session.query('DROP TABLE application_stage');
  return counts;
}

function duplicateKeyError(error: unknown): InputError | null {
  const e = error as { code?: string; detail?: string; message?: string };
  if (e?.code !== '23505' && !/duplicate key/.test(String(e?.message))) return null;
  return new InputError(
    `duplicate application id (in the file, or already stored for this period: use --replace to resubmit a region's applications): ${e.detail ?? e.message}`,
  );
}
