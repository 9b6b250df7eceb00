import type { Normaliser } from './normaliser.js';
import { rangeParam } from '../params.js';

/**
 * Percentile rank scaled to [l, u], on y = direction · x, over the n present values:
 * x' = l + (u − l) · (#{v < y} + ½ · (#{v = y} − 1)) / (n − 1), so the worst scores l, the best u, ties share the mid value.
 * Edge cases: missing stays missing; a single present value (or a constant indicator) scores the midpoint (l + u)/2.
 * O(n²), which is fine for regions and countries (n ≤ a few hundred).
 */
export const percentileRank: Normaliser = (x, out, spec, direction) => {
  const [l, u] = rangeParam(spec);
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) n++;
  for (let i = 0; i < x.length; i++) {
    const y = direction * x[i];
    if (y !== y) { out[i] = NaN; continue; }
    let below = 0;
    let equal = 0;
    for (let j = 0; j < x.length; j++) {
      const v = direction * x[j];
      if (v < y) below++;
      else if (v === y) equal++;
    }
    out[i] = n < 2 ? (l + u) / 2 : l + ((u - l) * (below + (equal - 1) / 2)) / (n - 1);
  }
};
