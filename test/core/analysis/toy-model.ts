import type { ReplicationModel } from '../../../src/core/analysis/replication-model.js';
import { rankWithTies } from '../../../src/core/rank/rank-with-ties.js';

/**
 * A three-unit toy rating for driver tests: score_u = a_u·w + b_u·(1 − w) with w = 0.5 + (x₀ − 0.5)·spread
 * (assumption "weights") and a second assumption "dummy" the model ignores. Units A and B swap places as w moves
 * through 0.5; C is always last.
 */
export function toyModel(spread = 0.8): ReplicationModel {
  const a = [10, 0, -5];
  const b = [0, 10, -5];
  const scores = new Float64Array(3);
  const rank = (w: number, out: Float64Array): void => {
    for (let u = 0; u < 3; u += 1) scores[u] = a[u] * w + b[u] * (1 - w);
    out.set(rankWithTies(scores, { ties: 'min' }));
  };
  const nominalRanks = new Float64Array(3);
  rank(0.5 + 1e-9, nominalRanks); // nominal: A just ahead of B
  return {
    units: ['A', 'B', 'C'],
    assumptionIds: ['weights', 'dummy'],
    dimensions: [1, 2],
    nominalRanks,
    evaluate: (inputs, out) => rank(0.5 + (inputs[0][0] - 0.5) * spread, out),
  };
}
