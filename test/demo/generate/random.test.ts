import { clamp, cyrb128, logistic, randomStream } from '../../../src/demo/generate/random.js';

const draws = (n: number, f: () => number): number[] => Array.from({ length: n }, f);

describe('seeded random streams', () => {
  test('the same seed and key give the same sequence; another seed or key gives another', () => {
    const a = draws(50, randomStream(42, 'x', 2018).uniform);
    expect(draws(50, randomStream(42, 'x', 2018).uniform)).toEqual(a);
    expect(draws(50, randomStream(43, 'x', 2018).uniform)).not.toEqual(a);
    expect(draws(50, randomStream(42, 'x', 2019).uniform)).not.toEqual(a);
  });

  test('uniform draws lie in [0, 1) with mean ≈ 1/2 and variance ≈ 1/12', () => {
    const u = draws(20_000, randomStream(1, 'uniform').uniform);
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const mean = u.reduce((s, x) => s + x, 0) / u.length;
    const variance = u.reduce((s, x) => s + (x - mean) ** 2, 0) / u.length;
    // standard error of the mean: sqrt(1/12/20000) ≈ 0.002, so ±0.01 is five standard errors
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.005);
  });

  test('normal draws have the requested mean and standard deviation', () => {
    const random = randomStream(7, 'normal');
    const z = draws(20_000, () => random.normal(10, 2));
    const mean = z.reduce((s, x) => s + x, 0) / z.length;
    const sd = Math.sqrt(z.reduce((s, x) => s + (x - mean) ** 2, 0) / z.length);
    expect(Math.abs(mean - 10)).toBeLessThan(0.1); // SE = 2/sqrt(20000) ≈ 0.014
    expect(Math.abs(sd - 2)).toBeLessThan(0.1);
  });

  test('integer draws cover both ends of the range and nothing outside it', () => {
    const random = randomStream(3, 'integer');
    const seen = new Set(draws(2_000, () => random.integer(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
    expect(() => random.integer(5, 2)).toThrow(RangeError);
  });

  test('rejects a seed that is not an integer', () => {
    expect(() => randomStream(1.5, 'x')).toThrow('randomStream requires an integer seed, got 1.5');
  });

  test('cyrb128 gives four unsigned 32-bit words that depend on every character', () => {
    const h = cyrb128('RU-SMO');
    expect(h.every((w) => Number.isInteger(w) && w >= 0 && w < 2 ** 32)).toBe(true);
    expect(cyrb128('RU-SMP')).not.toEqual(h);
  });

  test('logistic and clamp', () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(2) + logistic(-2)).toBeCloseTo(1, 12); // symmetry: σ(x) + σ(−x) = 1
    expect(clamp(5, 0, 3)).toBe(3);
    expect(clamp(-1, 0, 3)).toBe(0);
  });
});
