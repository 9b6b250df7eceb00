import { completeRows } from './complete-rows.js';
import { jacobiEigenvalues } from './jacobi-eigenvalues.js';
import { pearsonComplete } from './pearson.js';

/**
 * Share of the variance explained by the first principal component of the standardised items (PCA on the
 * correlation matrix R, as R's prcomp(scale. = TRUE)): λ₁ / k, where λ₁ is R's largest eigenvalue and k = trace(R).
 * Computed on the units complete in every item (listwise deletion).
 * Example: two items with r = 0.5 give R = [[1, .5], [.5, 1]], eigenvalues 1.5 and 0.5, share 1.5/2 = 0.75.
 *
 * Edge cases: null (the typed "undefined" marker) when k < 2, fewer than three complete units remain, or an item is
 * constant over the complete units (its correlations are undefined).
 */
export function firstComponentShare(items: readonly ArrayLike<number>[]): number | null {
  const k = items.length;
  if (k < 2) return null;
  const complete = completeRows(items);
  if (complete[0].length < 3) return null;
  const correlation = new Float64Array(k * k);
  for (let i = 0; i < k; i += 1) {
    correlation[i * k + i] = 1;
    for (let j = i + 1; j < k; j += 1) {
      const r = pearsonComplete(complete[i], complete[j]);
      if (r === null) return null;
      correlation[i * k + j] = r;
      correlation[j * k + i] = r;
    }
  }
  return jacobiEigenvalues(correlation, k)[0] / k;
}
