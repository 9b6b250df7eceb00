import { aggregatorFor } from '../../../src/core/aggregate/registry.js';
import type { AggregationSpec } from '../../../src/core/spec.js';

/** Aggregates children given as rows (child × unit) with weights; returns one value per unit. */
function agg(spec: AggregationSpec, children: number[][], weights: number[], minShare = 0): number[] {
  const nUnits = children[0].length;
  const matrix = new Float64Array((children.length + 1) * nUnits);
  children.forEach((row, c) => matrix.set(row, c * nUnits));
  const out = matrix.subarray(children.length * nUnits);
  aggregatorFor(spec.method)({
    matrix,
    nUnits,
    minShare,
    spec,
    out,
    childRows: Int32Array.from(children.keys()),
    childWeights: Float64Array.from(weights),
  });
  return Array.from(out);
}

describe('weighted means', () => {
  it('arithmetic: Σwx/Σw, re-weighting over present children', () => {
    // unit 1: (1·40 + 3·80)/4 = 70; unit 2: child 2 missing → 40 alone
    expect(
      agg(
        { method: 'arithmetic' },
        [
          [40, 40],
          [80, NaN],
        ],
        [1, 3],
      ),
    ).toEqual([70, 40]);
  });
  it('a minimum share of present children below which the aggregate is missing', () => {
    // 1 of 2 children present = 0.5 < 0.6 → missing; all present → mean
    expect(
      agg(
        { method: 'arithmetic' },
        [
          [40, 40],
          [80, NaN],
        ],
        [1, 1],
        0.6,
      ),
    ).toEqual([60, NaN]);
  });
  it('all children missing gives a missing aggregate; a zero weight drops a child', () => {
    expect(agg({ method: 'arithmetic' }, [[NaN], [NaN]], [1, 1])).toEqual([NaN]);
    expect(agg({ method: 'arithmetic' }, [[10], [90]], [1, 0])).toEqual([10]);
  });
  it('geometric: √(10·40) = 20; a zero is a clear error unless a shift is set', () => {
    expect(agg({ method: 'geometric' }, [[10], [40]], [1, 1])[0]).toBeCloseTo(20, 12);
    expect(() => agg({ method: 'geometric' }, [[0], [40]], [1, 1])).toThrow(/geometric: value 0 \+ shift 0 is not > 0/);
    // shift 1: √(1·41) − 1
    expect(agg({ method: 'geometric', shift: 1 }, [[0], [40]], [1, 1])[0]).toBeCloseTo(Math.sqrt(41) - 1, 12);
  });
  it('harmonic: 2/(1/1 + 1/4) = 1.6; zeros refused', () => {
    expect(agg({ method: 'harmonic' }, [[1], [4]], [1, 1])[0]).toBeCloseTo(1.6, 12);
    expect(() => agg({ method: 'harmonic' }, [[0], [4]], [1, 1])).toThrow(/harmonic/);
  });
  it('generalised mean: p = 2 gives √((1 + 49)/2) = 5; p = 1, 0, −1 give arithmetic, geometric, harmonic', () => {
    expect(agg({ method: 'generalised-mean', p: 2 }, [[1], [7]], [1, 1])[0]).toBeCloseTo(5, 12);
    const children = [
      [1, 3],
      [4, 12],
    ];
    expect(agg({ method: 'generalised-mean', p: 1 }, children, [1, 2])).toEqual(
      agg({ method: 'arithmetic' }, children, [1, 2]),
    );
    expect(agg({ method: 'generalised-mean', p: 0 }, children, [1, 2])[1]).toBeCloseTo(
      agg({ method: 'geometric' }, children, [1, 2])[1],
      12,
    );
    expect(agg({ method: 'generalised-mean', p: -1 }, children, [1, 2])[0]).toBeCloseTo(
      agg({ method: 'harmonic' }, children, [1, 2])[0],
      12,
    );
    expect(() => agg({ method: 'generalised-mean' }, children, [1, 1])).toThrow(/"p"/);
  });
});

describe('Copeland', () => {
  it('counts pairwise wins minus losses', () => {
    // one child 1, 2, 3: unit 3 beats both (+2), unit 2 wins one loses one (0), unit 1 loses both (−2)
    expect(agg({ method: 'copeland' }, [[1, 2, 3]], [1])).toEqual([-2, 0, 2]);
  });
  it('weighs the children: a heavier child decides a split pair; equal halves are a draw', () => {
    // units A, B: A better on child 1 (w 2), B on child 2 (w 1): A wins (2/3 > ½)
    expect(
      agg(
        { method: 'copeland' },
        [
          [5, 1],
          [1, 5],
        ],
        [2, 1],
      ),
    ).toEqual([1, -1]);
    expect(
      agg(
        { method: 'copeland' },
        [
          [5, 1],
          [1, 5],
        ],
        [1, 1],
      ),
    ).toEqual([0, 0]);
  });
  it('a single unit scores 0 and a unit with no data is missing', () => {
    expect(agg({ method: 'copeland' }, [[3]], [1])).toEqual([0]);
    expect(agg({ method: 'copeland' }, [[3, NaN]], [1])).toEqual([0, NaN]);
  });
});
