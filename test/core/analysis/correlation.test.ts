import { averageRanks } from '../../../src/core/analysis/average-ranks.js';
import { pearson } from '../../../src/core/analysis/pearson.js';
import { spearman } from '../../../src/core/analysis/spearman.js';

describe('pearson', () => {
  it('matches a hand-worked example', () => {
    // x = [1, 2, 3, 4, 5], y = [2, 4, 5, 4, 5]: x̄ = 3, ȳ = 4; dx = [−2, −1, 0, 1, 2], dy = [−2, 0, 1, 0, 1]
    // Σdx·dy = 4 + 0 + 0 + 0 + 2 = 6; Σdx² = 10; Σdy² = 4 + 0 + 1 + 0 + 1 = 6; r = 6/√60 ≈ 0.774597
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 12);
  });

  it('uses pairwise complete observations', () => {
    // dropping the pair with NaN leaves [1, 2, 3] vs [1, 3, 2]: r = 1/√(2·2) = 0.5
    expect(pearson([1, 2, NaN, 3], [1, 3, 5, 2])).toBeCloseTo(0.5, 12);
  });

  it('returns null for a constant side or fewer than two pairs, and is exactly ±1 on lines', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1, NaN], [NaN, 2])).toBeNull();
    expect(pearson([1, 2, 3], [-2, -4, -6])).toBe(-1);
  });
});

describe('spearman with average ranks', () => {
  it('averages tied ranks', () => {
    expect(Array.from(averageRanks([10, 20, 20, 30]))).toEqual([1, 2.5, 2.5, 4]);
    expect(Array.from(averageRanks([5, 5, 5]))).toEqual([2, 2, 2]);
  });

  it('matches a hand-worked example with ties', () => {
    // ranks x = [1, 2.5, 2.5, 4], y = [1, 3, 2, 4]; deviations from 2.5: [−1.5, 0, 0, 1.5] and [−1.5, .5, −.5, 1.5]
    // Σ = 2.25 + 2.25 = 4.5; Σdx² = 4.5; Σdy² = 5; ρ = 4.5/√22.5 ≈ 0.948683 (R: cor(x, y, method = "spearman"))
    expect(spearman([1, 2, 2, 4], [1, 3, 2, 4])).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
  });

  it('is 1 for any monotone increasing relation where Pearson is not', () => {
    const x = [1, 2, 3, 4, 5];
    const y = x.map((v) => v ** 3);
    expect(spearman(x, y)).toBeCloseTo(1, 12);
    expect(pearson(x, y)!).toBeLessThan(0.99);
  });
});
