/**
 * The robustness analysis of a stored run, from the run alone: its stored input snapshot and build log
 * (src/ratings/run-inputs.ts, never the live measurement table, so a correction of the data after publication
 * changes nothing), the Monte Carlo over the assumptions of the uncertainty spec the run was rated with (or one
 * given by the caller), and the result stored with the run.
 */
import type { UncertaintySpec } from '../core/analysis/assumptions.js';
import type { RobustnessReport } from '../core/analysis/robustness-report.js';
import type { Database } from '../db/connect.js';
import { analyseBuild } from '../robustness-runs/analyse-build.js';
import { RunNotFoundError } from './run-errors.js';
import { readRunInputs } from './run-inputs.js';
import { storeAnalysis } from './store-analysis.js';

export { RunNotFoundError };

export interface AnalyseRunOptions {
  readonly spec?: UncertaintySpec;
  readonly overrides?: { runs?: number; seed?: number };
  readonly threads?: number;
}

export async function analyseRun(
  database: Database,
  runId: number,
  options: AnalyseRunOptions = {},
): Promise<RobustnessReport> {
  const inputs = await readRunInputs(database.db, runId);
  const base = options.spec ?? inputs.uncertaintySpec;
  if (!base)
    throw new RunNotFoundError(
      `methodology "${inputs.methodologyId}" declares no uncertainty; pass an uncertainty spec`,
    );
  const spec: UncertaintySpec = { ...base, ...stripUndefined(options.overrides ?? {}) };
  const report = await analyseBuild(inputs.dataset, inputs.log, spec, { threads: options.threads });
  await storeAnalysis(database.db, runId, spec, report);
  return report;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
