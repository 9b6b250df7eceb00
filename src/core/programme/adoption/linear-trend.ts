/**
 * Ordinary least-squares line through (year, value) points and the year it reaches a level.
 *
 *   slope b = Σ(tᵢ − t̄)(vᵢ − v̄) / Σ(tᵢ − t̄)²,  intercept a = v̄ − b·t̄,  fitted v(t) = a + b·t.
 *
 * Edge cases: fewer than two distinct years → null (no trend can be drawn from one point); non-finite
 * values are rejected by the caller's types (they must already be filtered out).
 */
export interface LinearTrend {
  readonly slope: number;
  readonly intercept: number;
}

export interface YearValue {
  readonly year: number;
  readonly value: number;
}

/** Least-squares line through the points, or null with fewer than two distinct years. */
export function fitLinearTrend(points: readonly YearValue[]): LinearTrend | null {
  if (points.length < 2) return null;
  const meanYear = points.reduce((s, p) => s + p.year, 0) / points.length;
  const meanValue = points.reduce((s, p) => s + p.value, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - meanYear) * (p.value - meanValue);
    sxx += (p.year - meanYear) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanValue - slope * meanYear };
}

/**
 * The first whole year t in which the trend reaches `level`: t = ⌈(level − a)/b⌉ when the slope b > 0.
 * Returns null when there is no trend or it is flat or falling (b ≤ 0): such a trend never reaches a level it
 * is not already above, and "the year it reached it" is not defined. The result may lie before the observed
 * years when the level was already passed. A 1e-9 guard keeps an exact hit (e.g. 2017.0000000001) on 2017.
 */
export function yearTrendReaches(trend: LinearTrend | null, level: number): number | null {
  if (trend === null || trend.slope <= 0) return null;
  return Math.ceil((level - trend.intercept) / trend.slope - 1e-9);
}
