import {
  medianPresent,
  medianPresentOrNull,
  medianSorted,
  quantileSorted,
  sortedPresent,
} from '../../../src/core/stats/quantile.js';

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

  it('agrees with R on a sample with ties', () => {
    // R: quantile(c(3, 1, 4, 1, 5, 9, 2, 6), c(0.1, 0.25, 0.9), type = 7) → 1.00 1.75 6.90
    // sorted 1 1 2 3 4 5 6 9: h = 0.7 → 1 + 0.7·0 = 1; h = 1.75 → 1 + 0.75·(2 − 1) = 1.75; h = 6.3 → 6 + 0.3·3 = 6.9
    const sorted = sortedPresent([3, 1, 4, 1, 5, 9, 2, 6]);
    expect(Array.from(sorted)).toEqual([1, 1, 2, 3, 4, 5, 6, 9]);
    expect(quantileSorted(sorted, 0.1)).toBe(1);
    expect(quantileSorted(sorted, 0.25)).toBeCloseTo(1.75, 12);
    expect(quantileSorted(sorted, 0.9)).toBeCloseTo(6.9, 12);
  });

  it('returns the extremes at p = 0 and 1 and the single value of a one-value sample', () => {
    expect(quantileSorted([3, 8, 9], 0)).toBe(3);
    expect(quantileSorted([3, 8, 9], 1)).toBe(9);
    expect(quantileSorted([7], 0.3)).toBe(7);
  });

  it('rejects an empty sample, p outside [0, 1] and NaN', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
    expect(() => quantileSorted([1, 2], 1.2)).toThrow(RangeError);
    expect(() => quantileSorted([1, 2], NaN)).toThrow(RangeError);
    expect(() => quantileSorted([1, NaN], 0.9)).toThrow(RangeError);
  });
});

describe('medians of present values', () => {
  it('medianPresent skips NaN and is NaN (missing) when nothing is present', () => {
    expect(medianPresent(new Float64Array([3, NaN, 1]))).toBe(2); // 1 3 → (1 + 3) / 2
    expect(medianPresent([4, 1, 3])).toBe(3);
    expect(medianPresent([NaN, NaN])).toBeNaN();
    expect(medianPresent([])).toBeNaN();
  });

  it('medianPresentOrNull takes the middle value or the mean of the two middle ones, skips null, never sorts its input', () => {
    expect(medianPresentOrNull([4, 1, 3])).toBe(3);
    expect(medianPresentOrNull([4, 1, 3, 2])).toBe(2.5); // sorted 1 2 3 4 → (2 + 3) / 2
    expect(medianPresentOrNull([3, null, 1, 2])).toBe(2);
    expect(medianPresentOrNull([75, 100])).toBe(87.5);
    expect(medianPresentOrNull([7])).toBe(7);
    expect(medianPresentOrNull([null])).toBeNull();
    expect(medianPresentOrNull([])).toBeNull();
    const input = Object.freeze([3, 1, 2]);
    expect(medianPresentOrNull(input)).toBe(2);
    expect(input).toEqual([3, 1, 2]);
  });
});
