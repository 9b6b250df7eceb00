import type { BuildState } from '../build-state.js';
import { nextState, nodeWeights, requireTree } from '../build-state.js';
import { aggregatorFor } from '../aggregate/registry.js';
import { MethodError } from '../errors.js';
import type { AggregationSpec } from '../spec.js';
import type { CompiledTree, TreeNode } from '../tree.js';

export interface AggregateParams {
  /** Method for nodes whose tree node names none. */
  readonly default: AggregationSpec;
  /** Replaces every node's method (a what-if or Monte Carlo switch). */
  readonly all?: AggregationSpec;
  /** Per-node overrides (highest precedence). */
  readonly nodes?: Readonly<Record<string, AggregationSpec>>;
  /** Minimum share (0–1) of children present for an aggregate to exist (default 0: any one child suffices). */
  readonly minShare?: number;
  /** Aggregate only nodes of these levels (others keep the previous aggregate step's values). Default: all. */
  readonly levels?: readonly number[];
}

/**
 * `aggregate`: fills the nodes × units score matrix. Leaf rows take the normalised values; aggregate rows are computed
 * children-first with each node's method (precedence: params.nodes[id], params.all, the tree node's, params.default)
 * and the relative weights of the `weights` step (tree weights when no such step ran).
 * With `levels` and a previous aggregate (a partial replay), the new matrix starts as a copy of the previous one,
 * leaf rows are copied again only when the normalised table changed since, and only the listed levels are computed.
 * @throws RangeError naming the node when its aggregation fails (e.g. a zero in a geometric mean).
 */
export function aggregateStep(state: BuildState, params: AggregateParams): BuildState {
  const tree = requireTree(state, 'aggregate');
  if (!state.normalised)
    throw new RangeError('aggregate: no normalised values yet; a "normalise" step must come first');
  const n = state.units.length;
  const normalised = state.normalised;
  const weights = nodeWeights(state, tree);
  const previous = params.levels === undefined ? null : state.aggregated;
  const matrix = previous ? previous.slice() : new Float64Array(tree.ids.length * n);
  if (!previous || state.aggregatedLeavesFrom !== normalised) {
    for (let k = 0; k < tree.leafRows.length; k++)
      matrix.set(normalised.subarray(k * n, (k + 1) * n), tree.leafRows[k] * n);
  }
  try {
    aggregateRowsInto(tree, weights, params, matrix, n);
  } catch (error) {
    if (error instanceof MethodError && error.place.unitIndex !== undefined)
      throw error.at({ unit: state.units[error.place.unitIndex] });
    throw error;
  }
  return nextState(state, { aggregated: matrix, aggregatedLeavesFrom: normalised });
}

/**
 * Computes the aggregate rows of `params.levels` (every aggregate row when absent) of a nodes × units matrix in place,
 * children first, reading leaf rows and the rows of other levels as they are: the core of the aggregate step, also
 * used by a Monte Carlo replication that owns its matrix (src/core/analysis/pipeline-model.ts). Every computed row is
 * overwritten whole, so repeating the call with other weights gives the same bits as a fresh aggregate step.
 * @throws RangeError naming the node when its aggregation fails (e.g. a zero in a geometric mean).
 */
export function aggregateRowsInto(
  tree: CompiledTree,
  weights: Float64Array,
  params: AggregateParams,
  matrix: Float64Array,
  nUnits: number,
): void {
  const childWeights = new Float64Array(tree.childRows.length);
  for (let k = 0; k < childWeights.length; k++) childWeights[k] = weights[tree.childRows[k]];
  const minShare = params.minShare ?? 0;
  for (const row of tree.aggregateRows) {
    const node = tree.nodes[row];
    if (params.levels !== undefined && !params.levels.includes(node.level)) continue;
    const spec = aggregationFor(node, params);
    const start = tree.childStart[row];
    const end = tree.childStart[row + 1];
    try {
      aggregatorFor(spec.method)({
        matrix,
        nUnits,
        minShare,
        spec,
        childRows: tree.childRows.subarray(start, end),
        childWeights: childWeights.subarray(start, end),
        out: matrix.subarray(row * nUnits, (row + 1) * nUnits),
      });
    } catch (error) {
      if (error instanceof MethodError) throw error.at({ node: node.id });
      if (error instanceof RangeError) throw new MethodError(`aggregate: ${error.message}`, { node: node.id });
      throw error;
    }
  }
}

/** The aggregation a node uses under these params: params.nodes[id], then params.all, the node's own, params.default. */
export function aggregationFor(node: TreeNode, params: AggregateParams): AggregationSpec {
  return params.nodes?.[node.id] ?? params.all ?? node.aggregation ?? params.default;
}
