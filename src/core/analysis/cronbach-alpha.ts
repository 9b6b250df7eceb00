import { completeRows } from './complete-rows.js';
import { sampleVariance } from '../stats/variance.js';

/**
 * Cronbach's alpha of k items (the children of one aggregate), each an array over the same units:
 *   α = k/(k − 1) · (1 − Σᵢ s²ᵢ / s²ₜ),   s²ₜ = sample variance of the unit totals Σᵢ xᵢ,
 * on the units complete in every item (listwise deletion, as R's psych::alpha with na.rm on complete cases).
 * Example: items [1, 2, 3] and [1, 3, 2]: s² = 1 and 1, totals [2, 5, 5] with s²ₜ = 3, α = 2·(1 − 2/3) = 2/3.
 *
 * Edge cases: null (the typed "undefined" marker) when k < 2, fewer than two complete units remain, or the totals are
 * constant (s²ₜ = 0). α can be negative when items correlate negatively; it is not clamped.
 */
export function cronbachAlpha(items: readonly ArrayLike<number>[]): number | null {
  const k = items.length;
  if (k < 2) return null;
  const complete = completeRows(items);
  const n = complete[0].length;
  if (n < 2) return null;
  const totals = new Float64Array(n);
  let itemVariances = 0;
  for (const item of complete) {
    itemVariances += sampleVariance(item);
    for (let u = 0; u < n; u += 1) totals[u] += item[u];
  }
  const totalVariance = sampleVariance(totals);
  if (totalVariance === 0) return null;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}
