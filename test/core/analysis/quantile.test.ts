import { medianSorted, quantileSorted } from '../../../src/core/analysis/quantile.js';

describe('quantileSorted (R type 7)', () => {
  it('interpolates at h = (n − 1)p as R quantile(type = 7) does', () => {
    // x = 1..10: h = 9·0.05 = 0.45 → 1 + 0.45·(2 − 1) = 1.45; h = 9·0.95 = 8.55 → 9 + 0.55 = 9.55 (R gives 1.45, 9.55)
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileSorted(x, 0.05)).toBeCloseTo(1.45, 12);
    expect(quantileSorted(x, 0.95)).toBeCloseTo(9.55, 12);
    // median of an even count is the mean of the middle two: (5 + 6)/2
    expect(medianSorted(x)).toBe(5.5);
    // [1, 2, 3, 4] at 0.05: h = 0.15 → 1.15
    expect(quantileSorted([1, 2, 3, 4], 0.05)).toBeCloseTo(1.15, 12);
  });

  it('returns the extremes at p = 0 and 1 and the single value of a one-value sample', () => {
    expect(quantileSorted([3, 8, 9], 0)).toBe(3);
    expect(quantileSorted([3, 8, 9], 1)).toBe(9);
    expect(quantileSorted([7], 0.3)).toBe(7);
  });

  it('rejects an empty sample, p outside [0, 1] and NaN', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
    expect(() => quantileSorted([1, 2], 1.2)).toThrow(RangeError);
    expect(() => quantileSorted([1, NaN], 0.9)).toThrow(RangeError);
  });
});
