/**
 * Seeded pseudo-random numbers for the synthetic demo dataset: the core's sfc32 generator and Box–Muller draw
 * (src/core/analysis/random.ts) seeded by a cyrb128 hash of a string key (the core seeds from integer paths instead,
 * so the two derive different streams from the same seed; the demo keeps its own seeding so its files stay
 * byte-identical). Every part of the dataset draws from its own stream keyed by (seed, purpose, year, region, ...), so
 * changing the number of applications never changes the measurements, and the output is byte-identical for the same
 * seed on any platform (only 32-bit integer arithmetic, Math.imul and IEEE doubles are used). No Math.random, no clock.
 */
import { normal, sfc32Uniforms } from '../../core/analysis/random.js';

/** A stream of uniform and derived random draws. */
export interface Random {
  /** Uniform on [0, 1), 2^-32 resolution. */
  uniform(): number;
  /** Uniform on [lo, hi). */
  between(lo: number, hi: number): number;
  /** Integer uniform on lo..hi inclusive. @throws RangeError if hi < lo */
  integer(lo: number, hi: number): number;
  /** Normal draw by the Box–Muller transform: mean + sd·√(−2 ln u₁)·cos(2πu₂), with u₁ in (0, 1]. @throws RangeError if sd < 0 */
  normal(mean?: number, sd?: number): number;
  /** true with probability p (p ≤ 0 never, p ≥ 1 always). */
  chance(p: number): boolean;
}

/**
 * cyrb128: a fast non-cryptographic 128-bit string hash (bryc, public domain), used only to derive seeds.
 * @returns four 32-bit unsigned words
 */
export function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * The random stream for one purpose: `randomStream(42, 'applications', 2018, 'RU-SMO')`. The key parts are joined
 * with '|' and hashed together with the seed; the first 12 outputs are discarded to decorrelate similar keys.
 * @throws RangeError if seed is not a safe integer
 */
export function randomStream(seed: number, ...key: (string | number)[]): Random {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`randomStream requires an integer seed, got ${seed}`);
  const [a, b, c, d] = cyrb128(`${seed}|${key.join('|')}`);
  const next = sfc32Uniforms(a, b, c, d);
  for (let i = 0; i < 12; i++) next();
  const rng = { next };
  return {
    uniform: next,
    between: (lo, hi) => lo + (hi - lo) * next(),
    integer: (lo, hi) => {
      if (hi < lo) throw new RangeError(`integer requires hi >= lo, got ${lo}..${hi}`);
      return lo + Math.floor(next() * (hi - lo + 1));
    },
    normal: (mean = 0, sd = 1) => normal(rng, mean, sd),
    chance: (p) => next() < p,
  };
}

/** The logistic function 1 / (1 + e^−x), mapping the real line to (0, 1). */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** x limited to [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
