/**
 * Loads the explorer payload of a published run: replays the run from its own stored inputs and build log (never the
 * live measurements), reads its nodes' labels and its published ranking. Published runs are immutable, so a payload
 * is kept per database and run id (a handful of runs; each payload holds units × indicators numbers).
 */
import type { Kysely } from 'kysely';
import { replay } from '../../core/pipeline.js';
import type { DB } from '../../db/tables.js';
import { getRanking, type RunSummary } from '../../ratings/queries.js';
import { readRunInputs } from '../../ratings/run-inputs.js';
import { explorerPayload, type ExplorerPayload } from './explorer-payload.js';

const KEPT = 8;
const keptByDatabase = new WeakMap<Kysely<DB>, Map<number, Promise<ExplorerPayload>>>();

export function loadExplorerPayload(db: Kysely<DB>, run: RunSummary): Promise<ExplorerPayload> {
  const kept = keptByDatabase.get(db) ?? new Map<number, Promise<ExplorerPayload>>();
  keptByDatabase.set(db, kept);
  const known = kept.get(run.id);
  if (known) return known;
  const loading = load(db, run);
  kept.set(run.id, loading);
  loading.catch(() => kept.delete(run.id));
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return loading;
}

async function load(db: Kysely<DB>, run: RunSummary): Promise<ExplorerPayload> {
  const inputs = await readRunInputs(db, run.id);
  const result = replay(inputs.log, inputs.dataset);
  const nodes = await db
    .selectFrom('rating_node')
    .select(['node_id as nodeId', 'parent_id as parentId', 'kind', 'label_ru as labelRu', 'label_en as labelEn'])
    .where('run_id', '=', run.id)
    .execute();
  return explorerPayload(run, result, nodes, await getRanking(db, run));
}
