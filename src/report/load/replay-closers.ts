/**
 * Gap closers of every ranked region, from a replay of the run's build log on its stored inputs (the core's
 * explain machinery, src/core/explain/gap-closers.ts): for the region placed just above, which single indicator
 * would alone close the score gap, and the normalised value it would need. The replay is used only when the
 * rebuilt inputs hash to the run's input hash (the measurements have not changed since); otherwise the answer
 * is null and the publication lists no closers rather than wrong ones.
 */
import type { Kysely } from 'kysely';
import { gapClosers, type GapCloser } from '../../core/explain/gap-closers.js';
import { type BuildStep, replay } from '../../core/pipeline.js';
import type { DB } from '../../db/tables.js';
import { datasetHash } from '../../methodology/hash.js';
import { loadPeriodDataset } from '../../ratings/period-dataset.js';

/** Region code → closers towards `targets[region]` (the next region's score); null when the replay is not possible. */
export async function replayClosers(
  db: Kysely<DB>, runId: number, rootId: string, targets: ReadonlyMap<string, number>,
): Promise<Map<string, GapCloser[]> | null> {
  const run = await db.selectFrom('rating_run').select(['period', 'build_log', 'input_hash']).where('id', '=', runId).executeTakeFirstOrThrow();
  const log = run.build_log as BuildStep[];
  const treeStep = log.find((s) => s.step === 'tree');
  if (!treeStep) return null;
  const leaves = (treeStep.params as { nodes: { id: string; indicator?: unknown }[] }).nodes.filter((n) => n.indicator !== undefined).map((n) => n.id);
  const dataset = await loadPeriodDataset(db, run.period, leaves);
  if (datasetHash(dataset) !== run.input_hash) return null;
  const result = replay(log, dataset);
  const row = result.state.tree?.rowOf.get(rootId);
  if (row === undefined) return null;
  const out = new Map<string, GapCloser[]>();
  for (const [region, target] of targets) {
    const u = result.state.units.indexOf(region);
    if (u >= 0) out.set(region, gapClosers(result, u, row, target));
  }
  return out;
}
