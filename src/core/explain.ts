/**
 * Explaining one unit's score at one node: what each child contributes, where the unit is strong or weak against
 * the median of all units, how far the next rank up is, and which single indicator change would close that gap.
 */
import { nodeWeights } from './build-state.js';
import type { GapCloser } from './explain/gap-closers.js';
import { gapClosers } from './explain/gap-closers.js';
import type { LevelStandouts } from './explain/standouts.js';
import { standoutsByLevel } from './explain/standouts.js';
import type { BuildResult } from './pipeline.js';
import { medianPresent } from './stats/quantile.js';

export type { GapCloser } from './explain/gap-closers.js';
export type { LevelStandouts } from './explain/standouts.js';

export interface ChildContribution {
  readonly id: string;
  readonly label?: string;
  /** Weight relative to the siblings, as set. */
  readonly weight: number;
  /** Weight after re-weighting over the children present for this unit: w / Σ w_present (0 when missing). */
  readonly effectiveWeight: number;
  readonly value: number;
  /** effectiveWeight × value; for an arithmetic mean these sum to the node's score. */
  readonly contribution: number;
  /** Median of this child over all units with a value. */
  readonly median: number;
  /** value − median: positive where the unit is stronger than the typical unit. */
  readonly vsMedian: number;
}

export interface Explanation {
  readonly unit: string;
  readonly node: string;
  readonly score: number;
  readonly rank: number;
  readonly children: readonly ChildContribution[];
  /** Children above the median of all units, best first (up to 3), and below it, worst first (up to 3). */
  readonly strongest: readonly ChildContribution[];
  readonly weakest: readonly ChildContribution[];
  /** The unit ranked just above (null at rank 1 or without a rank) and the score gap to it. */
  readonly nextRankUp: {
    readonly unit: string;
    readonly rank: number;
    readonly score: number;
    readonly gap: number;
  } | null;
  /** Single-indicator changes that close the gap, the smallest normalised increase first (feasible ones only, up to 5). */
  readonly closers: readonly GapCloser[];
  /**
   * Every level below the node (e.g. under a region's index: services, then stages, then indicators): the unit's
   * nodes at that level with the largest and smallest value − median of all units (up to 3 each).
   */
  readonly byLevel: readonly LevelStandouts[];
}

/**
 * @throws RangeError for an unknown unit or node, or a result without scores.
 * Closers: for a leaf under the node with a present value, the needed normalised value v* solves
 * score(v*) = score of the next unit up. With arithmetic means all the way up, score is linear in the leaf:
 * v* = v + gap / Π(effective weights on the path) (exact); otherwise v* is found by bisection on [v, ceiling]
 * (60 halvings). Changes beyond the normaliser's ceiling (e.g. above 100) are not feasible and not listed.
 */
export function explain(result: BuildResult, unit: string, nodeId: string): Explanation {
  const state = result.state;
  const tree = state.tree;
  if (!tree || !state.aggregated) throw new RangeError('explain: the build has no scores');
  const u = state.units.indexOf(unit);
  if (u < 0) throw new RangeError(`explain: unknown unit "${unit}"`);
  const row = tree.rowOf.get(nodeId);
  if (row === undefined) throw new RangeError(`explain: unknown node "${nodeId}"`);
  const n = state.units.length;
  const m = state.aggregated;
  const weights = nodeWeights(state, tree);
  const kids = Array.from(tree.childRows.subarray(tree.childStart[row], tree.childStart[row + 1]));
  const presentWeight = kids.reduce(
    (s, c) => s + (weights[c] > 0 && m[c * n + u] === m[c * n + u] ? weights[c] : 0),
    0,
  );
  const children = kids.map((c): ChildContribution => {
    const value = m[c * n + u];
    const effectiveWeight = value === value && weights[c] > 0 ? weights[c] / presentWeight : 0;
    const median = medianPresent(m.subarray(c * n, (c + 1) * n));
    const node = tree.nodes[c];
    return {
      id: node.id,
      ...(node.label ? { label: node.label } : {}),
      weight: weights[c],
      effectiveWeight,
      value,
      contribution: value === value ? effectiveWeight * value : 0,
      median,
      vsMedian: value - median,
    };
  });
  const ranked = children.filter((c) => c.vsMedian === c.vsMedian).sort((a, b) => b.vsMedian - a.vsMedian);
  const score = m[row * n + u];
  const rank = result.ranks.matrix[row * n + u];
  const next = nextUp(result.ranks.matrix.subarray(row * n, (row + 1) * n), rank);
  const nextRankUp =
    next < 0
      ? null
      : {
          unit: state.units[next],
          rank: result.ranks.matrix[row * n + next],
          score: m[row * n + next],
          gap: m[row * n + next] - score,
        };
  return {
    unit,
    node: nodeId,
    score,
    rank,
    children,
    strongest: ranked.filter((c) => c.vsMedian > 0).slice(0, 3),
    weakest: ranked
      .filter((c) => c.vsMedian < 0)
      .slice(-3)
      .reverse(),
    nextRankUp,
    closers: nextRankUp ? gapClosers(result, u, row, nextRankUp.score) : [],
    byLevel: standoutsByLevel(result, u, row),
  };
}

/** Index of the unit whose rank is the largest one still better than `rank` (−1 when none). */
function nextUp(ranks: Float64Array, rank: number): number {
  let best = -1;
  for (let i = 0; i < ranks.length; i++) if (ranks[i] < rank && (best < 0 || ranks[i] > ranks[best])) best = i;
  return best;
}
