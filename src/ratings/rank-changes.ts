/**
 * Rank changes of a run's index against the previous period's published run of the same methodology:
 * change = previous rank − current rank (positive = moved up). Regions without a previous rank get null.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';

export interface RankChange {
  readonly region: string;
  readonly rank: number | null;
  readonly previousRank: number | null;
  readonly change: number | null;
}

export async function indexNodeOf(db: Kysely<DB>, runId: number): Promise<string> {
  const root = await db.selectFrom('rating_node').select('node_id').where('run_id', '=', runId)
    .where('parent_id', 'is', null).executeTakeFirstOrThrow();
  return root.node_id;
}

export async function previousPublishedRun(db: Kysely<DB>, runId: number): Promise<number | null> {
  const run = await db.selectFrom('rating_run').select(['period', 'methodology_id']).where('id', '=', runId).executeTakeFirstOrThrow();
  const previous = await db.selectFrom('rating_run').select('id')
    .where('methodology_id', '=', run.methodology_id).where('period', '<', run.period).where('status', '=', 'published')
    .orderBy('period', 'desc').orderBy('version', 'desc').executeTakeFirst();
  return previous?.id ?? null;
}

export async function rankChanges(db: Kysely<DB>, runId: number): Promise<{ previousRunId: number | null; changes: RankChange[] }> {
  const node = await indexNodeOf(db, runId);
  const current = await db.selectFrom('rating_result').select(['region_code', 'rank'])
    .where('run_id', '=', runId).where('node_id', '=', node).orderBy('rank').orderBy('region_code').execute();
  const previousRunId = await previousPublishedRun(db, runId);
  const before = new Map<string, number | null>();
  if (previousRunId !== null) {
    const previousNode = await indexNodeOf(db, previousRunId);
    const rows = await db.selectFrom('rating_result').select(['region_code', 'rank'])
      .where('run_id', '=', previousRunId).where('node_id', '=', previousNode).execute();
    for (const r of rows) before.set(r.region_code, r.rank);
  }
  const changes = current.map((r) => {
    const previousRank = before.get(r.region_code) ?? null;
    return {
      region: r.region_code, rank: r.rank, previousRank,
      change: r.rank !== null && previousRank !== null ? previousRank - r.rank : null,
    };
  });
  return { previousRunId, changes };
}
