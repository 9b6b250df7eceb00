import { meanAbsShiftPerEvaluation } from './rank-intervals.js';
import { type DesignShape, evaluationCount } from './saltelli-design.js';
import { streamRng } from './random.js';
import { type SobolEstimate, sobolWithIntervals } from './sobol-bootstrap.js';

/**
 * First-order and total Sobol index of one assumption for one output, with bootstrap intervals; `problems` non-empty
 * means the estimate is not resolved at this N (sobol-bootstrap.ts) and must not be shown as a share.
 */
export interface AssumptionShare extends SobolEstimate {
  readonly assumption: string;
}

/** Bootstrap of the Sobol estimates: B resamples, the interval level, and the seed of their stream. */
export interface SensitivityOptions {
  readonly resamples: number;
  readonly level: number;
  readonly seed: number;
}

/** Stream path of the bootstrap of output o (0 = mean absolute shift, 1 + u = unit u's rank): apart from the design's. */
const BOOTSTRAP_STREAM = 0xb0075;

/** Sobol shares of every assumption, for the mean absolute rank shift and for each unit's rank. */
export interface SensitivityResult {
  readonly meanAbsShift: readonly AssumptionShare[];
  /** Per unit: the shares of its rank, or null when the unit lacks a rank in some evaluation. */
  readonly units: readonly { readonly unit: string; readonly shares: readonly AssumptionShare[] | null }[];
}

/**
 * Sobol indices (sobol-indices.ts) from the ranks of a 'saltelli' design (row-major evaluations × units, evaluation
 * order of saltelli-design.ts: per row A, B, A_B^1 … A_B^k). Outputs: the mean absolute rank shift of each evaluation
 * (rank-intervals.ts) and each unit's rank.
 * Each estimate comes with a percentile bootstrap interval (sobol-bootstrap.ts; B = options.resamples, from a stream
 * of options.seed apart from the design's draws) and its problems, if any, at this N.
 * Edge cases: a unit unranked (NaN) in any evaluation gets null shares; throws a RangeError for a 'monte-carlo' design
 * or a rank matrix of the wrong size.
 */
export function sensitivityFromRanks(
  ranks: Float64Array,
  shape: DesignShape,
  units: readonly string[],
  nominal: Float64Array,
  assumptionIds: readonly string[],
  options: SensitivityOptions,
): SensitivityResult {
  if (shape.design !== 'saltelli') throw new RangeError('sensitivityFromRanks requires a saltelli design');
  const nUnits = units.length;
  if (ranks.length !== evaluationCount(shape) * nUnits)
    throw new RangeError('sensitivityFromRanks: rank matrix size does not match the design');
  const shift = meanAbsShiftPerEvaluation(ranks, nominal);
  const meanAbsShift =
    sharesOf((e) => shift[e], shape, assumptionIds, options, 0) ??
    assumptionIds.map((assumption) => ({
      assumption,
      first: NaN,
      total: NaN,
      firstInterval: [NaN, NaN] as const,
      totalInterval: [NaN, NaN] as const,
      problems: [],
    }));
  return {
    meanAbsShift,
    units: units.map((unit, u) => ({
      unit,
      shares: sharesOf((e) => ranks[e * nUnits + u], shape, assumptionIds, options, 1 + u),
    })),
  };
}

/** Splits one output into its A, B and A_B^i parts and estimates the indices; null when any output is NaN. */
function sharesOf(
  output: (e: number) => number,
  shape: DesignShape,
  ids: readonly string[],
  options: SensitivityOptions,
  stream: number,
): AssumptionShare[] | null {
  const n = shape.rows;
  const k = shape.assumptions;
  const per = k + 2;
  const fA = new Float64Array(n);
  const fB = new Float64Array(n);
  const fAB = Array.from({ length: k }, () => new Float64Array(n));
  for (let j = 0; j < n; j += 1) {
    fA[j] = output(j * per);
    fB[j] = output(j * per + 1);
    for (let i = 0; i < k; i += 1) fAB[i][j] = output(j * per + 2 + i);
    if (fA[j] !== fA[j] || fB[j] !== fB[j] || fAB.some((f) => f[j] !== f[j])) return null;
  }
  const estimates = sobolWithIntervals(fA, fB, fAB, {
    resamples: options.resamples,
    level: options.level,
    rng: streamRng(options.seed, BOOTSTRAP_STREAM, stream),
  });
  return ids.map((assumption, i) => ({ assumption, ...estimates[i] }));
}
