/** What a worker needs to rebuild the model (sent once), and the ranges of evaluations it is then asked to run. */
import type { Dataset } from '../core/dataset.js';
import type { BuildStep } from '../core/pipeline.js';
import type { UncertaintySpec } from '../core/analysis/assumptions.js';
import { pipelineModel } from '../core/analysis/pipeline-model.js';
import type { ReplicationModel } from '../core/analysis/replication-model.js';
import { designShape } from '../core/analysis/robustness-report.js';
import { runEvaluations } from '../core/analysis/run-evaluations.js';

export interface ModelTask {
  readonly dataset: Dataset;
  readonly log: readonly BuildStep[];
  readonly spec: UncertaintySpec;
}

/** Messages from the pool to a worker. */
export type ToWorker =
  | { readonly kind: 'model'; readonly task: ModelTask }
  | { readonly kind: 'range'; readonly start: number; readonly end: number };

/** Messages from a worker to the pool. */
export type FromWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'ranks'; readonly start: number; readonly ranks: Float64Array }
  | { readonly kind: 'error'; readonly message: string };

/** Evaluations [start, end) of a model: the same code in a worker and in the calling thread, so threads cannot change results. */
export function runRange(model: ReplicationModel, spec: UncertaintySpec, start: number, end: number): Float64Array {
  return runEvaluations(model, designShape(spec), spec.seed, start, end);
}

export function buildModel(task: ModelTask): ReplicationModel {
  return pipelineModel(task);
}
