/**
 * The robustness report stored with a rating run (rating_analysis.summary, written by src/ratings/store-analysis.ts),
 * for `egov analyse --run ID --stored`: shows the analysis without recomputing it. Null when the run has none.
 */
import type { Kysely } from 'kysely';
import type { RobustnessReport } from '../core/analysis/robustness-report.js';
import type { DB } from '../db/tables.js';

export async function readStoredAnalysis(db: Kysely<DB>, runId: number): Promise<RobustnessReport | null> {
  const row = await db.selectFrom('rating_analysis').select('summary').where('run_id', '=', runId).executeTakeFirst();
  if (!row) return null;
  const summary: unknown = typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary;
  return summary as RobustnessReport;
}
