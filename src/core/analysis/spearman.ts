import { averageRanks } from './average-ranks.js';
import { completePairs } from './complete-pairs.js';
import { pearsonComplete } from './pearson.js';

/**
 * Spearman's rank correlation: Pearson's r of the average ranks (ties share the mean of their positions) of the
 * pairwise complete observations, ρ = pearson(rank(x), rank(y)). With ties this differs from 1 − 6Σd²/(n(n²−1)),
 * which holds only without ties. Example: spearman([1, 2, 2, 4], [1, 3, 2, 4]): ranks [1, 2.5, 2.5, 4] and
 * [1, 3, 2, 4] give ρ = 4.5 / √(4.5·5) ≈ 0.9487.
 *
 * Edge cases: null when fewer than two complete pairs remain or either side is constant (as `pearson`).
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const [xs, ys] = completePairs(x, y);
  if (xs.length < 2) return null;
  return pearsonComplete(averageRanks(xs), averageRanks(ys));
}
