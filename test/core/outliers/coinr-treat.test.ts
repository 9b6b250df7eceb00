import { TREATMENT } from '../../../src/core/outliers/coinr-treatment.js';
import { treatOutliersCoinrTreat } from '../../../src/core/outliers/coinr-treat.js';

function treat(x: number[], winmax: number): { values: number[]; flags: number[] } {
  const out = new Float64Array(x.length);
  const flags = new Uint8Array(x.length);
  treatOutliersCoinrTreat(Float64Array.from(x), out, flags, { skewness: 2, kurtosis: 3.5, winmax });
  return { values: Array.from(out), flags: Array.from(flags) };
}

const oneToThirty = Array.from({ length: 30 }, (_, i) => i + 1);

describe('COINr 1.x Treat() defaults (coinr-treat)', () => {
  it("COINr's documented example 1..10, 30, 100: one winsorisation (100 → 30) passes", () => {
    // G1 = 3.06, G2 = 9.74 fails; after 100 → 30: G1 = 1.71 < 2 passes (worked by hand with e1071 type 2)
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];
    const { values, flags } = treat(x, 2);
    expect(values).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30]);
    expect(flags[11]).toBe(TREATMENT.winsorisedHigh);
    expect(flags.filter((f) => f !== 0)).toHaveLength(1);
  });

  it('counts winsorised points as COINr does: two tied maxima use up winmax 2 at once, then log_CT', () => {
    // 1..30, 500, 1000, 1000: G1 3.35, G2 10.3 fail. Step 1 moves both 1000s to 500 (nwin = 2 = winmax) and
    // 1..30, 500, 500, 500 still fails (G1 2.96, G2 7.27): winsorisation is undone and the ORIGINAL values are
    // log_CT-transformed: ln(x − 1 + 0.01·(1000 − 1)) = ln(x − 1 + 9.99). Counting steps instead of points would
    // have winsorised a second time (500s → 30) and passed.
    const x = [...oneToThirty, 500, 1000, 1000];
    const { values, flags } = treat(x, 2);
    expect(values[0]).toBeCloseTo(Math.log(9.99), 12);
    expect(values[32]).toBeCloseTo(Math.log(999 + 9.99), 12);
    expect(values[29]).toBeCloseTo(Math.log(29 + 9.99), 12);
    expect(flags.every((f) => f === TREATMENT.logTransformed)).toBe(true);
  });

  it('with winmax 5 the same column is winsorised twice (1000s → 500, then 500s → 30) and passes', () => {
    const x = [...oneToThirty, 500, 1000, 1000];
    const { values, flags } = treat(x, 5);
    expect(values.slice(30)).toEqual([30, 30, 30]);
    expect(flags.slice(30)).toEqual([1, 1, 1]);
    expect(flags.slice(0, 30).every((f) => f === 0)).toBe(true);
  });

  it('winsorises low outliers (negative skew) upwards', () => {
    const x = [...oneToThirty.map((v) => -v), -1000];
    const { values, flags } = treat(x, 5);
    expect(values[30]).toBe(-30);
    expect(flags[30]).toBe(TREATMENT.winsorisedLow);
  });

  it('leaves missing values missing and skips them in the moments', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100, NaN];
    const { values } = treat(x, 2);
    expect(values.slice(0, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30]);
    expect(values[12]).toBeNaN();
  });

  it('leaves a constant column and one with fewer than 4 values untreated (moments undefined)', () => {
    expect(treat([5, 5, 5, 5, 5], 5).values).toEqual([5, 5, 5, 5, 5]);
    expect(treat([1, 1000, NaN], 5).values.slice(0, 2)).toEqual([1, 1000]);
  });
});
