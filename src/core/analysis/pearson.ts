import { completePairs } from './complete-pairs.js';

/**
 * Pearson's product-moment correlation over the pairwise complete observations:
 *   r = Σ (xᵢ − x̄)(yᵢ − ȳ) / √( Σ (xᵢ − x̄)² · Σ (yᵢ − ȳ)² ).
 * Example: pearson([1, 2, 3], [1, 3, 2]) = 0.5 (deviations −1, 0, 1 and −1, 1, 0: 1 / √(2·2)).
 *
 * Edge cases: returns null, the typed "undefined" marker, when fewer than two complete pairs remain or either side has
 * zero variance (a constant indicator), instead of a silent NaN. The result is clamped to [−1, 1] against rounding.
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const [xs, ys] = completePairs(x, y);
  return pearsonComplete(xs, ys);
}

/** Pearson's r of two complete arrays of equal length (no missing-value filtering); null as in `pearson`. */
export function pearsonComplete(xs: ArrayLike<number>, ys: ArrayLike<number>): number | null {
  const n = xs.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i += 1) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
