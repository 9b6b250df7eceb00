import { applicationsPerCell, applicationsPerYear, apportion } from '../../../src/demo/generate/application-volume.js';

describe('largest-remainder apportionment', () => {
  test('hand-worked: 7 over weights 0.5/0.3/0.2', () => {
    // quotas 3.5, 2.1, 1.4 → floors 3, 2, 1 (sum 6); the one left goes to the largest fraction (0.5)
    expect(apportion(7, [0.5, 0.3, 0.2])).toEqual([4, 2, 1]);
  });

  test('hand-worked: ties go to the earlier item', () => {
    // quotas 3⅓ each → floors 3, 3, 3; the one left goes to the first
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });

  test('always returns exactly the total', () => {
    const weights = [3, 0.001, 17, 5.5, 0, 2];
    for (const total of [0, 1, 99, 12_345]) expect(apportion(total, weights).reduce((s, c) => s + c, 0)).toBe(total);
  });

  test('rejects a negative total and weights without a positive sum', () => {
    expect(() => apportion(-1, [1])).toThrow(RangeError);
    expect(() => apportion(5, [0, 0])).toThrow('apportion requires non-negative weights with a positive sum');
    expect(() => apportion(5, [])).toThrow(RangeError);
  });

  test('later years get more applications when volume grows', () => {
    // weights 1, 1.1, 1.21 of 331 → 100, 110, 121 exactly
    expect(applicationsPerYear(331, [2017, 2018, 2019], 0.1)).toEqual([100, 110, 121]);
  });

  test('every cell gets the floor, the rest follows population × demand', () => {
    // 2 regions × 2 services, floor min(3, ⌊100/4⌋) = 3, remaining 88 ∝ [9, 1, 27, 3] → 19.8, 2.2, 59.4, 6.6
    // floors 19, 2, 59, 6 (86); the 2 left go to the largest fractions 0.8 (cell 0) and 0.6 (cell 3)
    expect(applicationsPerCell(100, [1, 3], [9, 1], 3)).toEqual([23, 5, 62, 10]);
    // when the total cannot cover the floor everywhere, the floor shrinks: ⌊2/4⌋ = 0
    expect(applicationsPerCell(2, [1, 3], [9, 1], 3).reduce((s, c) => s + c, 0)).toBe(2);
  });
});
