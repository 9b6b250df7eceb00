/** The message a worker receives: everything needed to rebuild the model and run one range of evaluations. */
import type { Dataset } from '../core/dataset.js';
import type { BuildStep } from '../core/pipeline.js';
import type { UncertaintySpec } from '../core/analysis/assumptions.js';
import { pipelineModel } from '../core/analysis/pipeline-model.js';
import { designShape } from '../core/analysis/robustness-report.js';
import { runEvaluations } from '../core/analysis/run-evaluations.js';

export interface EvaluationTask {
  readonly dataset: Dataset;
  readonly log: readonly BuildStep[];
  readonly spec: UncertaintySpec;
  readonly start: number;
  readonly end: number;
}

/** Runs a task in the current thread: the same code a worker runs, so threads cannot change results. */
export function runTask(task: EvaluationTask): Float64Array {
  const model = pipelineModel(task);
  return runEvaluations(model, designShape(task.spec), task.spec.seed, task.start, task.end);
}
