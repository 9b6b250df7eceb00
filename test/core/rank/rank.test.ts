import { rankWithTies } from '../../../src/core/rank/rank-with-ties.js';
import { roundTo } from '../../../src/core/rank/round.js';
import { assignBands } from '../../../src/core/rank/bands.js';

describe('rankWithTies', () => {
  it('ranks descending with shared ranks and skipped next rank (1, 2, 2, 4)', () => {
    expect(Array.from(rankWithTies([0.5, 0.9, 0.5, 0.1]))).toEqual([2, 1, 2, 4]);
  });
  it('compares values rounded to the published precision', () => {
    // 0.83335 and 0.83344 both print as 0.8334 (4 decimals) → tie; unrounded they differ
    expect(Array.from(rankWithTies([0.83335, 0.83344], { ties: 'min', decimals: 4 }))).toEqual([1, 1]);
    expect(Array.from(rankWithTies([0.83335, 0.83344], { ties: 'min' }))).toEqual([2, 1]);
  });
  it('gives missing values no rank and does not count them; ascending on request; a single unit is 1st', () => {
    expect(Array.from(rankWithTies([NaN, 3, 7]))).toEqual([NaN, 2, 1]);
    expect(Array.from(rankWithTies([3, 7, 3], { ties: 'min', order: 'asc' }))).toEqual([1, 3, 1]);
    expect(Array.from(rankWithTies([42]))).toEqual([1]);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero, including decimal ties stored just below .5', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(0.12344, 4)).toBe(0.1234);
    expect(roundTo(NaN, 2)).toBeNaN();
    expect(() => roundTo(1, 16)).toThrow(/decimals/);
  });
});

describe('assignBands', () => {
  const egdi = {
    node: 'egdi',
    by: 'thresholds' as const,
    bands: [
      { label: 'very high', min: 0.75 },
      { label: 'high', min: 0.5 },
      { label: 'middle', min: 0.25 },
      { label: 'low', min: 0 },
    ],
  };
  it('uses the first threshold reached (UN EGDI groups); boundaries belong to the upper group', () => {
    const { labels, band } = assignBands([0.75, 0.7499, 0.5, 0.1, NaN], egdi);
    expect(Array.from(band, (b) => labels[b] ?? null)).toEqual(['very high', 'high', 'high', 'low', null]);
  });
  it('quantile bands: equal-count groups, best first', () => {
    // 1..8 in quarters: type-7 cut points 6.25, 4.5, 2.75 → {7, 8}, {5, 6}, {3, 4}, {1, 2}
    const { band } = assignBands([1, 2, 3, 4, 5, 6, 7, 8], {
      node: 'x',
      by: 'quantiles',
      labels: ['Q1', 'Q2', 'Q3', 'Q4'],
    });
    expect(Array.from(band)).toEqual([3, 3, 2, 2, 1, 1, 0, 0]);
  });
  it('quantile bands: a missing value gets no band, and a column with no value present gives every unit none', () => {
    const spec = { node: 'x', by: 'quantiles' as const, labels: ['top', 'bottom'] };
    // 1, 2, 3 (NaN skipped): median cut 2 → {2, 3} top, {1} bottom
    expect(Array.from(assignBands([3, NaN, 1, 2], spec).band)).toEqual([0, -1, 1, 0]);
    expect(Array.from(assignBands([NaN, NaN], spec).band)).toEqual([-1, -1]);
  });
});
