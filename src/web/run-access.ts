/** Loads a run for a principal under the embargo: an invisible run is reported exactly like a missing one (404). */
import type { Kysely } from 'kysely';
import type { Response } from 'express';
import type { DB } from '../db/tables.js';
import type { Principal } from '../auth/principal.js';
import { canReadRegionOfRun, canReadSomeOfRun, canReadWholeRun } from '../auth/visibility.js';
import { getRun, type RunSummary } from '../ratings/queries.js';
import { AppError, notFound } from './errors.js';

export type RunScope = 'whole' | 'some' | { readonly region: string };

export function parseRunId(raw: string): number {
  if (!/^[1-9][0-9]{0,8}$/.test(raw)) throw new AppError('bad_request', `run id must be a positive integer (got "${raw}")`, 400);
  return Number(raw);
}

export async function loadVisibleRun(db: Kysely<DB>, principal: Principal, rawId: string, scope: RunScope): Promise<RunSummary> {
  const run = await getRun(db, parseRunId(rawId));
  const visible = run !== null && (scope === 'whole' ? canReadWholeRun(principal, run)
    : scope === 'some' ? canReadSomeOfRun(principal, run) : canReadRegionOfRun(principal, run, scope.region));
  if (!run || !visible) throw notFound(`rating run ${rawId}`);
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
