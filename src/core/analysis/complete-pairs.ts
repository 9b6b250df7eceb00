/**
 * The pairs (x[i], y[i]) where both values are finite, as two new arrays of equal length ("pairwise complete
 * observations", R's use = "pairwise.complete.obs"). Throws a RangeError when x and y differ in length.
 */
export function completePairs(x: ArrayLike<number>, y: ArrayLike<number>): [Float64Array, Float64Array] {
  if (x.length !== y.length)
    throw new RangeError(`completePairs requires equal lengths, got ${x.length} and ${y.length}`);
  let count = 0;
  for (let i = 0; i < x.length; i += 1) if (Number.isFinite(x[i]) && Number.isFinite(y[i])) count += 1;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < x.length; i += 1) {
    if (Number.isFinite(x[i]) && Number.isFinite(y[i])) {
      xs[k] = x[i];
      ys[k] = y[i];
      k += 1;
    }
  }
  return [xs, ys];
}
