/**
 * Median of a list of numbers: the middle value of the sorted list, or the mean of the two middle values
 * when the count is even (R quantile type 7 at p = 0.5, the same as PostgreSQL percentile_cont(0.5)).
 * Empty input → null. The input is not modified.
 *
 * @example median([4, 1, 3]) // => 3
 * @example median([4, 1, 3, 2]) // => 2.5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
