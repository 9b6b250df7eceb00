/**
 * Scoring a dataset with a loaded methodology, recording what a replay needs: the build log, the methodology hash
 * and the input hash (the replay contract of DESIGN "Principles").
 */
import type { Dataset } from '../core/dataset.js';
import type { BuildResult, BuildStep } from '../core/pipeline.js';
import { compileSteps, requiredColumns, runPipeline } from '../core/pipeline.js';
import { datasetHash } from './hash.js';
import type { LoadedMethodology } from './load.js';

export interface RunRecord {
  readonly methodologyId: string;
  readonly methodologyVersion: string;
  readonly methodologyHash: string;
  readonly inputHash: string;
  readonly log: readonly BuildStep[];
}

export interface ScoreRun {
  readonly result: BuildResult;
  readonly record: RunRecord;
}

/** Compiles the methodology's build log and runs it on the dataset. @throws MethodError (src/core/errors.ts) naming the step, node and unit of a method that cannot be applied. */
export function scoreDataset(methodology: LoadedMethodology, data: Dataset): ScoreRun {
  const log = compileSteps(methodology.expanded);
  const result = runPipeline(data, log);
  return {
    result,
    record: {
      methodologyId: methodology.expanded.id,
      methodologyVersion: methodology.expanded.version,
      methodologyHash: methodology.hash,
      inputHash: datasetHash(data),
      log,
    },
  };
}

/** The data columns a loaded methodology reads: its leaves in tree order, then its denominator columns. */
export function dataColumns(methodology: LoadedMethodology): string[] {
  return requiredColumns(methodology.expanded);
}
