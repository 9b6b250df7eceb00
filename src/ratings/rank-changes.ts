/**
 * Rank changes of a run's index against the previous run as the read model defines it (src/ratings/queries.ts: the
 * latest published run of an earlier period with the same methodology): change = previous rank − current rank
 * (positive = moved up). Regions without a previous rank get null.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { indexResults, type PreviousRun, previousPublishedRun } from './queries.js';

export interface RankChange {
  readonly region: string;
  readonly rank: number | null;
  readonly previousRank: number | null;
  readonly change: number | null;
}

export interface RankChanges {
  /** The run compared with (and its period), null when there is none. */
  readonly previous: PreviousRun | null;
  readonly changes: RankChange[];
}

export async function rankChanges(db: Kysely<DB>, runId: number): Promise<RankChanges> {
  const run = await db
    .selectFrom('rating_run')
    .select(['period', 'methodology_id'])
    .where('id', '=', runId)
    .executeTakeFirstOrThrow();
  const current = [...(await indexResults(db, runId)).entries()].sort(
    ([a, x], [b, y]) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const previous = await previousPublishedRun(db, { period: run.period, methodologyId: run.methodology_id });
  const before = previous ? await indexResults(db, previous.runId) : new Map<string, { rank: number | null }>();
  const changes = current.map(([region, { rank }]) => {
    const previousRank = before.get(region)?.rank ?? null;
    return { region, rank, previousRank, change: rank !== null && previousRank !== null ? previousRank - rank : null };
  });
  return { previous, changes };
}
