import { nelderMead } from '../stats/nelder-mead.js';

export interface BalanceResult {
  /** Optimised weights, summing to 1. */
  readonly weights: Float64Array;
  /** Correlations of each node with the index at the optimum, normalised to sum to 1. */
  readonly correlations: Float64Array;
  readonly converged: boolean;
}

/**
 * Correlation-balance weights (COINr get_opt_weights, optype "balance"): the weights w of the k nodes of one level
 * such that their correlations with the index, normalised to sum to 1 (c̃ᵢ = cᵢ / Σc), come as close as possible to
 * the target importances t (normalised likewise; equal by default):
 *   minimise  Σᵢ (tᵢ − c̃ᵢ(w))² / k,
 * by Nelder–Mead (stats/nelder-mead), starting from w = t. Weights only matter relative to their siblings, so they
 * are searched as wᵢ = exp(θᵢ) / Σ_{j in i's sibling group} exp(θⱼ) with the first θ of each group fixed at 0 (no flat
 * directions), and returned summing to 1 within each group. Differences from COINr, stated: COINr minimises the log of
 * the same quantity over unconstrained w with R's reltol 0.1 (it stops close to the start); here the weights stay
 * positive and reltol is 1e-10, so the optimum is actually sought. `correlationsOf(w)` re-aggregates with w and
 * returns the k Pearson correlations with the index.
 * Edge cases: a group of one node gets weight 1; an undefined correlation (a constant node or index) throws from the
 * caller; a search that does not converge within maxIterations returns its best point with converged false.
 * @example two one-indicator pillars a, b under the index: targets 1 and 2 give weights for which corr(b, index) is
 * twice corr(a, index).
 */
export function balanceWeights(
  targets: Float64Array,
  groups: Int32Array,
  correlationsOf: (weights: Float64Array) => Float64Array,
  options: { readonly reltol?: number; readonly maxIterations?: number } = {},
): BalanceResult {
  const k = targets.length;
  const t = targets.map((v) => v / targets.reduce((a, b) => a + b, 0));
  const firstOf = new Map<number, number>();
  groups.forEach((g, i) => {
    if (!firstOf.has(g)) firstOf.set(g, i);
  });
  const free = Array.from({ length: k }, (_, i) => i).filter((i) => firstOf.get(groups[i]) !== i);
  const weightsOf = (x: Float64Array): Float64Array => {
    const e = new Float64Array(k).fill(1);
    free.forEach((i, j) => {
      e[i] = Math.exp(x[j]);
    });
    const sums = new Map<number, number>();
    groups.forEach((g, i) => sums.set(g, (sums.get(g) ?? 0) + e[i]));
    return e.map((v, i) => v / sums.get(groups[i])!);
  };
  const normalised = (c: Float64Array): Float64Array => {
    const s = c.reduce((a, b) => a + b, 0);
    return c.map((v) => v / s);
  };
  const objective = (x: Float64Array): number => {
    const c = normalised(correlationsOf(weightsOf(x)));
    let s = 0;
    for (let i = 0; i < k; i++) s += (t[i] - c[i]) ** 2;
    return s / k;
  };
  const start = Float64Array.from(free, (i) => Math.log(t[i] / t[firstOf.get(groups[i])!]));
  const best = nelderMead(objective, start, {
    reltol: options.reltol ?? 1e-10,
    maxIterations: options.maxIterations ?? 5000,
  });
  const weights = weightsOf(best.x);
  return { weights, correlations: normalised(correlationsOf(weights)), converged: best.converged };
}
