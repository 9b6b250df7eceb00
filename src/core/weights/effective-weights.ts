import type { CompiledTree } from '../tree.js';

/**
 * Effective weight of every node in the root (COINr get_eff_wts): the product, along the path from the root, of each
 * node's weight relative to its siblings, e_root = 1, e_child = e_parent · w_child / Σ w_siblings. The effective
 * weights of the indicators sum to 1 (over the nodes of any one level, too). Edge cases: siblings whose weights are
 * all 0 give 0 (not NaN); the weights are the nominal ones, before re-weighting over a unit's missing children.
 * @example index ← (P1 ← a 1, b 3), (P2 ← c): a 0.125, b 0.375, c 0.5.
 */
export function effectiveWeights(tree: CompiledTree, weights: ArrayLike<number>): Float64Array {
  const effective = new Float64Array(tree.ids.length);
  effective[tree.rootRow] = 1;
  for (let i = tree.aggregateRows.length - 1; i >= 0; i--) {
    const row = tree.aggregateRows[i];
    let sum = 0;
    for (let k = tree.childStart[row]; k < tree.childStart[row + 1]; k++) sum += weights[tree.childRows[k]];
    for (let k = tree.childStart[row]; k < tree.childStart[row + 1]; k++) {
      const child = tree.childRows[k];
      effective[child] = sum > 0 ? (effective[row] * weights[child]) / sum : 0;
    }
  }
  return effective;
}
