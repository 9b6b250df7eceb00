/**
 * "Build your own rating": the part of a build after normalisation, replayed in the browser with new weights or a new
 * aggregation. A published run's normalised values (leaf-major, as the run's build computed them) and the steps of its
 * log from `weights` on are enough: the `tree` step is replayed to compile the hierarchy, the normalised table is put
 * back into the state, and the weights, aggregate, rank and band steps run with the edits applied (core/what-if's
 * applyEdit, as `egov score --weight NODE=W --aggregation NAME` does). Steps before normalisation (imputation, screening,
 * outlier treatment) are already inside the normalised values, so the same weights give the same scores and ranks as
 * a full replay of the run.
 */
import { emptyState, nextState } from '../build-state.js';
import type { Dataset } from '../dataset.js';
import { MethodError } from '../errors.js';
import type { BuildResult, BuildStep } from '../pipeline.js';
import { runPipeline } from '../pipeline.js';
import { treeStep } from '../steps/tree-step.js';
import type { IndexTree } from '../tree.js';
import { applyEdit, type WhatIfEdit } from '../what-if.js';

/** What the browser needs of a run: JSON-safe (a missing normalised value is null). */
export interface RescoreData {
  readonly units: readonly string[];
  /** Leaf ids in the order of the compiled tree's leaf rows. */
  readonly leaves: readonly string[];
  /** Leaf-major: leaf k of unit u at [k · units.length + u]; null = missing. */
  readonly normalised: readonly (number | null)[];
  /** The run's `tree` step followed by its steps after `normalise` (weights, aggregate, rank, bands). */
  readonly log: readonly BuildStep[];
}

/** The root's score and rank per unit (in `units` order; NaN = no score or no rank). */
export interface Rescored {
  readonly scores: Float64Array;
  readonly ranks: Float64Array;
}

/**
 * The rescore data of a finished build (its log must hold a `tree` and a `normalise` step).
 * @throws MethodError when the build has no normalised table or its log lacks those steps.
 */
export function rescoreData(result: BuildResult): RescoreData {
  const { state, log } = result;
  const at = log.findIndex((step) => step.step === 'normalise');
  const tree = log.find((step) => step.step === 'tree');
  if (at < 0 || !tree || !state.normalised || !state.tree)
    throw new MethodError('rescoreData: the build has no tree or no normalise step');
  return {
    units: state.units,
    leaves: Array.from(state.tree.leafRows, (row) => state.tree!.ids[row]),
    normalised: Array.from(state.normalised, (v) => (Number.isNaN(v) ? null : v)),
    log: [tree, ...log.slice(at + 1)],
  };
}

/**
 * Replays the rescore part of a run with `edits` (weight, drop and aggregation edits; a normaliser edit needs the raw
 * values and is refused) and returns the full build result.
 * @throws MethodError for a normaliser or params edit, or when a step cannot apply (e.g. a geometric mean of zeros).
 */
export function rescoreBuild(data: RescoreData, edits: readonly WhatIfEdit[]): BuildResult {
  for (const edit of edits)
    if (edit.kind !== 'weight' && edit.kind !== 'drop' && edit.kind !== 'aggregation')
      throw new MethodError(
        `rescore: a ${edit.kind} edit needs the raw values; only weights and aggregation change here`,
      );
  const n = data.units.length;
  if (data.normalised.length !== n * data.leaves.length)
    throw new MethodError(
      `rescore: ${data.normalised.length} normalised values for ${n} units × ${data.leaves.length} leaves`,
    );
  const log = edits.reduce<BuildStep[]>((acc, edit) => applyEdit(acc, edit), [...data.log]);
  const input: Dataset = {
    units: data.units,
    indicators: data.leaves,
    values: new Float64Array(n * data.leaves.length).fill(NaN),
  };
  const compiled = treeStep(emptyState(data.units), log[0].params as IndexTree, input);
  const from = nextState(compiled, { normalised: Float64Array.from(data.normalised, (v) => (v === null ? NaN : v)) });
  return runPipeline(input, log, { from, startAt: 1 });
}

/** The root's scores and ranks after the edits (see rescoreBuild). */
export function rescore(data: RescoreData, edits: readonly WhatIfEdit[]): Rescored {
  const result = rescoreBuild(data, edits);
  const root = result.state.tree!.ids[result.state.tree!.rootRow];
  return { scores: Float64Array.from(result.scores.get(root)), ranks: Float64Array.from(result.ranks.get(root)) };
}
