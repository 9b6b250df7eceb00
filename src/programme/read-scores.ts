/**
 * Overall rating scores for the money-against-results view: the root-node scores of a rating run (by default
 * the run published for the year) and of the previous year's published run of the same methodology.
 * Drafts are never chosen by default (they are embargoed); a caller may name a run explicitly.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { rootNodeId } from '../ratings/queries.js';

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
  query = runId !== null
    ? query.where('id', '=', runId)
    : query.where('period', '=', year).where('status', '=', 'published').orderBy('published_at', 'desc').orderBy('id', 'desc');
  const run = await query.executeTakeFirst();
  return run ? scoresOf(db, run) : null;
}

/** Scores of the previous period's latest published run with the same methodology, or null. */
export async function readPreviousScores(db: Kysely<DB>, current: RunScores): Promise<RunScores | null> {
  const run = await db.selectFrom('rating_run').select(['id', 'period', 'methodology_id', 'synthetic'])
    .where('period', '=', current.period - 1).where('methodology_id', '=', current.methodologyId)
    .where('status', '=', 'published').orderBy('published_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return run ? scoresOf(db, run) : null;
}

async function scoresOf(
  db: Kysely<DB>, run: { id: number; period: number; methodology_id: string; synthetic: boolean },
): Promise<RunScores> {
  const root = await rootNodeId(db, run.id);
  const rows = root === null ? [] : await db.selectFrom('rating_result').select(['region_code', 'score'])
    .where('run_id', '=', run.id).where('node_id', '=', root).where('score', 'is not', null).execute();
  return {
    runId: run.id,
    period: run.period,
    methodologyId: run.methodology_id,
    synthetic: run.synthetic,
    scores: new Map(rows.map((r) => [r.region_code, r.score!])),
  };
}
