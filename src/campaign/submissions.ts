/**
 * A region's submissions in a campaign: the uploaded file goes through the ingest (atomic: rejected rows store
 * nothing), restricted to the region of the page (`onlyRegion`: a row naming another region is a reject), always as
 * a correction (`replace`): a value the region sends again with another value replaces the stored one and keeps
 * its history. Every submission — accepted, rejected or refused — is recorded with its outcome and audited
 * (`campaign.submit`); the accepted batch itself is audited by the ingest (`ingest.commit`).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Database } from '../db/connect.js';
import type { SubmissionStatus } from '../db/tables.js';
import { InputError } from '../errors.js';
import { recordAudit } from '../auth/audit.js';
import { ingestFiles } from '../ingest/ingest-files.js';
import { IngestRejectedError } from '../ingest/rejected-error.js';
import type { IngestKind, IngestSummary } from '../ingest/types.js';
import type { Campaign } from './campaign-store.js';

export interface SubmissionOutcome {
  readonly rowsRead: number;
  readonly rowsAccepted: number;
  readonly values: number;
  readonly rowsSkipped: number;
  readonly skipped: readonly { line: number; reason: string }[];
  readonly rowsRejected: number;
  readonly rejects: readonly { line: number; column: string; value: string; reason: string }[];
  /** Cells changed by a correction (old value replaced), when the ingest reports it. */
  readonly changed: number;
  /** Why a file was refused as a whole (unreadable, columns missing …). */
  readonly error: string | null;
}

export interface Submission {
  readonly id: number;
  readonly campaignId: number;
  readonly regionCode: string;
  readonly kind: IngestKind;
  readonly fileName: string;
  readonly status: SubmissionStatus;
  readonly batchId: number | null;
  readonly correction: boolean;
  readonly outcome: SubmissionOutcome;
  readonly submittedBy: string;
  readonly submittedAt: string;
}

export interface SubmitRequest {
  readonly campaign: Campaign;
  readonly regionCode: string;
  readonly kind: IngestKind;
  readonly file: { readonly name: string; readonly content: Buffer };
  readonly by: { readonly actor: string; readonly role: string };
  readonly at: Date;
}

function outcomeOf(summary: IngestSummary, error: string | null = null): SubmissionOutcome {
  const changed = (summary.changes?.changed ?? 0) + (summary.changes?.removed ?? 0);
  return {
    rowsRead: summary.rowsRead,
    rowsAccepted: summary.rowsAccepted,
    values: summary.values,
    rowsSkipped: summary.rowsSkipped,
    skipped: summary.skipped.map((s) => ({ line: s.line, reason: s.reason })),
    rowsRejected: summary.rowsRejected,
    rejects: summary.firstRejects.map((r) => ({ line: r.line, column: r.column, value: r.value, reason: r.reason })),
    changed,
    error,
  };
}

const REFUSED = (message: string): SubmissionOutcome => ({
  rowsRead: 0,
  rowsAccepted: 0,
  values: 0,
  rowsSkipped: 0,
  skipped: [],
  rowsRejected: 0,
  rejects: [],
  changed: 0,
  error: message,
});

export async function submitRegionFile(database: Database, request: SubmitRequest): Promise<Submission> {
  const { campaign, regionCode, kind } = request;
  const name = basename(request.file.name) || 'upload.xlsx';
  const folder = await mkdtemp(join(tmpdir(), 'egov-campaign-'));
  let status: SubmissionStatus;
  let outcome: SubmissionOutcome;
  let batchId: string | null = null;
  try {
    const path = join(folder, name);
    await writeFile(path, request.file.content);
    const summary = await ingestFiles(database, [path], {
      kind,
      period: campaign.period,
      onlyRegion: regionCode,
      replace: true,
      actor: request.by.actor,
    });
    status = 'accepted';
    batchId = summary.batchId;
    outcome = outcomeOf(summary);
  } catch (error) {
    if (error instanceof IngestRejectedError) {
      status = 'rejected';
      outcome = outcomeOf(error.summary);
    } else if (error instanceof InputError) {
      status = 'refused';
      outcome = REFUSED(error.message.replaceAll(folder + '/', ''));
    } else throw error;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const db = database.db;
  return db.transaction().execute(async (trx) => {
    const earlier = await trx
      .selectFrom('campaign_submission')
      .select('id')
      .where('campaign_id', '=', campaign.id)
      .where('region_code', '=', regionCode)
      .where('kind', '=', kind)
      .where('status', '=', 'accepted')
      .executeTakeFirst();
    const row = await trx
      .insertInto('campaign_submission')
      .values({
        campaign_id: campaign.id,
        region_code: regionCode,
        kind,
        file_name: name,
        status,
        batch_id: batchId,
        correction: status === 'accepted' && earlier !== undefined,
        values_stored: status === 'accepted' ? outcome.values : 0,
        rows_rejected: outcome.rowsRejected,
        rows_skipped: outcome.rowsSkipped,
        outcome: JSON.stringify(outcome),
        submitted_by: request.by.actor,
        submitted_at: request.at.toISOString() as never,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: request.by.actor,
      role: request.by.role,
      action: 'campaign.submit',
      target: `campaign:${campaign.id}/region:${regionCode}`,
      details: { submission: Number(row.id), kind, file: name, status, batchId, rowsRejected: outcome.rowsRejected },
      at: request.at,
    });
    return (await readSubmission(trx, Number(row.id)))!;
  });
}

type SubmissionRow = {
  id: string | number;
  campaign_id: number;
  region_code: string;
  kind: string;
  file_name: string;
  status: SubmissionStatus;
  batch_id: string | number | null;
  correction: boolean;
  outcome: unknown;
  submitted_by: string;
  submitted_at: Date | string;
};

function toSubmission(row: SubmissionRow): Submission {
  return {
    id: Number(row.id),
    campaignId: row.campaign_id,
    regionCode: row.region_code,
    kind: row.kind as IngestKind,
    fileName: row.file_name,
    status: row.status,
    batchId: row.batch_id === null ? null : Number(row.batch_id),
    correction: row.correction,
    outcome: (typeof row.outcome === 'string' ? JSON.parse(row.outcome) : row.outcome) as SubmissionOutcome,
    submittedBy: row.submitted_by,
    submittedAt: new Date(row.submitted_at).toISOString(),
  };
}

export async function readSubmission(db: Database['db'], id: number): Promise<Submission | null> {
  const row = await db.selectFrom('campaign_submission').selectAll().where('id', '=', String(id)).executeTakeFirst();
  return row ? toSubmission(row as unknown as SubmissionRow) : null;
}

/** A region's submissions in a campaign, the newest first. */
export async function regionSubmissions(
  db: Database['db'],
  campaignId: number,
  regionCode: string,
): Promise<Submission[]> {
  const rows = await db
    .selectFrom('campaign_submission')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('region_code', '=', regionCode)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => toSubmission(r as unknown as SubmissionRow));
}
