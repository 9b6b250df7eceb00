/** Quantiles of present values (R type 7, the default of R and numpy). */

/** Present values of a column, sorted ascending. */
export function sortedPresent(x: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) n++;
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) out[k++] = x[i];
  return out.sort();
}

/**
 * Quantile of sorted values, R type 7: h = (n − 1)p, q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
 * NaN for an empty array. @example quantileSorted([1, 2, 3, 4], 0.5) // => 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Median of present values (type 7: mean of the two middle values when n is even). NaN when none is present. */
export function medianPresent(x: ArrayLike<number>): number {
  return quantileSorted(sortedPresent(x), 0.5);
}
