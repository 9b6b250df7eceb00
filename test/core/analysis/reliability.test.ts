import { cronbachAlpha } from '../../../src/core/analysis/cronbach-alpha.js';
import { firstComponentShare } from '../../../src/core/analysis/first-component-share.js';
import { jacobiEigenvalues } from '../../../src/core/analysis/jacobi-eigenvalues.js';

describe("Cronbach's alpha", () => {
  it('matches a hand-worked three-item example', () => {
    // items over 4 units: a = [2, 4, 6, 8], b = [1, 3, 5, 5], c = [3, 3, 6, 8]
    // s²(a) = (9+1+1+9)/3 = 20/3; b: mean 3.5, (6.25+.25+2.25+2.25)/3 = 11/3; c: mean 5, (4+4+1+9)/3 = 6
    // totals [6, 10, 17, 21], mean 13.5: (56.25 + 12.25 + 12.25 + 56.25)/3 = 137/3
    // α = 3/2 · (1 − (20/3 + 11/3 + 18/3)/(137/3)) = 1.5 · (1 − 49/137) = 1.5 · 88/137 = 132/137 ≈ 0.963504
    expect(
      cronbachAlpha([
        [2, 4, 6, 8],
        [1, 3, 5, 5],
        [3, 3, 6, 8],
      ]),
    ).toBeCloseTo(132 / 137, 12);
  });

  it('drops incomplete units and returns null when undefined', () => {
    // the third unit is dropped: items [1, 2, 3] and [1, 3, 2] → s² 1 and 1, totals [2, 5, 5] s² 3: α = 2·(1 − 2/3)
    expect(
      cronbachAlpha([
        [1, 2, 9, 3],
        [1, 3, NaN, 2],
      ]),
    ).toBeCloseTo(2 / 3, 12);
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
    expect(
      cronbachAlpha([
        [1, 1],
        [2, 2],
      ]),
    ).toBeNull();
  });

  it('goes negative when items pull against each other', () => {
    // a = [1, 2, 3], b = [3, 2, 1.5]: totals [4, 4, 4.5] vary little while the items vary a lot
    expect(
      cronbachAlpha([
        [1, 2, 3],
        [3, 2, 1.5],
      ])!,
    ).toBeLessThan(0);
  });
});

describe('Jacobi eigenvalues and the first principal component share', () => {
  it('finds the eigenvalues of small symmetric matrices', () => {
    expect(Array.from(jacobiEigenvalues([1, 0.5, 0.5, 1], 2)).map((v) => +v.toFixed(12))).toEqual([1.5, 0.5]);
    // equicorrelation 3×3 with r = 0.5: eigenvalues 1 + 2r = 2 and 1 − r = 0.5 (twice)
    const eig = jacobiEigenvalues([1, 0.5, 0.5, 0.5, 1, 0.5, 0.5, 0.5, 1], 3);
    expect(eig[0]).toBeCloseTo(2, 12);
    expect(eig[1]).toBeCloseTo(0.5, 12);
    expect(eig[2]).toBeCloseTo(0.5, 12);
    // a tridiagonal example: [[2, 1, 0], [1, 2, 1], [0, 1, 2]] has eigenvalues 2 + √2, 2, 2 − √2
    const tri = jacobiEigenvalues([2, 1, 0, 1, 2, 1, 0, 1, 2], 3);
    expect(tri[0]).toBeCloseTo(2 + Math.SQRT2, 12);
    expect(tri[1]).toBeCloseTo(2, 12);
    expect(tri[2]).toBeCloseTo(2 - Math.SQRT2, 12);
  });

  it('gives λ₁/k of the correlation matrix', () => {
    // a = [1, 2, 3], b = [1, 3, 2]: r = 0.5 → eigenvalues 1.5, 0.5 → share 0.75
    expect(
      firstComponentShare([
        [1, 2, 3],
        [1, 3, 2],
      ]),
    ).toBeCloseTo(0.75, 12);
    // perfectly correlated items: one component explains everything
    expect(
      firstComponentShare([
        [1, 2, 3, 4],
        [2, 4, 6, 8],
        [0, 1, 2, 3],
      ]),
    ).toBeCloseTo(1, 12);
    expect(
      firstComponentShare([
        [1, 1, 1],
        [1, 2, 3],
      ]),
    ).toBeNull();
  });
});
