import { type BuildState, nodeWeights } from '../build-state.js';
import type { Dataset } from '../dataset.js';
import type { CompiledTree } from '../tree.js';
import { type BuildResult, type BuildStep, runPipeline, runSteps, stepIndex } from '../pipeline.js';
import { rankInto } from '../rank/rank-with-ties.js';
import type { AggregateParams } from '../steps/aggregate-step.js';
import type { NormaliseParams } from '../steps/normalise-step.js';
import type { RankParams } from '../steps/rank-step.js';
import type { WeightsParams } from '../steps/weights-step.js';
import type { UncertaintySpec } from './assumptions.js';
import { NOMINAL } from './nominal-option.js';
import type { ReplicationModel } from './replication-model.js';
import { dimensionOf, excludedNode, optionIndex, type ResolvedAssumption, resolveAssumption, weightMultiplier } from './resolved-assumption.js';

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
  const touched = assumptions.flatMap((a) => (a.kind === 'weight-noise' ? Array.from(a.rows, (row) => tree.nodes[row].level)
    : a.kind === 'exclusion' ? a.nodes.map((id) => tree.nodes[tree.rowOf.get(id)!].level) : []));
  const lowest = Math.min(...touched);
  return [...new Set(Array.from(tree.aggregateRows, (row) => tree.nodes[row].level))].filter((level) => level > lowest);
}

/**
 * A rating as a replication model, by "perturb the logged params, then replay" (STYLE 6). Per replication:
 * weight-noise multiplies the nominal weight of each listed node by U(1 − f, 1 + f) and exclusion sets one node's
 * weight to 0 (its siblings share its weight) in the `weights` step; aggregation replaces every node's method
 * (`aggregate.all`); normaliser replaces every indicator's normaliser (`normalise.all`); imputation replaces the
 * `impute` step's params; the option "nominal" leaves the step as logged. The log is cut before `rank`, and the
 * target's row is ranked with the `rank` step's params by the function that step uses (rankInto), straight into
 * `out`, so no nodes × units rank table is built per replication.
 * Replay starts at the `weights` step from a cached state: the nominal-weight build up to `aggregate` for the drawn
 * imputation, normaliser and aggregation choices (one per combination). Only the levels above the lowest perturbed
 * node are re-aggregated (`aggregate.levels`), as lower aggregates do not depend on the perturbed weights; so a
 * replication costs a copy of the score matrix, a partial aggregation and one ranking.
 * Edge cases: a log without weights/aggregate/rank steps, an imputation or normaliser step after `weights`, or an
 * unknown target throws a RangeError; a failing replication (e.g. a zero in a geometric mean) throws with its step.
 */
export function pipelineModel({ dataset, log, spec }: PipelineModelInput): PipelineModel {
  const nominal = runPipeline(dataset, log);
  const tree = nominal.state.tree!;
  const target = spec.target ?? tree.ids[tree.rootRow];
  const targetRow = nominal.ranks.row(target);
  const baseWeights = nodeWeights(nominal.state, tree);
  const assumptions = spec.assumptions.map((a) => resolveAssumption(a, tree));
  const late = stepIndex(log, 'weights');
  const rankAt = stepIndex(log, 'rank');
  const aggregateAt = stepIndex(log, 'aggregate');
  for (const kind of ['normaliser', 'imputation'] as const) {
    const at = assumptions.some((a) => a.kind === kind) ? stepIndex(log, kind === 'normaliser' ? 'normalise' : 'impute') : -1;
    if (at > late) throw new RangeError(`uncertainty: the ${kind} step must come before the weights step`);
  }
  if (!(late < aggregateAt && aggregateAt < rankAt)) throw new RangeError('uncertainty: the build log must run weights, aggregate, rank in this order');
  const base = log.slice(0, rankAt);
  const rankParams = log[rankAt].params as RankParams;
  const prefixes = new Map<string, BuildState>();
  const n = dataset.units.length;
  const scratch = new Float64Array(2 * n);
  const levels = recomputedLevels(tree, assumptions);

  const evaluate = (inputs: readonly Float64Array[], out: Float64Array): void => {
    const steps = base.slice();
    const weights: Record<string, number> = { ...((steps[late].params as WeightsParams).weights ?? {}) };
    let aggregate = steps[aggregateAt].params as AggregateParams;
    let key = '';
    assumptions.forEach((a: ResolvedAssumption, i) => {
      const u = inputs[i];
      if (a.kind === 'weight-noise') {
        a.rows.forEach((row, k) => { weights[tree.ids[row]] = (weights[tree.ids[row]] ?? baseWeights[row]) * weightMultiplier(a.factor, u[k]); });
      } else if (a.kind === 'exclusion') {
        const dropped = excludedNode(a, u[0]);
        if (dropped !== null) weights[dropped] = 0;
      } else {
        const k = optionIndex(a.options.length, u[0]);
        key += `${i}:${k};`;
        const option = a.options[k];
        if (option === NOMINAL) return;
        if (a.kind === 'aggregation') aggregate = { ...aggregate, all: option };
        else {
          const at = stepIndex(steps, a.kind === 'normaliser' ? 'normalise' : 'impute');
          const params = a.kind === 'normaliser' ? { ...(steps[at].params as NormaliseParams), all: option } : option;
          steps[at] = { ...steps[at], params };
        }
      }
    });
    steps[aggregateAt] = { ...steps[aggregateAt], params: aggregate };
    let from = prefixes.get(key);
    if (!from) {
      from = runSteps(dataset, steps.slice(0, aggregateAt + 1));
      prefixes.set(key, from);
    }
    steps[late] = { ...steps[late], params: { ...(steps[late].params as WeightsParams), weights } };
    steps[aggregateAt] = { ...steps[aggregateAt], params: { ...aggregate, levels } };
    const scores = runSteps(dataset, steps, { from, startAt: late }).aggregated!;
    rankInto(scores, targetRow * n, n, rankParams, out, 0, scratch);
  };

  return {
    units: dataset.units, assumptionIds: assumptions.map((a) => a.id), dimensions: assumptions.map(dimensionOf),
    nominalRanks: Float64Array.from(nominal.ranks.get(target)), target, nominal, evaluate,
  };
}
