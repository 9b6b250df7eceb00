/**
 * Runs for a principal under the embargo. Whether the principal may read drafts at the scope asked is decided by
 * src/auth/visibility.ts and applied in SQL (src/ratings/queries.ts): a listing reads only runs the caller may see,
 * and a hidden draft is answered by the same query as a missing id, so a 404 takes the same time either way.
 */
import type { Kysely } from 'kysely';
import type { Response } from 'express';
import type { DB } from '../db/tables.js';
import type { Principal } from '../auth/principal.js';
import { canReadRegionOfRun, canReadSomeOfRun, canReadWholeRun } from '../auth/visibility.js';
import { getRun, listRuns, type RunFilter, type RunSummary } from '../ratings/queries.js';
import { AppError, notFound } from './errors.js';

export type RunScope = 'whole' | 'some' | { readonly region: string };

export function parseRunId(raw: string): number {
  if (!/^[1-9][0-9]{0,8}$/.test(raw))
    throw new AppError('bad_request', `run id must be a positive integer (got "${raw}")`, 400);
  return Number(raw);
}

const DRAFT = { status: 'draft' } as const;

/** Whether drafts are visible to the principal at this scope (a published run always is). */
export function runFilterFor(principal: Principal, scope: RunScope): RunFilter {
  const drafts =
    scope === 'whole'
      ? canReadWholeRun(principal, DRAFT)
      : scope === 'some'
        ? canReadSomeOfRun(principal, DRAFT)
        : canReadRegionOfRun(principal, DRAFT, scope.region);
  return { drafts };
}

/** The runs the principal may read at the scope, newest period first. */
export async function listVisibleRuns(db: Kysely<DB>, principal: Principal, scope: RunScope): Promise<RunSummary[]> {
  return listRuns(db, runFilterFor(principal, scope));
}

export async function loadVisibleRun(
  db: Kysely<DB>,
  principal: Principal,
  rawId: string,
  scope: RunScope,
): Promise<RunSummary> {
  const run = await getRun(db, parseRunId(rawId), runFilterFor(principal, scope));
  if (!run) throw notFound(`rating run ${rawId}`);
  return run;
}

/**
 * Cache policy: content of a published run read by the public may be cached by anyone for a minute (ETag makes
 * revalidation cheap); anything read with a token, or any draft, must not be stored by shared caches.
 */
export function setCachePolicy(res: Response, principal: Principal, run?: RunSummary): void {
  res.vary('Authorization');
  if (principal.role === 'public' && (!run || run.status !== 'draft')) res.set('Cache-Control', 'public, max-age=60');
  else res.set('Cache-Control', 'private, no-store');
}
