import type { Normaliser } from './normaliser.js';

/**
 * Rank as the score (COINr's n_rank): x' = the ascending rank of y = direction · x among present values, 1 for the
 * worst and n for the best; ties get the average of the ranks they span (fractional ranking, 1, 2.5, 2.5, 4).
 * Edge cases: missing stays missing; a single present value gets 1.
 */
export const rankScore: Normaliser = (x, out, _spec, direction) => {
  for (let i = 0; i < x.length; i++) {
    const y = direction * x[i];
    if (y !== y) {
      out[i] = NaN;
      continue;
    }
    let below = 0;
    let equal = 0;
    for (let j = 0; j < x.length; j++) {
      const v = direction * x[j];
      if (v < y) below++;
      else if (v === y) equal++;
    }
    out[i] = below + (equal + 1) / 2;
  }
};
