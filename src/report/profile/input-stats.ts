/**
 * Descriptive statistics of one input column, in plain TypeScript (the fallback when danfojs cannot load, and the
 * skewness in every case):
 *   count    values present; missing = null or non-finite values
 *   mean     Σx / n;  sd = √(Σ(x − mean)² / (n − 1)) (sample, as danfojs and Excel's STDEV.S), null for n < 2
 *   skewness g1 = m3 / m2^1.5 with central moments m_k = Σ(x − mean)^k / n (the moment coefficient, as
 *            e1071::skewness type 1: core/stats populationSkewness); null for n < 3 or zero variance (a constant
 *            column has no skew)
 * Every statistic is null when no value is present.
 */
import { populationSkewness } from '../../core/stats/moments.js';

export interface ColumnStats {
  readonly count: number;
  readonly missing: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly skewness: number | null;
}

export function presentValues(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null && Number.isFinite(v));
}

/** A statistic of core/stats (NaN when undefined) as a cell of the profile (null when undefined). */
export function nullIfNaN(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

export function columnStats(values: readonly (number | null)[]): ColumnStats {
  const xs = presentValues(values);
  const n = xs.length;
  if (n === 0) return { count: 0, missing: values.length, min: null, max: null, mean: null, sd: null, skewness: null };
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const sd = n < 2 ? null : Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  return {
    count: n,
    missing: values.length - n,
    min: Math.min(...xs),
    max: Math.max(...xs),
    mean,
    sd,
    skewness: nullIfNaN(populationSkewness(xs)),
  };
}
