import { quantileSorted } from '../stats/quantile.js';
import type { Rng } from './random.js';
import { sobolIndices } from './sobol-indices.js';

/** Why an estimate is not resolved at the chosen N: it is outside what a share can be. */
export const SOBOL_PROBLEMS = ['negative', 'above-one', 'first-above-total'] as const;
export type SobolProblem = (typeof SOBOL_PROBLEMS)[number];

/** One assumption's indices with their bootstrap confidence intervals. */
export interface SobolEstimate {
  readonly first: number;
  readonly total: number;
  /** Percentile bootstrap interval of S_i (R type 7 quantiles of the resampled estimates). */
  readonly firstInterval: readonly [number, number];
  readonly totalInterval: readonly [number, number];
  /** Empty when both estimates can be read as shares; else what is wrong (see sobolProblems). */
  readonly problems: readonly SobolProblem[];
}

export interface BootstrapOptions {
  /** B: resamples of the N design rows (0: intervals collapse to the estimate). */
  readonly resamples: number;
  /** Two-sided level of the intervals, e.g. 0.95. */
  readonly level: number;
  readonly rng: Rng;
}

/**
 * Sobol indices (sobol-indices.ts) with percentile bootstrap confidence intervals: B times, draw N rows j of the
 * design with replacement (the same rows for f_A, f_B and every f_ABi, so each resample is a design of its own),
 * estimate S_i and ST_i on it, and take the (1 − level)/2 and (1 + level)/2 quantiles (R type 7) of the B estimates
 * (Archer, Saltelli & Sobol 1997; as SALib's `conf_level`). Each estimate is then checked by sobolProblems.
 * Edge cases: B = 0 gives intervals [estimate, estimate]; a constant output gives 0 with [0, 0]; N < 2 throws.
 */
export function sobolWithIntervals(
  fA: ArrayLike<number>,
  fB: ArrayLike<number>,
  fAB: readonly ArrayLike<number>[],
  options: BootstrapOptions,
): SobolEstimate[] {
  const estimate = sobolIndices(fA, fB, fAB);
  const n = fA.length;
  const k = fAB.length;
  const B = options.resamples;
  const firsts = Array.from({ length: k }, () => new Float64Array(B));
  const totals = Array.from({ length: k }, () => new Float64Array(B));
  const rA = new Float64Array(n);
  const rB = new Float64Array(n);
  const rAB = Array.from({ length: k }, () => new Float64Array(n));
  for (let b = 0; b < B; b += 1) {
    for (let j = 0; j < n; j += 1) {
      const row = Math.min(n - 1, Math.floor(n * options.rng.next()));
      rA[j] = fA[row];
      rB[j] = fB[row];
      for (let i = 0; i < k; i += 1) rAB[i][j] = fAB[i][row];
    }
    const resampled = sobolIndices(rA, rB, rAB);
    for (let i = 0; i < k; i += 1) {
      firsts[i][b] = resampled.first[i];
      totals[i][b] = resampled.total[i];
    }
  }
  const interval = (values: Float64Array, point: number): [number, number] => {
    if (B === 0) return [point, point];
    const sorted = values.sort();
    return [quantileSorted(sorted, (1 - options.level) / 2), quantileSorted(sorted, (1 + options.level) / 2)];
  };
  return Array.from({ length: k }, (_, i) => {
    const firstInterval = interval(firsts[i], estimate.first[i]);
    const totalInterval = interval(totals[i], estimate.total[i]);
    const first = estimate.first[i];
    const total = estimate.total[i];
    return { first, total, firstInterval, totalInterval, problems: sobolProblems(first, total, totalInterval) };
  });
}

/**
 * What keeps an estimate from being read as a share of the variance at this N: S_i or ST_i below 0 ('negative'),
 * above 1 ('above-one'), or S_i above ST_i beyond ST_i's interval (S_i > upper bound: 'first-above-total'; a first
 * order share can never exceed the total). Any problem means "not resolved: raise N", never a share to report.
 */
export function sobolProblems(first: number, total: number, totalInterval: readonly [number, number]): SobolProblem[] {
  const problems: SobolProblem[] = [];
  if (first < 0 || total < 0) problems.push('negative');
  if (first > 1 || total > 1) problems.push('above-one');
  if (first > totalInterval[1]) problems.push('first-above-total');
  return problems;
}
