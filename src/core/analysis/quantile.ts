/**
 * Quantile of a sorted sample, R's default type 7 (Hyndman & Fan 1996, definition 7):
 *   h = (n − 1)·p,  Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])   (0-based x, ascending).
 * So Q(0) = min, Q(1) = max, Q(0.5) = the usual median; quantileSorted([1, 2, 3, 4], 0.05) = 1 + 0.15·1 = 1.15.
 *
 * Edge cases: a single value is every quantile; an empty sample, p outside [0, 1] or a NaN in the sample throws a
 * RangeError (the caller drops missing values first). The input must already be sorted ascending (not checked).
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

/** The median of a sorted sample: quantileSorted(sorted, 0.5). */
export function medianSorted(sorted: ArrayLike<number>): number {
  return quantileSorted(sorted, 0.5);
}
