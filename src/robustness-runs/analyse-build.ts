/**
 * The robustness analysis of one rating, for `egov analyse` and for the integrator's stored runs (`--run ID`,
 * `egov demo`): given the rating's build log, its input and an uncertainty spec, runs the Monte Carlo evaluations
 * (on worker threads when `threads` > 1) and returns rank intervals, Sobol shares and the coherence audit.
 */
import type { Dataset } from '../core/dataset.js';
import type { BuildStep } from '../core/pipeline.js';
import type { UncertaintySpec } from '../core/analysis/assumptions.js';
import { pipelineModel } from '../core/analysis/pipeline-model.js';
import { designShape, type RobustnessReport, robustnessReport } from '../core/analysis/robustness-report.js';
import { evaluationCount } from '../core/analysis/saltelli-design.js';
import { defaultThreads, runEvaluationsParallel } from './pool.js';

export interface AnalyseOptions {
  /** Worker threads (default: all cores); 1 runs in the calling thread. Results do not depend on it. */
  readonly threads?: number;
}

export async function analyseBuild(
  dataset: Dataset,
  log: readonly BuildStep[],
  spec: UncertaintySpec,
  options: AnalyseOptions = {},
): Promise<RobustnessReport> {
  const model = pipelineModel({ dataset, log, spec });
  const total = evaluationCount(designShape(spec));
  const ranks = await runEvaluationsParallel({ dataset, log, spec }, model, total, options.threads ?? defaultThreads());
  return robustnessReport(model, spec, ranks);
}
