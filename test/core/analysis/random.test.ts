import { normal, seededRng, streamRng, uniform, uniformInt } from '../../../src/core/analysis/random.js';

const take = (rng: { next(): number }, n: number): number[] => Array.from({ length: n }, () => rng.next());

describe('seeded random streams', () => {
  it('gives the same sequence for the same seed and path, and a different one otherwise', () => {
    expect(take(seededRng(42), 5)).toEqual(take(seededRng(42), 5));
    expect(take(streamRng(42, 7, 1, 3), 5)).toEqual(take(streamRng(42, 7, 1, 3), 5));
    expect(take(seededRng(42), 5)).not.toEqual(take(seededRng(43), 5));
    expect(take(streamRng(42, 7, 1, 3), 5)).not.toEqual(take(streamRng(42, 7, 0, 3), 5));
    expect(take(streamRng(42, 1, 2), 5)).not.toEqual(take(streamRng(42, 2, 1), 5));
  });

  it('draws uniforms in [0, 1) with mean ½ and variance 1/12 (checked on 100,000 draws)', () => {
    const xs = take(seededRng(1), 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    // standard error of the mean: √(1/12 / 1e5) ≈ 0.0009, so 0.005 is more than 5 standard errors
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('gives first draws of neighbouring streams that look independent (lag correlation near 0)', () => {
    const firsts = Array.from({ length: 20_000 }, (_, j) => streamRng(5, j, 0, 0).next());
    let num = 0;
    for (let j = 1; j < firsts.length; j += 1) num += (firsts[j] - 0.5) * (firsts[j - 1] - 0.5);
    const r = num / (firsts.length - 1) / (1 / 12);
    expect(Math.abs(r)).toBeLessThan(0.03); // 1/√20000 ≈ 0.007
  });

  it('scales uniforms, integers and normals and rejects bad arguments', () => {
    const rng = seededRng(9);
    for (let i = 0; i < 1000; i += 1) {
      const u = uniform(rng, 0.75, 1.25);
      expect(u).toBeGreaterThanOrEqual(0.75);
      expect(u).toBeLessThan(1.25);
      expect([0, 1, 2]).toContain(uniformInt(rng, 3));
    }
    const zs = Array.from({ length: 50_000 }, () => normal(rng, 10, 2));
    const mean = zs.reduce((s, x) => s + x, 0) / zs.length;
    expect(Math.abs(mean - 10)).toBeLessThan(0.05);
    expect(() => seededRng(-1)).toThrow(RangeError);
    expect(() => seededRng(1.5)).toThrow(RangeError);
    expect(() => uniformInt(rng, 0)).toThrow(RangeError);
    expect(() => uniform(rng, 2, 1)).toThrow(RangeError);
  });
});
