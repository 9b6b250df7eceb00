/** Decimals that never hide a fact: scores of different places, a value against its target, a gap against zero. */
import { distinguishingDecimals } from '../../src/text/distinguishing-decimals.js';
import { formatFixed } from '../../src/text/format-number.js';
import { nonZeroDecimals, sideDecimals } from '../../src/text/side-decimals.js';

describe('distinguishingDecimals', () => {
  test('places 20 and 21 at 85.347 and 85.312 both round to 85.3; at 2 decimals 85.35 and 85.31', () => {
    const rows = [
      { score: 86.1, place: 19 },
      { score: 85.347, place: 20 },
      { score: 85.312, place: 21 },
      { score: 84.9, place: 22 },
    ];
    expect(distinguishingDecimals(rows, 1)).toEqual([1, 2, 2, 1]);
    // at 2 decimals they already differ
    expect(distinguishingDecimals(rows, 2)).toEqual([2, 2, 2, 2]);
  });

  test('85.3471 and 85.3468 (places 4, 5) are 85.35 / 85.35, 85.347 / 85.347, then 85.3471 / 85.3468: 4 decimals', () => {
    expect(
      distinguishingDecimals(
        [
          { score: 85.3471, place: 4 },
          { score: 85.3468, place: 5 },
        ],
        2,
      ),
    ).toEqual([4, 4]);
  });

  test('a shared place may show the same number; missing scores keep the base', () => {
    expect(
      distinguishingDecimals(
        [
          { score: 50.01, place: 3 },
          { score: 50.04, place: 3 },
          { score: null, place: null },
        ],
        1,
      ),
    ).toEqual([1, 1, 1]);
  });
});

describe('sideDecimals and nonZeroDecimals', () => {
  test('69.989 against 70 rounds to 70.0 at one decimal, 69.99 at two: 2 decimals', () => {
    expect(sideDecimals(69.989, 70, 1)).toBe(2);
    expect(formatFixed(69.989, sideDecimals(69.989, 70, 1), 'ru')).toBe('69,99');
    expect(formatFixed(69.989, sideDecimals(69.989, 70, 1), 'en')).toBe('69.99');
  });

  test('69.9996 needs 4 decimals (69.9996); values at or above the target keep one (70.04 → 70.0)', () => {
    expect(sideDecimals(69.9996, 70, 1)).toBe(4);
    expect(sideDecimals(70.04, 70, 1)).toBe(1);
    expect(sideDecimals(70, 70, 1)).toBe(1);
    expect(sideDecimals(69.94, 70, 1)).toBe(1); // 69.9 is already below
  });

  test('a gap of −0.011 is −0.01, never 0.0; 0.0004 needs 4 decimals; an exact 0 keeps the base', () => {
    expect(nonZeroDecimals(-0.011, 1)).toBe(2);
    expect(formatFixed(-0.011, 2, 'ru')).toBe('-0,01');
    expect(nonZeroDecimals(0.0004, 1)).toBe(4);
    expect(nonZeroDecimals(0, 1)).toBe(1);
    expect(nonZeroDecimals(-0.6, 1)).toBe(1);
  });
});
