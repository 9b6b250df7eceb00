import { perUnit } from './aggregator.js';
import { numberParam } from '../params.js';

/**
 * Weighted geometric mean of the present children: exp(Σ wᵢ ln xᵢ / Σ wᵢ).
 * Zeros and negatives: the log is undefined, so the build stops with a clear error, unless the spec sets a shift c
 * (documented, opt-in): exp(Σ wᵢ ln(xᵢ + c) / Σ wᵢ) − c, which needs every xᵢ + c > 0.
 * @example children 10 and 40 with equal weights => √(10·40) = 20
 * @throws RangeError when some xᵢ + c ≤ 0.
 */
export const geometricMean = perUnit((spec) => {
  const shift = numberParam(spec, 'shift', 0);
  return (values, weights, k) => {
    let sum = 0;
    let wsum = 0;
    for (let i = 0; i < k; i++) {
      const v = values[i] + shift;
      if (!(v > 0)) {
        throw new RangeError(
          `geometric: value ${values[i]} + shift ${shift} is not > 0; the geometric mean needs positive values (set "shift" or use another aggregation)`,
        );
      }
      sum += weights[i] * Math.log(v);
      wsum += weights[i];
    }
    return Math.exp(sum / wsum) - shift;
  };
});
