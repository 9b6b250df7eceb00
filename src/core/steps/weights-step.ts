import type { BuildState } from '../build-state.js';
import { nextState, requireTree } from '../build-state.js';

export interface WeightsParams {
  /** node id -> relative weight within its parent; nodes not listed keep the tree's weight. 0 drops a node. */
  readonly weights?: Readonly<Record<string, number>>;
  /** 'equal' sets every node's weight to 1 before the overrides. */
  readonly set?: 'tree' | 'equal';
}

/**
 * `weights`: the relative weight of every node row. Weights are relative among siblings (the aggregation divides by
 * the sum of the present siblings' weights), so only ratios matter.
 * @throws RangeError for an unknown node id or a negative or non-finite weight.
 */
export function weightsStep(state: BuildState, params: WeightsParams): BuildState {
  const tree = requireTree(state, 'weights');
  const weights = new Float64Array(tree.nodes.length);
  for (let r = 0; r < weights.length; r++) weights[r] = params.set === 'equal' ? 1 : tree.nodes[r].weight;
  for (const id in params.weights ?? {}) {
    const w = params.weights![id];
    const row = tree.rowOf.get(id);
    if (row === undefined) throw new RangeError(`weights: unknown node "${id}"`);
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weights: node "${id}" weight must be a finite number ≥ 0 (got ${w})`);
    weights[row] = w;
  }
  return nextState(state, { weights });
}
