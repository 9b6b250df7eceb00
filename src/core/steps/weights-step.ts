import type { BuildState } from '../build-state.js';
import { nextState, requireTree } from '../build-state.js';
import { derivedWeights, type WeightSetSpec } from '../weights/derived-weights.js';

export interface WeightsParams {
  /** node id -> relative weight within its parent; nodes not listed keep the tree's weight. 0 drops a node. */
  readonly weights?: Readonly<Record<string, number>>;
  /** 'equal' sets every node's weight to 1 before the overrides. */
  readonly set?: 'tree' | 'equal';
  /** A data-driven weight set (PCA or correlation balance) for the nodes of one level, before the overrides. */
  readonly derive?: WeightSetSpec;
}

/**
 * `weights`: the relative weight of every node row. Weights are relative among siblings (the aggregation divides by
 * the sum of the present siblings' weights), so only ratios matter. Order: the tree's (or equal) weights, then the
 * derived set of `derive` (weights/derived-weights) for its level, then the `weights` overrides.
 * @throws RangeError for an unknown node id or a negative or non-finite weight.
 */
export function weightsStep(state: BuildState, params: WeightsParams): BuildState {
  const tree = requireTree(state, 'weights');
  let weights = new Float64Array(tree.nodes.length);
  for (let r = 0; r < weights.length; r++) weights[r] = params.set === 'equal' ? 1 : tree.nodes[r].weight;
  if (params.derive) weights = Float64Array.from(derivedWeights(state, tree, weights, params.derive));
  for (const id in params.weights ?? {}) {
    const w = params.weights![id];
    const row = tree.rowOf.get(id);
    if (row === undefined) throw new RangeError(`weights: unknown node "${id}"`);
    if (!(w >= 0) || !Number.isFinite(w))
      throw new RangeError(`weights: node "${id}" weight must be a finite number ≥ 0 (got ${w})`);
    weights[row] = w;
  }
  return nextState(state, { weights });
}
