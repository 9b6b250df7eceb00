/**
 * How many synthetic applications each year and each region × service cell gets.
 * Largest-remainder apportionment keeps totals exact and deterministic (ties go to the earlier item).
 */

/**
 * Splits `total` into integers proportional to `weights` by the largest-remainder (Hamilton) method:
 * floor(total·wᵢ/Σw), then one more to the items with the largest fractional parts.
 * @throws RangeError if total is negative or not an integer, or weights are empty, negative or all zero
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`apportion requires a non-negative integer total, got ${total}`);
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0 || weights.some((w) => w < 0) || !(sum > 0)) {
    throw new RangeError('apportion requires non-negative weights with a positive sum');
  }
  const quotas = weights.map((w) => (total * w) / sum);
  const counts = quotas.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = quotas.map((q, i) => ({ i, frac: q - Math.floor(q) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) counts[order[k % order.length].i]++;
  return counts;
}

/** Applications per year: weights (1 + growth)^i over the years in order. */
export function applicationsPerYear(total: number, years: readonly number[], growth: number): number[] {
  return apportion(
    total,
    years.map((_, i) => (1 + growth) ** i),
  );
}

/**
 * Applications per cell, row-major (region index × services + service index). Each cell first gets
 * floor = min(minPerCell, ⌊total / cells⌋), the rest is apportioned ∝ population × service demand weight, so volume
 * scales with population while small regions still have enough applications to derive every indicator.
 */
export function applicationsPerCell(
  total: number,
  populations: readonly number[],
  demandWeights: readonly number[],
  minPerCell: number,
): number[] {
  const cells = populations.length * demandWeights.length;
  const floor = Math.min(minPerCell, Math.floor(total / cells));
  const weights = populations.flatMap((p) => demandWeights.map((d) => p * d));
  return apportion(total - floor * cells, weights).map((c) => c + floor);
}
