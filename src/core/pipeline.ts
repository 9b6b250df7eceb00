/**
 * The build as an ordered, explicit log of steps (COINr's idea, without its name-keyed log slots): each step is
 * `(state, params, input) => state`, run in order. Replaying the same log on the same input reproduces every number;
 * a what-if or a Monte Carlo replication edits the params of a step and re-runs from that step, reusing the state
 * built before it (`options.from` + `options.startAt`).
 */
import type { BandResult, BuildState } from './build-state.js';
import { emptyState } from './build-state.js';
import type { Dataset } from './dataset.js';
import { MethodError } from './errors.js';
import type { ExpandedMethodology } from './expanded.js';
import { NodeTable } from './node-table.js';
import type { AggregateParams } from './steps/aggregate-step.js';
import { aggregateStep } from './steps/aggregate-step.js';
import { bandStep } from './steps/band-step.js';
import type { DenominateParams } from './steps/denominate-step.js';
import { denominateStep } from './steps/denominate-step.js';
import { type ImputeParams, imputeStep } from './steps/impute-step.js';
import { normaliseStep } from './steps/normalise-step.js';
import { outlierStep } from './steps/outlier-step.js';
import { rankStep } from './steps/rank-step.js';
import { screenStep } from './steps/screen-step.js';
import { transformStep } from './steps/transform-step.js';
import { treeStep } from './steps/tree-step.js';
import { weightsStep } from './steps/weights-step.js';

export type { BuildState } from './build-state.js';
export { NodeTable } from './node-table.js';

type StepFunction = (state: BuildState, params: never, input: Dataset) => BuildState;

/** The steps by name. Params of each: see the step's file in src/core/steps. */
export const STEPS = {
  tree: treeStep,
  denominate: denominateStep,
  impute: imputeStep,
  screen: screenStep,
  transform: transformStep,
  'treat-outliers': outlierStep,
  normalise: normaliseStep,
  weights: weightsStep,
  aggregate: aggregateStep,
  rank: rankStep,
  band: bandStep,
} as const satisfies Record<string, StepFunction>;

export const STEP_NAMES = Object.keys(STEPS) as StepName[];
export type StepName = keyof typeof STEPS;

export interface BuildStep {
  /** Unique within a log; edits address steps by id. */
  readonly id: string;
  readonly step: StepName;
  readonly params: unknown;
}

/** Every node's scores (nodes × units); `scores.get(nodeId)` is a Float64Array over the units. */
export type NodeScores = NodeTable;
/** Every node's sport ranks (NaN = no rank). */
export type NodeRanks = NodeTable;

export interface BuildResult {
  readonly state: BuildState;
  readonly log: readonly BuildStep[];
  /** Every node's score, nodes × units. */
  readonly scores: NodeScores;
  /** Every node's sport rank (NaN = no rank). */
  readonly ranks: NodeRanks;
  readonly bands: readonly BandResult[];
}

export interface RunOptions {
  /** State to start from (the state after steps[0 .. startAt − 1] on the same input). */
  readonly from?: BuildState;
  /** Index of the first step to run (default 0). */
  readonly startAt?: number;
}

/**
 * Runs `steps` on `input` in order and returns the final state with score and rank tables.
 * @throws RangeError for an unknown step name, a repeated step id, or any failing step (message names the step id).
 */
export function runPipeline(input: Dataset, steps: readonly BuildStep[], options: RunOptions = {}): BuildResult {
  return resultOf(runSteps(input, steps, options), steps);
}

/**
 * runPipeline without the score and rank tables: the final state only (for a caller, such as a Monte Carlo
 * replication, that reads one row of it). Same checks and errors as runPipeline.
 */
export function runSteps(input: Dataset, steps: readonly BuildStep[], options: RunOptions = {}): BuildState {
  const startAt = options.startAt ?? 0;
  let state = options.from ?? emptyState(input.units);
  const seen = new Set<string>();
  for (let i = 0; i < steps.length; i++) {
    const { id, step, params } = steps[i];
    if (seen.has(id)) throw new MethodError(`runPipeline: step id "${id}" repeats`);
    seen.add(id);
    if (i < startAt) continue;
    const run = STEPS[step] as StepFunction | undefined;
    if (!Object.hasOwn(STEPS, step) || !run)
      throw new MethodError(`runPipeline: unknown step "${step}" (known: ${STEP_NAMES.join(', ')})`);
    try {
      state = run(state, params as never, input);
    } catch (error) {
      throw asMethodError(error, id, input.units);
    }
  }
  return state;
}

/** Replays a recorded build log on the same input (= runPipeline): it reproduces every number. */
export function replay(log: readonly BuildStep[], input: Dataset): BuildResult {
  return runPipeline(input, log);
}

function resultOf(state: BuildState, log: readonly BuildStep[]): BuildResult {
  const tree = state.tree;
  const ids = tree?.ids ?? [];
  const rowOf = tree?.rowOf ?? new Map<string, number>();
  // A build cut before aggregate or rank gets all-missing tables; allocated only then (a Monte Carlo replay ends with both).
  const missing = (): Float64Array => new Float64Array(ids.length * state.units.length).fill(NaN);
  return Object.freeze({
    state,
    log,
    scores: new NodeTable(ids, state.units, state.aggregated ?? missing(), rowOf),
    ranks: new NodeTable(ids, state.units, state.ranks ?? missing(), rowOf),
    bands: state.bands,
  });
}

/**
 * The build log of a methodology, in the standard order: tree, [denominate], impute, [screen], transform,
 * treat-outliers, normalise, weights, aggregate, rank, then one band step per band spec. `denominate` appears only
 * when some indicator has a denominator (its params list every one of them), `screen` only when the methodology
 * screens units, so the logs of methodologies without them are unchanged. With `weighting`, the weights step derives
 * that weight set (`derive`, with the aggregation it needs). Step ids equal step names (bands:
 * `band:<node>`).
 */
export function compileSteps(methodology: ExpandedMethodology): BuildStep[] {
  const aggregate: AggregateParams = { default: methodology.aggregation, minShare: methodology.missing.minShare };
  const denominators: DenominateParams['indicators'] = Object.fromEntries(
    methodology.tree.nodes
      .filter((node) => node.indicator?.denominator !== undefined)
      .map((node) => [node.id, node.indicator!.denominator!]),
  );
  return [
    { id: 'tree', step: 'tree', params: methodology.tree },
    ...(Object.keys(denominators).length > 0
      ? [{ id: 'denominate', step: 'denominate', params: { indicators: denominators } } as const]
      : []),
    { id: 'impute', step: 'impute', params: imputeParams(methodology) },
    ...(methodology.screening ? [{ id: 'screen', step: 'screen', params: methodology.screening } as const] : []),
    { id: 'transform', step: 'transform', params: {} },
    { id: 'treat-outliers', step: 'treat-outliers', params: methodology.outliers },
    { id: 'normalise', step: 'normalise', params: {} },
    {
      id: 'weights',
      step: 'weights',
      params: methodology.weighting ? { derive: { ...methodology.weighting, aggregate } } : {},
    },
    { id: 'aggregate', step: 'aggregate', params: aggregate },
    { id: 'rank', step: 'rank', params: methodology.rank },
    ...methodology.bands.map((band, i): BuildStep => ({
      id: i === 0 ? 'band' : `band:${band.node}`,
      step: 'band',
      params: band,
    })),
  ];
}

/** The impute step's params: the method, with the minimum data share when the methodology sets one (> 0). */
function imputeParams(methodology: ExpandedMethodology): ImputeParams {
  const { minShare } = methodology.missing;
  return minShare > 0 ? { ...methodology.missing.impute, minShare } : methodology.missing.impute;
}

/**
 * The data columns a methodology reads: every leaf's indicator column, then each denominator column (once), in
 * tree order.
 */
export function requiredColumns(methodology: ExpandedMethodology): string[] {
  const leaves = methodology.tree.nodes.filter((node) => node.indicator !== undefined);
  const denominators = leaves.flatMap((node) => (node.indicator!.denominator ? [node.indicator!.denominator.by] : []));
  return [...new Set([...leaves.map((node) => node.id), ...denominators])];
}

/** Index of the step with this id. @throws RangeError when absent. */
export function stepIndex(log: readonly BuildStep[], id: string): number {
  const i = log.findIndex((s) => s.id === id);
  if (i < 0) throw new RangeError(`no step "${id}" in the build log (steps: ${log.map((s) => s.id).join(', ')})`);
  return i;
}

/** A copy of the log with step `id`'s params replaced (the log itself is not changed). */
export function editStep(log: readonly BuildStep[], id: string, params: unknown): BuildStep[] {
  const i = stepIndex(log, id);
  return log.map((s, k) => (k === i ? { ...s, params } : s));
}

/**
 * A step's failure as the core reports it: a MethodError (or a RangeError, the core's signal that a method cannot
 * be applied) gains the step id and the unit's code; anything else is a bug and passes through unchanged.
 */
export function asMethodError(error: unknown, step: string, units: readonly string[]): unknown {
  if (error instanceof MethodError) {
    const index = error.place.unitIndex;
    return error.at({ step, ...(index !== undefined && error.place.unit === undefined ? { unit: units[index] } : {}) });
  }
  if (error instanceof RangeError) return new MethodError(error.message, { step });
  return error;
}
