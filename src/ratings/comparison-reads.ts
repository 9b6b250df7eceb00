/**
 * What the compare page of a published run reads: every region's index result, service and stage scores in the run
 * (stage score = the mean of a region's `<service>.<stage>` scores, as the exports' stage matrix: load/results.ts),
 * and the index results of every published run of the same methodology (one per period, the latest published), for
 * the place over the years and the slope chart. Published runs only: the caller passes a published run, and the
 * other years are read with the drafts filter off, so a draft's values never reach the page.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import type { Dimension, ScoreMatrix } from '../report/model.js';
import { dimensionsOf, loadNodes } from '../report/load/nodes.js';
import { loadResults, scoreMatrix } from '../report/load/results.js';
import { indexResults, listRegions, listRuns, type RegionInfo, type RunSummary } from './queries.js';

export type IndexResults = ReadonlyMap<string, { readonly rank: number | null; readonly score: number | null }>;

export interface ComparisonReads {
  readonly run: RunSummary;
  readonly regions: readonly RegionInfo[];
  readonly index: IndexResults;
  readonly services: readonly Dimension[];
  readonly serviceScores: ScoreMatrix;
  readonly stages: readonly Dimension[];
  readonly stageScores: ScoreMatrix;
  /** Every published run of the run's methodology, one per period (the latest published), oldest period first. */
  readonly years: readonly { readonly run: RunSummary; readonly index: IndexResults }[];
}

export async function readComparison(db: Kysely<DB>, run: RunSummary): Promise<ComparisonReads> {
  const [regions, nodes, results, runs, stageRows] = await Promise.all([
    listRegions(db),
    loadNodes(db, run.id),
    loadResults(db, run.id),
    listRuns(db, { drafts: false }),
    db.selectFrom('stage').select(['id', 'ord']).execute(),
  ]);
  const codes = regions.map((r) => r.code);
  const stageOrder = new Map(stageRows.map((s) => [s.id, s.ord]));
  const services = dimensionsOf(nodes, 'service', stageOrder);
  const stages = dimensionsOf(nodes, 'stage', stageOrder);
  // listRuns is ordered by period, then id, descending: the first published run of a period is its latest.
  const perPeriod = new Map<number, RunSummary>();
  for (const r of runs)
    if (r.status === 'published' && r.methodology.id === run.methodology.id && !perPeriod.has(r.period))
      perPeriod.set(r.period, r);
  perPeriod.set(run.period, run);
  const years = [];
  for (const r of [...perPeriod.values()].sort((a, b) => a.period - b.period))
    years.push({ run: r, index: await indexResults(db, r.id) });
  return {
    run,
    regions,
    index: years.find((y) => y.run.id === run.id)!.index,
    services,
    serviceScores: scoreMatrix(results, nodes, 'service', codes, services),
    stages,
    stageScores: scoreMatrix(results, nodes, 'stage', codes, stages),
    years,
  };
}
