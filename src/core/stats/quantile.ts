/**
 * Quantiles and medians, R type 7 (Hyndman & Fan 1996, definition 7; the default of R's quantile() and of numpy).
 * The one place the project computes them: the scoring core (impute, explain, bands), the robustness analysis (rank
 * intervals, bootstrap confidence intervals) and the publication (national and district medians, channel durations).
 */

/** Present values of a column (NaN = missing is dropped), sorted ascending. */
export function sortedPresent(x: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) n++;
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) out[k++] = x[i];
  return out.sort();
}

/**
 * Quantile of a sample sorted ascending, R type 7:
 *   h = (n − 1)·p,  Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])   (0-based x).
 * So Q(0) = min, Q(1) = max, Q(0.5) = the usual median; quantileSorted([1, 2, 3, 4], 0.05) = 1 + 0.15·1 = 1.15.
 *
 * Edge cases: a single value is every quantile; an empty sample, p outside [0, 1] or a NaN among the values used
 * throws a RangeError (drop missing values first: sortedPresent). The order is not checked.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantileSorted requires at least one value');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileSorted requires p in [0, 1], got ${p}`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo];
  const high = lo + 1 < n ? sorted[lo + 1] : low;
  if (Number.isNaN(low) || Number.isNaN(high)) throw new RangeError('quantileSorted requires values without NaN');
  return low + (h - lo) * (high - low);
}

/** The median of a sample sorted ascending: quantileSorted(sorted, 0.5), the mean of the two middle values when n is even. */
export function medianSorted(sorted: ArrayLike<number>): number {
  return quantileSorted(sorted, 0.5);
}

/**
 * Median (type 7) of the present values of a column, in any order; NaN (missing) values are skipped. NaN when none is
 * present: a missing median stays missing (the core's convention for a column with no data).
 */
export function medianPresent(x: ArrayLike<number>): number {
  const sorted = sortedPresent(x);
  return sorted.length === 0 ? NaN : medianSorted(sorted);
}

/**
 * Median (type 7) of the present values of a list, in any order, for code outside the core where missing is null:
 * null and NaN are skipped; null when none is present. The input is not modified.
 * @example medianPresentOrNull([4, null, 1, 3, 2]) // => 2.5
 */
export function medianPresentOrNull(values: readonly (number | null)[]): number | null {
  const sorted = sortedPresent(values.map((v) => v ?? NaN));
  return sorted.length === 0 ? null : medianSorted(sorted);
}
