import { populationSkewness, sampleSkewness } from '../../../src/core/stats/moments.js';
import { sampleVariance } from '../../../src/core/stats/variance.js';

// x = 1, 2, 3, 10: mean 4; deviations −3, −2, −1, 6; Σd² = 9 + 4 + 1 + 36 = 50; Σd³ = −27 − 8 − 1 + 216 = 180.
const X = [1, 2, 3, 10];

describe('skewness: the two named variants', () => {
  it('populationSkewness is the moment coefficient g1 = m3 / m2^1.5 (e1071::skewness type 1)', () => {
    // m2 = 50/4 = 12.5, m3 = 180/4 = 45, g1 = 45 / 12.5^1.5 = 45 / 44.194173… = 1.0182337649
    expect(populationSkewness(X)).toBeCloseTo(1.0182337649, 9);
    expect(populationSkewness([1, NaN, 2, 3, 10])).toBeCloseTo(1.0182337649, 9); // NaN = missing, skipped
    expect(populationSkewness([1, 2, 3])).toBe(0);
  });

  it('sampleSkewness is the adjusted G1 = n / ((n − 1)(n − 2)) · Σ((x − x̄)/s)³ (Excel SKEW, e1071 type 2, COINr)', () => {
    // s = √(50/3); Σz³ = 180 / s³; G1 = 4 / (3·2) · 180 / (50/3)^1.5 = 1.7636326148 = g1 · √(4·3) / 2
    expect(sampleSkewness(X)).toBeCloseTo(1.7636326148, 9);
    expect(sampleSkewness(X)).toBeCloseTo((populationSkewness(X) * Math.sqrt(12)) / 2, 12);
  });

  it('both are NaN for fewer than three present values or a constant column', () => {
    for (const skew of [populationSkewness, sampleSkewness]) {
      expect(skew([1, 2])).toBeNaN();
      expect(skew([1, 2, NaN])).toBeNaN();
      expect(skew([2, 2, 2])).toBeNaN();
    }
  });
});

describe('sampleVariance', () => {
  it("divides by n − 1 (Bessel's correction) and needs two values", () => {
    expect(sampleVariance(X)).toBeCloseTo(50 / 3, 12);
    expect(sampleVariance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 12); // Σd² = 2.25 + 0.25 + 0.25 + 2.25 = 5
    expect(() => sampleVariance([1])).toThrow(RangeError);
  });
});
