import type { Normaliser } from './normaliser.js';
import { booleanParam, numberParam, rangeParam } from '../params.js';
import { rangePresent } from '../stats/moments.js';

/**
 * Distance to a target (COINr's n_dist2targ), on y = direction · x and t = direction · target:
 * x' = l + (u − l) · (y − min y) / (t − min y), capped at u when `cap` (default true): reaching the target scores u.
 * Edge cases: missing stays missing; all missing gives all missing.
 * @throws RangeError when the target is not better than the worst present value (t ≤ min y).
 */
export const distanceToTarget: Normaliser = (x, out, spec, direction) => {
  const [l, u] = rangeParam(spec);
  const t = direction * numberParam(spec, 'target');
  const cap = booleanParam(spec, 'cap', true);
  const [lo, hi] = rangePresent(x);
  if (lo !== lo) {
    out.fill(NaN);
    return;
  }
  const yMin = direction === 1 ? lo : -hi;
  if (!(t > yMin)) throw new RangeError('distance-to-target: the target must be better than the worst value');
  const k = (u - l) / (t - yMin);
  for (let i = 0; i < x.length; i++) {
    const y = l + (direction * x[i] - yMin) * k;
    out[i] = cap && y > u ? u : y;
  }
};
