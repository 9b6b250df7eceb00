import { perUnit } from './aggregator.js';

/**
 * Weighted arithmetic mean of the present children: Σ wᵢxᵢ / Σ wᵢ.
 * @example children 40 and 80 with weights 1 and 3 => (40 + 240) / 4 = 70
 */
export const arithmeticMean = perUnit(() => (values, weights, k) => {
  let sum = 0;
  let wsum = 0;
  for (let i = 0; i < k; i++) {
    sum += weights[i] * values[i];
    wsum += weights[i];
  }
  return sum / wsum;
});
