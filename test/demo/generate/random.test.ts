import { clamp, cyrb128, logistic, randomStream } from '../../../src/demo/generate/random.js';

const draws = (n: number, f: () => number): number[] => Array.from({ length: n }, f);

/**
 * The reference sfc32 (Doty-Humphrey's PractRand original, in bryc's public-domain JS form), written out here apart from src: the demo files are byte-identical across
 * versions only while randomStream keeps drawing exactly this sequence (cyrb128 seed, 12 discarded outputs).
 */
function referenceSfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0; // Doty-Humphrey: tmp = a + b + counter++
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

describe('seeded random streams', () => {
  test('draw the reference sfc32 sequence after a cyrb128 seed and 12 discarded outputs (keeps demo files stable)', () => {
    const reference = referenceSfc32(...cyrb128('42|measurements|2018|RU-TUL'));
    for (let i = 0; i < 12; i++) reference();
    const random = randomStream(42, 'measurements', 2018, 'RU-TUL');
    expect(draws(1000, random.uniform)).toEqual(draws(1000, reference));
  });

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
