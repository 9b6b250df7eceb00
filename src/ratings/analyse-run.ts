/**
 * The robustness analysis of a stored run: rebuilds the run's input from the stored measurements (checking it
 * against the run's input hash, so the analysis is of exactly the inputs that were rated), runs the Monte Carlo
 * over the assumptions of the uncertainty spec, and stores the result with the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { UncertaintySpec } from '../core/analysis/assumptions.js';
import type { RobustnessReport } from '../core/analysis/robustness-report.js';
import type { BuildStep } from '../core/pipeline.js';
import type { Database } from '../db/connect.js';
import { analyseBuild } from '../analysis/analyse-build.js';
import { parseUncertaintySpec } from '../analysis/load-analysis-inputs.js';
import { datasetHash } from '../methodology/hash.js';
import { loadPeriodDataset } from './period-dataset.js';
import { PRESETS_DIR } from './resolve-methodology.js';
import { storeAnalysis } from './store-analysis.js';

export class RunNotFoundError extends Error {
  override readonly name = 'RunNotFoundError';
}

/** The uncertainty spec shipped beside a preset (`data/methodologies/<id>.uncertainty.json`), if any: used when the
 * methodology document declares no `uncertainty` section of its own. */
export function presetUncertainty(methodologyId: string): UncertaintySpec | null {
  const path = `${PRESETS_DIR}${methodologyId}.uncertainty.json`;
  if (!existsSync(path)) return null;
  return parseUncertaintySpec(JSON.parse(readFileSync(path, 'utf8')), path);
}

export interface AnalyseRunOptions {
  readonly spec?: UncertaintySpec;
  readonly overrides?: { runs?: number; seed?: number };
  readonly threads?: number;
}

export async function analyseRun(database: Database, runId: number, options: AnalyseRunOptions = {}): Promise<RobustnessReport> {
  const run = await database.db.selectFrom('rating_run').select(['period', 'methodology_id', 'methodology_hash', 'build_log', 'input_hash'])
    .where('id', '=', runId).executeTakeFirst();
  if (!run) throw new RunNotFoundError(`no rating run ${runId}`);
  const base = options.spec ?? await declaredUncertainty(database, run.methodology_hash) ?? presetUncertainty(run.methodology_id);
  if (!base) throw new RunNotFoundError(`methodology "${run.methodology_id}" declares no uncertainty; pass an uncertainty spec`);
  const spec: UncertaintySpec = { ...base, ...stripUndefined(options.overrides ?? {}) };
  const log = run.build_log as BuildStep[];
  const leaves = await database.db.selectFrom('rating_node').select('node_id').where('run_id', '=', runId)
    .where('kind', '=', 'indicator').execute();
  const treeStep = log.find((s) => s.step === 'tree');
  const columns = treeStep ? leafIdsOf(treeStep.params) : leaves.map((l) => l.node_id);
  const dataset = await loadPeriodDataset(database.db, run.period, columns);
  if (datasetHash(dataset) !== run.input_hash) {
    throw new Error(`the stored measurements of ${run.period} changed since run ${runId} was rated (input hash differs); rate again`);
  }
  const report = await analyseBuild(dataset, log, spec, { threads: options.threads });
  await storeAnalysis(database.db, runId, spec, report);
  return report;
}

/** The uncertainty section of the run's own methodology document, if it declares one. */
async function declaredUncertainty(database: Database, hash: string): Promise<UncertaintySpec | null> {
  const stored = await database.db.selectFrom('methodology').select('document').where('hash', '=', hash).executeTakeFirst();
  const section = (stored?.document as { uncertainty?: unknown } | undefined)?.uncertainty;
  return section === undefined ? null : parseUncertaintySpec(section, `methodology ${hash.slice(0, 12)} uncertainty`);
}

/** Leaf ids of a tree step's params (an IndexTree), in the order the rating used them. */
function leafIdsOf(params: unknown): string[] {
  const nodes = (params as { nodes: { id: string; indicator?: unknown }[] }).nodes;
  return nodes.filter((n) => n.indicator !== undefined).map((n) => n.id);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
