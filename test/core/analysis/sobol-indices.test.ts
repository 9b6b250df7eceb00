import { seededRng } from '../../../src/core/analysis/random.js';
import { sobolIndices } from '../../../src/core/analysis/sobol-indices.js';

/** Outputs of f on the A, B and A_B^i matrices built from uniform inputs. */
function design(f: (x: number[]) => number, k: number, n: number, seed: number) {
  const rng = seededRng(seed);
  const A = Array.from({ length: n }, () => Array.from({ length: k }, () => rng.next()));
  const B = Array.from({ length: n }, () => Array.from({ length: k }, () => rng.next()));
  const fA = A.map(f);
  const fB = B.map(f);
  const fAB = Array.from({ length: k }, (_, i) => A.map((row, j) => f(row.map((v, c) => (c === i ? B[j][c] : v)))));
  return sobolIndices(fA, fB, fAB);
}

describe('Sobol indices (Saltelli 2010 first order, Jansen total)', () => {
  it('estimates the analytical indices of f = x₁·x₂·x₃ with xᵢ ~ U(0, 1)', () => {
    // E[x] = 1/2, E[x²] = 1/3: V = (1/3)³ − (1/4)³ = 37/1728
    // Vᵢ = Var(E[f | xᵢ]) = Var(xᵢ/4) = 1/192 → Sᵢ = (1/192)/(37/1728) = 9/37 ≈ 0.243
    // E[Var(f | x₋ᵢ)] = E[(xⱼxₖ)²]·Var(xᵢ) = (1/9)(1/12) = 1/108 → STᵢ = (1/108)/(37/1728) = 16/37 ≈ 0.432
    const result = design((x) => x[0] * x[1] * x[2], 3, 20_000, 11);
    for (let i = 0; i < 3; i += 1) {
      expect(Math.abs(result.first[i] - 9 / 37)).toBeLessThan(0.03);
      expect(Math.abs(result.total[i] - 16 / 37)).toBeLessThan(0.03);
      expect(result.total[i]).toBeGreaterThanOrEqual(result.first[i]);
    }
  });

  it('gives exactly 0 to a dummy input the model ignores, and apportions an additive model', () => {
    // f = 2·x₁ + x₂ (x₃ ignored): V₁ = 4/12, V₂ = 1/12 → S₁ = ST₁ = 0.8, S₂ = ST₂ = 0.2, S₃ = ST₃ = 0
    const result = design((x) => 2 * x[0] + x[1], 3, 20_000, 12);
    expect(result.first[2]).toBe(0);
    expect(result.total[2]).toBe(0);
    expect(Math.abs(result.first[0] - 0.8)).toBeLessThan(0.03);
    expect(Math.abs(result.total[1] - 0.2)).toBeLessThan(0.03);
  });

  it('gives 0 everywhere when the output never varies', () => {
    const result = design(() => 3, 2, 10, 1);
    expect(result.variance).toBe(0);
    expect(Array.from(result.first)).toEqual([0, 0]);
    expect(Array.from(result.total)).toEqual([0, 0]);
  });
});
