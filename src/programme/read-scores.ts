/**
 * Overall rating scores for the money-against-results view: the root-node scores of a rating run (by default
 * the run published for the year) and of the previous run as the one read model of runs defines it
 * (src/ratings/queries.ts: the latest published run of an earlier period, same methodology; a missing year is skipped).
 * Drafts are never chosen by default (they are embargoed); a caller may name a run explicitly.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { previousPublishedRun, rootNodeId } from '../ratings/queries.js';

export interface RunScores {
  readonly runId: number;
  readonly period: number;
  readonly methodologyId: string;
  readonly synthetic: boolean;
  readonly scores: ReadonlyMap<string, number>;
}

/** Scores of `runId`, or of the year's latest published run; null when there is none. */
export async function readRunScores(db: Kysely<DB>, year: number, runId: number | null): Promise<RunScores | null> {
  let query = db.selectFrom('rating_run').select(['id', 'period', 'methodology_id', 'synthetic']);
  query =
    runId !== null
      ? query.where('id', '=', runId)
      : query
          .where('period', '=', year)
          .where('status', '=', 'published')
          .orderBy('published_at', 'desc')
          .orderBy('id', 'desc');
  const run = await query.executeTakeFirst();
  return run ? scoresOf(db, run) : null;
}

/** Scores of the previous run (see the module comment), or null; `period` names the year compared with. */
export async function readPreviousScores(db: Kysely<DB>, current: RunScores): Promise<RunScores | null> {
  const previous = await previousPublishedRun(db, { period: current.period, methodologyId: current.methodologyId });
  if (!previous) return null;
  const run = await db
    .selectFrom('rating_run')
    .select(['id', 'period', 'methodology_id', 'synthetic'])
    .where('id', '=', previous.runId)
    .executeTakeFirstOrThrow();
  return scoresOf(db, run);
}

async function scoresOf(
  db: Kysely<DB>,
  run: { id: number; period: number; methodology_id: string; synthetic: boolean },
): Promise<RunScores> {
  const root = await rootNodeId(db, run.id);
  const rows =
    root === null
      ? []
      : await db
          .selectFrom('rating_result')
          .select(['region_code', 'score'])
          .where('run_id', '=', run.id)
          .where('node_id', '=', root)
          .where('score', 'is not', null)
          .execute();
  return {
    runId: run.id,
    period: run.period,
    methodologyId: run.methodology_id,
    synthetic: run.synthetic,
    scores: new Map(rows.map((r) => [r.region_code, r.score!])),
  };
}
