import type { Normaliser } from './normaliser.js';
import { rangeParam } from '../params.js';
import { rankScore } from './rank-score.js';

/**
 * Percentile rank scaled to [l, u], on y = direction · x, over the n present values:
 * x' = l + (u − l) · (#{v < y} + ½ · (#{v = y} − 1)) / (n − 1), so the worst scores l, the best u, ties share the mid value.
 * Computed from the fractional rank r = #{v < y} + ½ · (#{v = y} + 1) of rank-score.ts as l + (u − l) · (r − 1)/(n − 1)
 * (r − 1 is a half-integer, so the result is the same to the last bit).
 * Edge cases: missing stays missing; a single present value (or a constant indicator) scores the midpoint (l + u)/2.
 * O(n²), which is fine for regions and countries (n ≤ a few hundred).
 */
export const percentileRank: Normaliser = (x, out, spec, direction) => {
  const [l, u] = rangeParam(spec);
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) n++;
  rankScore(x, out, spec, direction);
  for (let i = 0; i < x.length; i++) {
    if (out[i] === out[i]) out[i] = n < 2 ? (l + u) / 2 : l + ((u - l) * (out[i] - 1)) / (n - 1);
  }
};
