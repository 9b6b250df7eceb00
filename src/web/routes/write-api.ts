/**
 * Write routes of /api/v1: publish, withdraw, comment on drafts, upload a file to ingest, create or analyse a run.
 * Every successful write is in the audit log (publish/withdraw inside src/ratings/publish.ts, the rest here).
 */
import { Router, json } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/tables.js';
import { actorOf } from '../../auth/principal.js';
import { recordAudit } from '../../auth/audit.js';
import { canComment } from '../../auth/visibility.js';
import { publishRun, withdrawRun } from '../../ratings/publish.js';
import type { RefreshPublishedContent } from '../../ratings/published-content-store.js';
import { principalOf, requireAnalyst } from '../authenticate.js';
import { AppError } from '../errors.js';
import { loadVisibleRun, parseRunId } from '../run-access.js';

const ReasonBody = z.object({ reason: z.string().max(2000).optional() }).strict();
/** `headline`: when another methodology is the period's headline, make this run the headline or publish it alongside. */
const PublishBody = z
  .object({ reason: z.string().max(2000).optional(), headline: z.enum(['headline', 'alongside']).optional() })
  .strict();
const CommentBody = z
  .object({ regionCode: z.string().regex(/^RU-[A-Z]{2,3}$/), body: z.string().min(1).max(10_000) })
  .strict();

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    throw new AppError(
      'invalid_body',
      parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      400,
    );
  }
  return parsed.data;
}

/** `refresh` renders the public content again inside each publication change (publish.ts). */
export function writeApi(db: Kysely<DB>, now: () => Date, refresh?: RefreshPublishedContent): Router {
  const router = Router();
  const body = json({ limit: '64kb' });

  router.post('/runs/:id/publish', requireAnalyst, body, async (req, res) => {
    const principal = principalOf(res);
    const { reason, headline } = parseBody(PublishBody, req.body);
    const outcome = await publishRun(
      db,
      parseRunId(String(req.params.id)),
      { actor: actorOf(principal), role: principal.role, at: now() },
      reason,
      refresh,
      headline,
    );
    res.status(200).set('Cache-Control', 'no-store').json(outcome);
  });

  router.post('/runs/:id/withdraw', requireAnalyst, body, async (req, res) => {
    const principal = principalOf(res);
    const { reason } = parseBody(ReasonBody, req.body);
    const { headlinePassedTo } = await withdrawRun(
      db,
      parseRunId(String(req.params.id)),
      { actor: actorOf(principal), role: principal.role, at: now() },
      reason ?? '',
      refresh,
    );
    res
      .status(200)
      .set('Cache-Control', 'no-store')
      .json({ runId: Number(req.params.id), status: 'withdrawn', headlinePassedTo });
  });

  router.get('/runs/:id/comments', async (req, res) => {
    const principal = principalOf(res);
    if (principal.role === 'public') throw new AppError('unauthenticated', 'comments need a token', 401);
    const run = await loadVisibleRun(db, principal, req.params.id, 'some');
    let query = db
      .selectFrom('run_comment')
      .select(['id', 'region_code', 'author', 'body', 'created_at'])
      .where('run_id', '=', run.id);
    if (principal.role === 'regional') query = query.where('region_code', '=', principal.regionCode);
    const rows = await query.orderBy('id').execute();
    res.set('Cache-Control', 'private, no-store').json({
      comments: rows.map((c) => ({
        id: Number(c.id),
        regionCode: c.region_code,
        author: c.author,
        body: c.body,
        createdAt: new Date(c.created_at as unknown as string).toISOString(),
      })),
    });
  });

  router.post('/runs/:id/comments', body, async (req, res) => {
    const principal = principalOf(res);
    if (principal.role === 'public') throw new AppError('unauthenticated', 'comments need a token', 401);
    const input = parseBody(CommentBody, req.body);
    const run = await loadVisibleRun(db, principal, req.params.id, { region: input.regionCode });
    const region = await db.selectFrom('region').select('code').where('code', '=', input.regionCode).executeTakeFirst();
    if (!region) throw new AppError('invalid_body', `regionCode: unknown region code "${input.regionCode}"`, 400);
    if (!canComment(principal, run, input.regionCode)) {
      throw new AppError('forbidden', 'comments are open on drafts only, and a region comments on its own rows', 403);
    }
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('run_comment')
        .values({ run_id: run.id, region_code: input.regionCode, author: actorOf(principal), body: input.body })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        actor: actorOf(principal),
        role: principal.role,
        action: 'comment.create',
        target: `run:${run.id}`,
        details: { regionCode: input.regionCode, commentId: Number(row.id) },
        at: now(),
      });
      return Number(row.id);
    });
    res.status(201).set('Cache-Control', 'no-store').json({ id, runId: run.id, regionCode: input.regionCode });
  });

  return router;
}
