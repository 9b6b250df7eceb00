import { perUnit } from './aggregator.js';

/**
 * Weighted harmonic mean of the present children: Σ wᵢ / Σ (wᵢ / xᵢ).
 * @example children 1 and 4 with equal weights => 2 / (1 + 0.25) = 1.6
 * @throws RangeError when some xᵢ ≤ 0 (the harmonic mean is defined for positive values only).
 */
export const harmonicMean = perUnit(() => (values, weights, k) => {
  let inv = 0;
  let wsum = 0;
  for (let i = 0; i < k; i++) {
    if (!(values[i] > 0))
      throw new RangeError(`harmonic: value ${values[i]} is not > 0; the harmonic mean needs positive values`);
    inv += weights[i] / values[i];
    wsum += weights[i];
  }
  return wsum / inv;
});
