import { NORMALISERS, normaliserFor } from '../../../src/core/normalise/registry.js';
import type { Direction, NormaliserSpec } from '../../../src/core/spec.js';
import { mapCategories } from '../../../src/core/normalise/categorical.js';

function norm(spec: NormaliserSpec, x: number[], direction: Direction = 1): number[] {
  const out = new Float64Array(x.length);
  normaliserFor(spec.method)(Float64Array.from(x), out, spec, direction);
  return Array.from(out);
}

describe('min-max', () => {
  it('maps min to l and max to u, reversing for direction −1', () => {
    // (x − 1)/(3 − 1)·100: 1 → 0, 2 → 50, 3 → 100; direction −1 uses −x: (−x + 3)/2·100
    expect(norm({ method: 'min-max' }, [1, 2, 3])).toEqual([0, 50, 100]);
    expect(norm({ method: 'min-max', range: [1, 2] }, [1, 2, 3], -1)).toEqual([2, 1.5, 1]);
  });
  it('keeps missing values missing; all missing gives all missing', () => {
    expect(norm({ method: 'min-max' }, [NaN, 0, 4])).toEqual([NaN, 0, 100]);
    expect(norm({ method: 'min-max' }, [NaN, NaN])).toEqual([NaN, NaN]);
  });
  it('refuses a constant indicator unless told what to do (a single unit is constant too)', () => {
    expect(() => norm({ method: 'min-max' }, [5, 5, 5])).toThrow(/constant/);
    expect(() => norm({ method: 'min-max' }, [7])).toThrow(/constant/);
    expect(norm({ method: 'min-max', onConstant: 'midpoint' }, [5, NaN, 5])).toEqual([50, NaN, 50]);
    expect(norm({ method: 'min-max', onConstant: 'upper' }, [7])).toEqual([100]);
  });
});

describe('z-score', () => {
  it('centres on the chosen mean with the chosen sd (sample sd)', () => {
    // x = 2, 4, 6: mean 4, sample sd = √((4 + 0 + 4)/2) = 2 → z = −1, 0, 1 → 100 + 10z
    expect(norm({ method: 'z-score', mean: 100, sd: 10 }, [2, 4, 6])).toEqual([90, 100, 110]);
    expect(norm({ method: 'z-score' }, [2, 4, 6], -1)).toEqual([1, 0, -1]);
  });
  it('refuses a constant indicator', () => {
    expect(() => norm({ method: 'z-score' }, [3, 3])).toThrow(/sd = 0/);
  });
});

describe('goalposts', () => {
  it('scales between fixed goalposts and clamps beyond them (HDI style)', () => {
    // life expectancy goalposts 20..85 on [0, 1]: 85 → 1, 52.5 → 0.5, 90 → clamped 1, 10 → clamped 0
    expect(norm({ method: 'goalposts', min: 20, max: 85, range: [0, 1] }, [85, 52.5, 90, 10])).toEqual([1, 0.5, 1, 0]);
  });
  it('uses logs for income: (ln x − ln 100)/(ln 75000 − ln 100)', () => {
    const [v] = norm({ method: 'goalposts', min: 100, max: 75000, log: true, range: [0, 1] }, [7500]);
    // ln(75) / ln(750) = 4.3175 / 6.6201 = 0.65218
    expect(v).toBeCloseTo(Math.log(75) / Math.log(750), 12);
  });
  it('inverts for lower-is-better and accepts a constant indicator', () => {
    // days: goalposts 0..30, direction −1: (30 − x)/30·100: 0 → 100, 15 → 50
    expect(norm({ method: 'goalposts', min: 0, max: 30 }, [0, 15, 15], -1)).toEqual([100, 50, 50]);
  });
  it('rejects goalposts in the wrong order', () => {
    expect(() => norm({ method: 'goalposts', min: 5, max: 5 }, [1])).toThrow(/must exceed/);
  });
});

describe('distance to target and to the best performer', () => {
  it('distance to target: (x − min)/(target − min), capped at the target', () => {
    // min 0, target 50: 25 → 50, 50 → 100, 80 → capped 100
    expect(norm({ method: 'distance-to-target', target: 50 }, [0, 25, 50, 80])).toEqual([0, 50, 100, 100]);
  });
  it('distance to the best: x / max (direction +1), min / x (direction −1)', () => {
    expect(norm({ method: 'distance-to-best' }, [10, 20, 40])).toEqual([25, 50, 100]);
    expect(norm({ method: 'distance-to-best' }, [10, 20, 40], -1)).toEqual([100, 50, 25]);
    expect(() => norm({ method: 'distance-to-best' }, [0, 1])).toThrow(/> 0/);
  });
});

describe('percentile rank and rank', () => {
  it('percentile rank: worst 0, best 100, ties share the middle', () => {
    // n = 4, values 1, 2, 2, 5: 1 → 0/3; 2 → (1 + ½·1)/3 = 0.5; 5 → 3/3
    expect(norm({ method: 'percentile-rank' }, [1, 2, 2, 5])).toEqual([0, 50, 50, 100]);
    expect(norm({ method: 'percentile-rank' }, [4])).toEqual([50]);
  });
  it('rank: ascending fractional ranks, ties averaged', () => {
    expect(norm({ method: 'rank' }, [1, 2, 2, 5, NaN])).toEqual([1, 2.5, 2.5, 4, NaN]);
  });
});

describe('categorical maps', () => {
  it('maps yes/partial/no labels and coded values to scores', () => {
    expect(Array.from(mapCategories(['Yes', 'partial', ' no ', ''], { yes: 1, partial: 0.5, no: 0 }))).toEqual([
      1,
      0.5,
      0,
      NaN,
    ]);
    expect(() => mapCategories(['maybe'], { yes: 1 })).toThrow(/unknown category "maybe"/);
    expect(norm({ method: 'categorical', map: { 2: 1, 1: 0.5, 0: 0 } }, [2, 0, 1])).toEqual([1, 0, 0.5]);
  });
});

it('every registered normaliser keeps a missing value missing', () => {
  const params: Record<string, NormaliserSpec> = {
    goalposts: { method: 'goalposts', min: 0, max: 10 },
    'distance-to-target': { method: 'distance-to-target', target: 10 },
    categorical: { method: 'categorical', map: { 1: 1, 2: 0, 3: 0 } },
  };
  for (const name of Object.keys(NORMALISERS)) {
    expect([name, norm(params[name] ?? { method: name }, [1, NaN, 2, 3])[1]]).toEqual([name, NaN]);
  }
  expect(() => normaliserFor('minmax')).toThrow(/unknown method "minmax"/);
});
