import type { BuildState } from '../build-state.js';
import { pearson } from '../analysis/pearson.js';
import type { AggregateParams } from '../steps/aggregate-step.js';
import { aggregateRowsInto } from '../steps/aggregate-step.js';
import type { CompiledTree } from '../tree.js';
import { balanceWeights } from './balance-weights.js';
import { type NegativeLoadings, pcaWeights } from './pca-weights.js';

/** The data-driven weight sets by name (a methodology's `weighting.method`). */
export const WEIGHT_SETS = ['pca', 'balance'] as const;
export type WeightSetName = (typeof WEIGHT_SETS)[number];

/**
 * A data-driven weight set for the nodes of one level, e.g. `{ method: 'pca', level: 1 }` or
 * `{ method: 'balance', level: 2, targets: { Conn: 1, Sust: 1 } }`. `aggregate` (filled in by compileSteps) is how
 * the levels are aggregated to compute the level's scores (level > 1) and the index (balance).
 */
export interface WeightSetSpec {
  readonly method: WeightSetName;
  /** The level whose node weights are derived (1 = indicators, default). */
  readonly level?: number;
  /** pca: what to do with a negative loading ('error' default, or 'zero'). */
  readonly negative?: NegativeLoadings;
  /** balance: target importance per node of the level (default equal). */
  readonly targets?: Readonly<Record<string, number>>;
  readonly aggregate?: AggregateParams;
}

const cache = new WeakMap<Float64Array, WeakMap<WeightSetSpec, Float64Array>>();

/**
 * The weights of every node row with the nodes of `spec.level` replaced by the derived set: 'pca' per parent (the
 * siblings under each parent: weights/pca-weights, on their normalised values or, above level 1, their scores
 * aggregated with `base`); 'balance' for the whole level at once (weights/balance-weights: correlations of each
 * node with the root, re-aggregating the levels above). Results are cached per normalised table and spec object, so a
 * Monte Carlo replication that reuses both does not recompute them.
 * @throws RangeError for an unknown method, a level without nodes, a missing aggregate spec where one is needed, or a
 * failing derivation (the message names the nodes).
 */
export function derivedWeights(
  state: BuildState,
  tree: CompiledTree,
  base: Float64Array,
  spec: WeightSetSpec,
): Float64Array {
  const normalised = state.normalised;
  if (!normalised)
    throw new RangeError(
      `weights: "${spec.method}" weights need normalised values; a "normalise" step must come first`,
    );
  const known = cache.get(normalised)?.get(spec);
  if (known) return known;
  const level = spec.level ?? 1;
  const rows = tree.nodes.flatMap((node, row) => (node.level === level && row !== tree.rootRow ? [row] : []));
  if (rows.length === 0) throw new RangeError(`weights: no node at level ${level} to weight`);
  const n = state.units.length;
  const matrix = new Float64Array(tree.ids.length * n);
  for (let k = 0; k < tree.leafRows.length; k++)
    matrix.set(normalised.subarray(k * n, (k + 1) * n), tree.leafRows[k] * n);
  const needsScores = spec.method === 'balance' || level > 1;
  if (needsScores) {
    if (!spec.aggregate)
      throw new RangeError(`weights: "${spec.method}" weights at level ${level} need the aggregation ("aggregate")`);
    aggregateRowsInto(tree, base, spec.aggregate, matrix, n);
  }
  const rowValues = (row: number): Float64Array => matrix.subarray(row * n, (row + 1) * n);
  const weights = Float64Array.from(base);
  if (spec.method === 'pca') {
    const parents = [...new Set(rows.map((row) => tree.parentRow[row]))];
    for (const parent of parents) {
      const siblings = rows.filter((row) => tree.parentRow[row] === parent);
      const w = pcaWeights(
        siblings.map((row) => tree.ids[row]),
        siblings.map(rowValues),
        spec.negative ?? 'error',
      );
      siblings.forEach((row, i) => {
        weights[row] = w[i];
      });
    }
  } else if (spec.method === 'balance') {
    const above = [...new Set(tree.nodes.map((node) => node.level))].filter((l) => l > level);
    const targets = Float64Array.from(rows, (row) => spec.targets?.[tree.ids[row]] ?? 1);
    const trial = Float64Array.from(base);
    const correlationsOf = (w: Float64Array): Float64Array => {
      rows.forEach((row, i) => {
        trial[row] = w[i];
      });
      aggregateRowsInto(tree, trial, { ...spec.aggregate!, levels: above }, matrix, n);
      const index = rowValues(tree.rootRow);
      return Float64Array.from(rows, (row) => {
        const r = pearson(rowValues(row), index);
        if (r === null)
          throw new RangeError(
            `weights: balance: the correlation of "${tree.ids[row]}" with the index is undefined (constant)`,
          );
        return r;
      });
    };
    const result = balanceWeights(
      targets,
      Int32Array.from(rows, (row) => tree.parentRow[row]),
      correlationsOf,
    );
    rows.forEach((row, i) => {
      weights[row] = result.weights[i];
    });
  } else {
    throw new RangeError(
      `weights: unknown weight set "${String((spec as { method: unknown }).method)}" (known: ${WEIGHT_SETS.join(', ')})`,
    );
  }
  if (!cache.has(normalised)) cache.set(normalised, new WeakMap());
  cache.get(normalised)!.set(spec, weights);
  return weights;
}
