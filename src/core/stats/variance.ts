/**
 * Sample variance with Bessel's correction: s² = Σ (xᵢ − x̄)² / (n − 1). sampleVariance([1, 2, 3, 4]) = 5/3.
 * Edge cases: fewer than two values throws a RangeError; values must be complete (no NaN filtering here).
 */
export function sampleVariance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) throw new RangeError(`sampleVariance requires at least two values, got ${n}`);
  let mean = 0;
  for (let i = 0; i < n; i += 1) mean += values[i];
  mean /= n;
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += (values[i] - mean) ** 2;
  return sum / (n - 1);
}
