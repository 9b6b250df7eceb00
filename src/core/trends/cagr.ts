/**
 * Compound annual growth rate (COINr CAGR) of a series indexed by years, from its first and latest present values:
 *   CAGR = (y_last / y_first)^(1 / (t_last − t_first)) − 1.
 * Edge cases: fewer than two present values → NaN; y_last = y_first (also both 0) → 0; y_first = 0 otherwise, or a
 * ratio ≤ 0 (a sign change) → NaN (no growth rate exists; COINr would return Inf or NaN). Years need not be sorted;
 * missing values (NaN) are skipped.
 * @example cagr([2018, 2020], [100, 121]) = 0.1 (10 % a year)
 */
export function cagr(years: ArrayLike<number>, values: ArrayLike<number>): number {
  const [first, last] = endpoints(years, values);
  if (first < 0) return NaN;
  const y0 = values[first];
  const y1 = values[last];
  if (y1 === y0) return 0;
  const ratio = y1 / y0;
  if (!(ratio > 0) || !Number.isFinite(ratio)) return NaN;
  return ratio ** (1 / (years[last] - years[first])) - 1;
}

/** Indices of the earliest and the latest present value (by year); [−1, −1] when fewer than two are present. */
export function endpoints(years: ArrayLike<number>, values: ArrayLike<number>): [number, number] {
  let first = -1;
  let last = -1;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== values[i]) continue;
    count++;
    if (first < 0 || years[i] < years[first]) first = i;
    if (last < 0 || years[i] > years[last]) last = i;
  }
  return count < 2 || years[first] === years[last] ? [-1, -1] : [first, last];
}
