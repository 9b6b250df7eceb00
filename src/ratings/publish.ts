/**
 * The draft → published → withdrawn workflow. Publishing lifts the embargo on a draft. A published run is immutable:
 * a correction is a NEW run for the same period and methodology, published with a reason; publishing it withdraws
 * the run it replaces (reason "superseded by run N") and records supersedes_run_id and the correction reason, which
 * together form the public changelog. Versions are assigned here, at publication, and only here: version = 1 + the
 * highest version ever published for the period and methodology (a draft has none); the unique index
 * rating_run_version_once makes two concurrent publications of one version impossible. Every transition is written to the audit log inside
 * the same transaction, and nothing changes when a check fails. The programme figures its publication shows (adoption
 * against target, MFC / mobile-office documents) are stored with the run in the same transaction
 * (src/ratings/programme-figures.ts).
 *
 * One headline methodology per period (migration 0014): the first run published for a period is its headline.
 * Publishing a run of another methodology for a period whose headline is of a different methodology needs a choice:
 * 'headline' (this run becomes the headline; the other stays published, no longer headline) or 'alongside' (published,
 * not headline); without one it is refused ('headline_choice_required', nothing changed) naming the current headline.
 * A correction inherits the headline of the run it replaces (a choice is then not needed and ignored, except that
 * 'headline' makes a correction of a non-headline methodology the headline). Withdrawing the headline passes it to the
 * most recently published remaining run of the period (none: the period has no headline until one is published);
 * the run that lost the headline records the run that took it (`headline_passed_to`), which the changelog shows.
 *
 * The public content precomputed at publication (published-content-store.ts) is emptied in the same transaction as
 * every transition, and filled again there by `refresh` when the caller gives one (the CLI and the web server do:
 * src/web/published/precompute-public-content.ts); without it the public reads are rendered live until a refresh.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { recordAudit } from '../auth/audit.js';
import { storeProgrammeFigures } from './programme-figures.js';
import { clearPublishedContent, type RefreshPublishedContent } from './published-content-store.js';

export const PUBLISH_FAILURES = [
  'not_found',
  'not_draft',
  'not_published',
  'reason_required',
  'headline_choice_required',
] as const;
export type PublishFailure = (typeof PUBLISH_FAILURES)[number];

export class PublishError extends Error {
  override readonly name = 'PublishError';
  constructor(
    readonly code: PublishFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface Actor {
  readonly actor: string;
  readonly role: string;
  /** When the transition happens (injected clock). */
  readonly at: Date;
}

/** What a publication does to the period's headline when another methodology holds it. */
export type HeadlineChoice = 'headline' | 'alongside';
export const HEADLINE_CHOICES: readonly HeadlineChoice[] = ['headline', 'alongside'];

export interface PublishOutcome {
  readonly runId: number;
  readonly version: number;
  /** The run this one replaces, now withdrawn; null for a first publication. */
  readonly supersededRunId: number | null;
  /** Whether the run is now the headline methodology of its period. */
  readonly headline: boolean;
  /** The run of another methodology that was the headline and no longer is ('headline' choice); else null. */
  readonly headlineTakenFromRunId: number | null;
}

export async function publishRun(
  db: Kysely<DB>,
  runId: number,
  who: Actor,
  reason?: string,
  refresh?: RefreshPublishedContent,
  choice?: HeadlineChoice,
): Promise<PublishOutcome> {
  return db.transaction().execute(async (trx) => {
    const run = await trx
      .selectFrom('rating_run')
      .select(['id', 'status', 'period', 'methodology_id'])
      .where('id', '=', runId)
      .forUpdate()
      .executeTakeFirst();
    if (!run) throw new PublishError('not_found', `rating run ${runId} does not exist`);
    if (run.status !== 'draft') {
      throw new PublishError(
        'not_draft',
        `rating run ${runId} is ${run.status}; a published run is immutable: rate again and publish the new run as a correction`,
      );
    }
    const current = await trx
      .selectFrom('rating_run')
      .select(['id', 'version', 'headline'])
      .where('period', '=', run.period)
      .where('methodology_id', '=', run.methodology_id)
      .where('status', '=', 'published')
      .forUpdate()
      .executeTakeFirst();
    const correction = reason?.trim() ?? '';
    if (current && !correction) {
      throw new PublishError(
        'reason_required',
        `run ${current.id} is already published for ${run.period}: a correction needs a reason`,
      );
    }
    const headlineNow = await trx
      .selectFrom('rating_run')
      .select(['id', 'methodology_id', 'version'])
      .where('period', '=', run.period)
      .where('headline', '=', true)
      .forUpdate()
      .executeTakeFirst();
    const otherHeadline = headlineNow && headlineNow.methodology_id !== run.methodology_id ? headlineNow : null;
    if (otherHeadline && !choice) {
      throw new PublishError(
        'headline_choice_required',
        `period ${run.period} already has a headline methodology: run ${otherHeadline.id} ` +
          `(${otherHeadline.methodology_id}, version ${otherHeadline.version}); publishing run ${runId} ` +
          `(${run.methodology_id}) needs a choice: --headline (it becomes the headline, run ${otherHeadline.id} stays ` +
          `published) or --alongside (published beside it, not headline)`,
      );
    }
    const headline = otherHeadline === null || choice === 'headline';
    if (current) {
      await trx
        .updateTable('rating_run')
        .set({
          status: 'withdrawn',
          withdrawn_at: who.at,
          withdrawn_by: who.actor,
          withdrawn_reason: `superseded by run ${runId}: ${correction}`,
          headline: false,
          headline_passed_to: current.headline ? runId : null,
        })
        .where('id', '=', current.id)
        .execute();
    }
    if (otherHeadline && headline) {
      await trx
        .updateTable('rating_run')
        .set({ headline: false, headline_passed_to: runId })
        .where('id', '=', otherHeadline.id)
        .execute();
    }
    const version = await nextVersion(trx, run.period, run.methodology_id);
    await trx
      .updateTable('rating_run')
      .set({
        status: 'published',
        published_at: who.at,
        published_by: who.actor,
        version,
        supersedes_run_id: current?.id ?? null,
        correction_reason: current ? correction : null,
        headline,
      })
      .where('id', '=', runId)
      .execute();
    await storeProgrammeFigures(trx, runId, run.period);
    await recordAudit(trx, {
      actor: who.actor,
      role: who.role,
      action: current ? 'run.publish-correction' : 'run.publish',
      target: `run:${runId}`,
      details: {
        version,
        supersededRunId: current?.id ?? null,
        reason: correction || null,
        headline,
        headlineTakenFromRunId: headline ? (otherHeadline?.id ?? null) : null,
      },
      at: who.at,
    });
    await clearPublishedContent(trx);
    if (refresh) await refresh(trx);
    return {
      runId,
      version,
      supersededRunId: current?.id ?? null,
      headline,
      headlineTakenFromRunId: headline ? (otherHeadline?.id ?? null) : null,
    };
  });
}

/** The version the next publication of (period, methodology) gets: 1 + the highest version published so far. */
export async function nextVersion(db: Kysely<DB>, period: number, methodologyId: string): Promise<number> {
  const row = await db
    .selectFrom('rating_run')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('period', '=', period)
    .where('methodology_id', '=', methodologyId)
    .where('status', '<>', 'draft')
    .executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}

/**
 * Withdraws a published run (it stays readable, marked withdrawn, with the reason). When it was the headline of its
 * period, the most recently published remaining run of the period becomes the headline; returns that run's id (null
 * when the headline did not move or no published run remains).
 */
export async function withdrawRun(
  db: Kysely<DB>,
  runId: number,
  who: Actor,
  reason: string,
  refresh?: RefreshPublishedContent,
): Promise<{ readonly headlinePassedTo: number | null }> {
  const why = reason.trim();
  if (!why) throw new PublishError('reason_required', 'withdrawing a published run needs a reason');
  return db.transaction().execute(async (trx) => {
    const run = await trx
      .selectFrom('rating_run')
      .select(['status', 'period', 'headline'])
      .where('id', '=', runId)
      .forUpdate()
      .executeTakeFirst();
    if (!run) throw new PublishError('not_found', `rating run ${runId} does not exist`);
    if (run.status !== 'published')
      throw new PublishError('not_published', `rating run ${runId} is ${run.status}, not published`);
    const successor = run.headline
      ? await trx
          .selectFrom('rating_run')
          .select('id')
          .where('period', '=', run.period)
          .where('status', '=', 'published')
          .where('id', '<>', runId)
          .orderBy('published_at', 'desc')
          .orderBy('id', 'desc')
          .forUpdate()
          .executeTakeFirst()
      : undefined;
    const headlinePassedTo = successor?.id ?? null;
    await trx
      .updateTable('rating_run')
      .set({
        status: 'withdrawn',
        withdrawn_at: who.at,
        withdrawn_by: who.actor,
        withdrawn_reason: why,
        headline: false,
        headline_passed_to: headlinePassedTo,
      })
      .where('id', '=', runId)
      .execute();
    if (headlinePassedTo !== null)
      await trx.updateTable('rating_run').set({ headline: true }).where('id', '=', headlinePassedTo).execute();
    await recordAudit(trx, {
      actor: who.actor,
      role: who.role,
      action: 'run.withdraw',
      target: `run:${runId}`,
      details: { reason: why, headlinePassedTo },
      at: who.at,
    });
    await clearPublishedContent(trx);
    if (refresh) await refresh(trx);
    return { headlinePassedTo };
  });
}
