import type { Normaliser } from './normaliser.js';
import { rangeParam } from '../params.js';
import { rangePresent } from '../stats/moments.js';

/**
 * Distance to the best performer as a ratio (JRC Handbook "distance to a reference"), scaled to [l, u]:
 * direction +1: x' = l + (u − l) · x / max x;  direction −1: x' = l + (u − l) · min x / x.
 * The best unit scores u; a unit at half the best scores the midpoint.
 * Edge cases: missing stays missing; all missing gives all missing.
 * @throws RangeError when a present value is ≤ 0 (the ratio is meaningless there).
 */
export const distanceToBest: Normaliser = (x, out, spec, direction) => {
  const [l, u] = rangeParam(spec);
  const [lo, hi] = rangePresent(x);
  if (lo !== lo) {
    out.fill(NaN);
    return;
  }
  if (!(lo > 0)) throw new RangeError('distance-to-best: values must be > 0 (ratio to the best performer)');
  for (let i = 0; i < x.length; i++) {
    const ratio = direction === 1 ? x[i] / hi : lo / x[i];
    out[i] = l + (u - l) * ratio;
  }
};
