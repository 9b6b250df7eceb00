import { perUnit } from './aggregator.js';
import { numberParam } from '../params.js';

/**
 * Weighted generalised (power) mean of order p: (Σ wᵢ xᵢᵖ / Σ wᵢ)^(1/p); p = 1 arithmetic, p = −1 harmonic,
 * p → 0 geometric (p = 0 is computed as the geometric mean exp(Σ wᵢ ln xᵢ / Σ wᵢ)).
 * @example children 1 and 7 with equal weights, p = 2 => √((1 + 49) / 2) = 5
 * @throws RangeError when a value is negative, or zero with p ≤ 0.
 */
export const generalisedMean = perUnit((spec) => {
  const p = numberParam(spec, 'p');
  return (values, weights, k) => {
    let sum = 0;
    let wsum = 0;
    for (let i = 0; i < k; i++) {
      const v = values[i];
      if (v < 0 || (p <= 0 && v === 0)) {
        throw new RangeError(
          `generalised-mean: value ${v} is not allowed with p = ${p} (needs x ≥ 0, and x > 0 when p ≤ 0)`,
        );
      }
      sum += weights[i] * (p === 0 ? Math.log(v) : Math.pow(v, p));
      wsum += weights[i];
    }
    return p === 0 ? Math.exp(sum / wsum) : Math.pow(sum / wsum, 1 / p);
  };
});
