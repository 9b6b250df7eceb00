import { seededRng } from '../../../src/core/analysis/random.js';
import { sobolProblems, sobolWithIntervals } from '../../../src/core/analysis/sobol-bootstrap.js';

/** Outputs of f on the A, B and A_B^i matrices built from uniform inputs. */
function design(f: (x: number[]) => number, k: number, n: number, seed: number) {
  const rng = seededRng(seed);
  const A = Array.from({ length: n }, () => Array.from({ length: k }, () => rng.next()));
  const B = Array.from({ length: n }, () => Array.from({ length: k }, () => rng.next()));
  return {
    fA: A.map(f),
    fB: B.map(f),
    fAB: Array.from({ length: k }, (_, i) => A.map((row, j) => f(row.map((v, c) => (c === i ? B[j][c] : v))))),
  };
}

describe('Sobol estimates with bootstrap intervals', () => {
  it('covers the analytical indices of f = x₁·x₂·x₃ (S = 9/37, ST = 16/37) with intervals that narrow as N grows', () => {
    const widths: number[] = [];
    for (const n of [500, 5000]) {
      const { fA, fB, fAB } = design((x) => x[0] * x[1] * x[2], 3, n, 5);
      const estimates = sobolWithIntervals(fA, fB, fAB, { resamples: 300, level: 0.95, rng: seededRng(9) });
      const [lo, hi] = estimates[0].totalInterval;
      expect(lo).toBeLessThan(16 / 37);
      expect(hi).toBeGreaterThan(16 / 37);
      expect(estimates[0].firstInterval[0]).toBeLessThan(estimates[0].first);
      expect(estimates[0].firstInterval[1]).toBeGreaterThan(estimates[0].first);
      widths.push(hi - lo);
    }
    // the interval shrinks about as 1/√N: ten times the rows, about a third of the width
    expect(widths[1]).toBeLessThan(widths[0] / 2);
  });

  it('gives a dummy input exactly 0 with the interval [0, 0], resolved', () => {
    const { fA, fB, fAB } = design((x) => 2 * x[0] + x[1], 3, 200, 12);
    const dummy = sobolWithIntervals(fA, fB, fAB, { resamples: 50, level: 0.95, rng: seededRng(1) })[2];
    expect(dummy).toEqual({ first: 0, total: 0, firstInterval: [0, 0], totalInterval: [0, 0], problems: [] });
  });

  it('names every way an estimate is unresolved: negative, above 1, first above total beyond its interval', () => {
    expect(sobolProblems(-0.002, 0.013, [0.01, 0.02])).toEqual(['negative']);
    expect(sobolProblems(1.049, 1.107, [1.0, 1.2])).toEqual(['above-one']);
    expect(sobolProblems(0.01, 0.005, [0.003, 0.008])).toEqual(['first-above-total']);
    // first above total but within total's interval: sampling noise, still a share
    expect(sobolProblems(0.4, 0.38, [0.3, 0.45])).toEqual([]);
    expect(sobolProblems(0.2, 0.3, [0.25, 0.35])).toEqual([]);
  });
});
