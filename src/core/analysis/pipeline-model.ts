import { type BuildState, nodeWeights } from '../build-state.js';
import type { Dataset } from '../dataset.js';
import type { CompiledTree } from '../tree.js';
import { asMethodError, type BuildResult, type BuildStep, runPipeline, runSteps, stepIndex } from '../pipeline.js';
import { aggregateRowsInto } from '../steps/aggregate-step.js';
import { weightsStep } from '../steps/weights-step.js';
import { rankInto } from '../rank/rank-with-ties.js';
import type { AggregateParams } from '../steps/aggregate-step.js';
import type { ImputeParams } from '../steps/impute-step.js';
import type { NormaliseParams } from '../steps/normalise-step.js';
import type { RankParams } from '../steps/rank-step.js';
import type { WeightsParams } from '../steps/weights-step.js';
import type { UncertaintySpec } from './assumptions.js';
import { NOMINAL } from './nominal-option.js';
import type { ReplicationModel } from './replication-model.js';
import {
  dimensionOf,
  excludedNode,
  optionIndex,
  type ResolvedAssumption,
  resolveAssumption,
  weightMultiplier,
} from './resolved-assumption.js';

export interface PipelineModelInput {
  readonly dataset: Dataset;
  /** The build log of the rating (compileSteps), with tree, weights, aggregate and rank steps. */
  readonly log: readonly BuildStep[];
  readonly spec: UncertaintySpec;
}

export interface PipelineModel extends ReplicationModel {
  readonly target: string;
  readonly nominal: BuildResult;
}

/**
 * Aggregate levels whose scores can change with the perturbed weights: every level above the lowest node a
 * weight-noise or exclusion assumption touches (a parent's level always exceeds its children's).
 */
function recomputedLevels(tree: CompiledTree, assumptions: readonly ResolvedAssumption[]): number[] {
  const touched = assumptions.flatMap((a) =>
    a.kind === 'weight-noise'
      ? Array.from(a.rows, (row) => tree.nodes[row].level)
      : a.kind === 'exclusion'
        ? a.nodes.map((id) => tree.nodes[tree.rowOf.get(id)!].level)
        : [],
  );
  const lowest = Math.min(...touched);
  return [...new Set(Array.from(tree.aggregateRows, (row) => tree.nodes[row].level))].filter((level) => level > lowest);
}

/**
 * A rating as a replication model, by "perturb the logged params, then replay" (STYLE 6). Per replication:
 * weight-noise multiplies the nominal weight of each listed node by U(1 − f, 1 + f) and exclusion sets one node's
 * weight to 0 (its siblings share its weight) in the `weights` step; aggregation replaces every node's method
 * (`aggregate.all`); normaliser replaces every indicator's normaliser (`normalise.all`); imputation replaces the
 * `impute` step's params; step merges the option over the params of the named step (e.g. treat-outliers' winmax);
 * the option "nominal" leaves the step as logged.
 * Replay starts at the `weights` step from a cached state: the nominal-weight build up to `aggregate` for the drawn
 * imputation, normaliser and aggregation choices (one per combination). Only the levels above the lowest perturbed
 * node are re-aggregated (`aggregate.levels`), as lower aggregates do not depend on the perturbed weights. The late
 * steps are run by the functions the pipeline uses, on a score matrix the model owns (one per cached state, a copy of
 * its aggregate): weightsStep, then aggregateRowsInto rewrites the re-aggregated rows in place (the other rows never
 * change), then rankInto ranks the target row into `out` with the `rank` step's params. So a replication allocates
 * no nodes × units table and costs a partial aggregation and one ranking, with the same bits as replaying the edited
 * log through runPipeline (tested).
 * Only the units the nominal build ranks are ranked in a replication (the others' scores are left out of the
 * ranking), so every replicated rank lies in [1, number ranked nominally] and a unit without a nominal rank (no data,
 * or below the minimum data share) never gets one; imputation alternatives keep the logged minimum data share.
 * Edge cases: a log without weights, aggregate and rank steps one after another, an imputation or normaliser step after `weights`, or an
 * unknown target throws a RangeError; a failing replication (e.g. a zero in a geometric mean) throws with its step.
 */
export function pipelineModel({ dataset, log, spec }: PipelineModelInput): PipelineModel {
  const nominal = runPipeline(dataset, log);
  const tree = nominal.state.tree!;
  const target = spec.target ?? tree.ids[tree.rootRow];
  const targetRow = nominal.ranks.row(target);
  const baseWeights = nodeWeights(nominal.state, tree);
  const assumptions = spec.assumptions.map((a) => resolveAssumption(a, tree));
  const weightsAt = stepIndex(log, 'weights');
  const rankAt = stepIndex(log, 'rank');
  const aggregateAt = stepIndex(log, 'aggregate');
  for (const kind of ['normaliser', 'imputation'] as const) {
    const at = assumptions.some((a) => a.kind === kind)
      ? stepIndex(log, kind === 'normaliser' ? 'normalise' : 'impute')
      : -1;
    if (at > weightsAt) throw new RangeError(`uncertainty: the ${kind} step must come before the weights step`);
  }
  for (const a of assumptions) {
    if (a.kind === 'step' && !(log.findIndex((s) => s.id === a.step) >= 0 && stepIndex(log, a.step) < weightsAt)) {
      throw new RangeError(
        `uncertainty: assumption "${a.id}": "${a.step}" is not a step before "weights" (steps: ${log
          .slice(0, weightsAt)
          .map((s) => s.id)
          .join(', ')})`,
      );
    }
  }
  if (!(aggregateAt === weightsAt + 1 && rankAt === aggregateAt + 1)) {
    throw new RangeError(
      'uncertainty: the build log must run weights, aggregate, rank in this order, one after another',
    );
  }
  const base = log.slice(0, rankAt);
  const rankParams = log[rankAt].params as RankParams;
  /** Per combination of choices: the build up to `aggregate` with nominal weights, and the model's own score matrix. */
  const prefixes = new Map<string, { readonly state: BuildState; readonly matrix: Float64Array }>();
  const n = dataset.units.length;
  const scratch = new Float64Array(2 * n);
  const levels = recomputedLevels(tree, assumptions);
  const nominalRanks = Float64Array.from(nominal.ranks.get(target));
  /** Only the units the nominal build ranks compete in a replication: no assumption makes an unranked unit ranked. */
  const ranked = Uint8Array.from(nominalRanks, (r) => (Number.isNaN(r) ? 0 : 1));
  const targetScores = new Float64Array(n);

  const evaluate = (inputs: readonly Float64Array[], out: Float64Array): void => {
    const steps = base.slice();
    const weights: Record<string, number> = { ...((steps[weightsAt].params as WeightsParams).weights ?? {}) };
    let aggregate = steps[aggregateAt].params as AggregateParams;
    let key = '';
    assumptions.forEach((a: ResolvedAssumption, i) => {
      const u = inputs[i];
      if (a.kind === 'weight-noise') {
        a.rows.forEach((row, k) => {
          weights[tree.ids[row]] = (weights[tree.ids[row]] ?? baseWeights[row]) * weightMultiplier(a.factor, u[k]);
        });
      } else if (a.kind === 'exclusion') {
        const dropped = excludedNode(a, u[0]);
        if (dropped !== null) weights[dropped] = 0;
      } else {
        const k = optionIndex(a.options.length, u[0]);
        key += `${i}:${k};`;
        const option = a.options[k];
        if (option === NOMINAL) return;
        if (a.kind === 'aggregation') aggregate = { ...aggregate, all: option as AggregateParams['default'] };
        else if (a.kind === 'step') {
          const at = stepIndex(steps, a.step);
          steps[at] = { ...steps[at], params: { ...(steps[at].params as object), ...option } };
        } else {
          const at = stepIndex(steps, a.kind === 'normaliser' ? 'normalise' : 'impute');
          const params =
            a.kind === 'normaliser'
              ? { ...(steps[at].params as NormaliseParams), all: option as NormaliseParams['all'] }
              : withMinShare(option as { readonly method: string }, steps[at].params as ImputeParams);
          steps[at] = { ...steps[at], params };
        }
      }
    });
    steps[aggregateAt] = { ...steps[aggregateAt], params: aggregate };
    let prefix = prefixes.get(key);
    if (!prefix) {
      const state = runSteps(dataset, steps.slice(0, aggregateAt + 1));
      prefix = { state, matrix: state.aggregated!.slice() };
      prefixes.set(key, prefix);
    }
    const { state, matrix } = prefix;
    const weightParams: WeightsParams = { ...(steps[weightsAt].params as WeightsParams), weights };
    const perturbed = inStep(log[weightsAt].id, dataset.units, () => weightsStep(state, weightParams).weights!);
    inStep(log[aggregateAt].id, dataset.units, () =>
      aggregateRowsInto(state.tree!, perturbed, { ...aggregate, levels }, matrix, n),
    );
    for (let u = 0; u < n; u++) targetScores[u] = ranked[u] === 1 ? matrix[targetRow * n + u] : NaN;
    rankInto(targetScores, 0, n, rankParams, out, 0, scratch);
  };

  return {
    units: dataset.units,
    assumptionIds: assumptions.map((a) => a.id),
    dimensions: assumptions.map(dimensionOf),
    nominalRanks,
    target,
    nominal,
    evaluate,
  };
}

/** An imputation alternative keeps the methodology's minimum data share (impute-step.ts): it fills only allowed cells. */
function withMinShare(option: { readonly method: string }, logged: ImputeParams): ImputeParams {
  return logged.minShare === undefined ? option : { ...option, minShare: logged.minShare };
}

/** Runs `run`, naming the step (and the unit) of a failure as runPipeline does. */
function inStep<T>(id: string, units: readonly string[], run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asMethodError(error, id, units);
  }
}
