import { columnStats } from '../../../src/report/profile/input-stats.js';

describe('input statistics of the Inputs sheet', () => {
  test('hand-worked column with a missing value', () => {
    // 1, 2, 3, 10 and one missing: mean 4; deviations −3, −2, −1, 6;
    // sample sd = √((9 + 4 + 1 + 36) / 3) = √(50/3); m2 = 50/4 = 12.5, m3 = (−27 − 8 − 1 + 216)/4 = 45, g1 = 45 / 12.5^1.5.
    const stats = columnStats([1, 2, null, 3, 10]);
    expect(stats).toMatchObject({ count: 4, missing: 1, min: 1, max: 10, mean: 4 });
    expect(stats.sd).toBeCloseTo(Math.sqrt(50 / 3), 12);
    expect(stats.skewness).toBeCloseTo(45 / 12.5 ** 1.5, 12);
  });

  test('edge cases: nothing present, one value, a constant column', () => {
    expect(columnStats([null, NaN])).toEqual({
      count: 0,
      missing: 2,
      min: null,
      max: null,
      mean: null,
      sd: null,
      skewness: null,
    });
    expect(columnStats([5])).toMatchObject({ count: 1, mean: 5, sd: null, skewness: null });
    expect(columnStats([2, 2, 2]).skewness).toBeNull();
    expect(columnStats([1, 2, 3]).skewness).toBe(0);
  });
});
