import { TREATMENT, treatOutliersCoinr } from '../../../src/core/outliers/coinr-treatment.js';
import { sampleKurtosis, sampleSkewness } from '../../../src/core/stats/moments.js';

const rule = { skewness: 2, kurtosis: 3.5, maxWinsorised: 5 };

function treat(x: number[]): { values: number[]; flags: number[] } {
  const out = new Float64Array(x.length);
  const flags = new Uint8Array(x.length);
  treatOutliersCoinr(Float64Array.from(x), out, flags, rule);
  return { values: Array.from(out), flags: Array.from(flags) };
}

describe('skewness and kurtosis (sample G1, G2)', () => {
  it('match the hand computation for 1, 2, 3, 4, 10', () => {
    // mean 4; deviations −3 −2 −1 0 6; s = √(50/4); Σz³ = (−27 − 8 − 1 + 216)/s³ = 180/s³
    const s = Math.sqrt(50 / 4);
    expect(sampleSkewness([1, 2, 3, 4, 10])).toBeCloseTo((5 / (4 * 3)) * (180 / s ** 3), 12);
    // Σz⁴ = (81 + 16 + 1 + 1296)/s⁴ = 1394/s⁴; G2 = 5·6/(4·3·2)·Σz⁴ − 3·16/(3·2)
    expect(sampleKurtosis([1, 2, 3, 4, 10])).toBeCloseTo((30 / 24) * (1394 / s ** 4) - 8, 12);
  });
});

describe('COINr outlier rule', () => {
  it('leaves a well-behaved indicator alone', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(treat(x)).toEqual({ values: x, flags: x.map(() => TREATMENT.none) });
  });
  it('winsorises a single high outlier to the next value and flags it', () => {
    // 19 ones-to-tens and one 1000: |skew| > 2 and kurtosis > 3.5; one winsorisation (1000 → 10) fixes it
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1000];
    const { values, flags } = treat(x);
    expect(values[19]).toBe(10);
    expect(flags.filter((f) => f !== 0)).toEqual([TREATMENT.winsorisedHigh]);
    expect(Math.abs(sampleSkewness(values)) <= 2 || sampleKurtosis(values) <= 3.5).toBe(true);
  });
  it('log-transforms when five winsorised points are not enough, flagging every cell', () => {
    // fifty 1s and a tail 10, 100, …, 1e7: five winsorisations bring 1e3 … 1e7 down to 100, and six 100s and a 10
    // still give |skew| > 2 and kurtosis > 3.5, so the rule falls back to the log
    const x = [...Array(50).fill(1), 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];
    const { values, flags } = treat(x);
    expect(flags.every((f) => f === TREATMENT.logTransformed)).toBe(true);
    // positive skew: ln(x − min + 1); the minimum maps to 0 and order is preserved
    expect(values[0]).toBe(0);
    expect(values[56]).toBeCloseTo(Math.log(1e7 - 1 + 1), 12);
  });
  it('keeps missing values missing', () => {
    const { values } = treat([NaN, 1, 2, 3]);
    expect(values[0]).toBeNaN();
  });
});
