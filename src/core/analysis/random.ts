/**
 * Seeded pseudo-random numbers for the Monte Carlo analysis: sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator, 128-bit state, period ≥ 2^32, passes PractRand to 2^40+), seeded through murmur3's fmix32 finaliser.
 *
 * Independent streams: `streamRng(seed, ...path)` derives a generator from a seed and a path of integers (e.g.
 * replication index, matrix side, assumption index). Each of the four state words is a separate hash lane of the whole
 * path, so two different paths share a stream only if all four 32-bit lanes collide (≈ 2^-128). Because a stream
 * depends only on (seed, path), results do not depend on how replications are split across threads.
 *
 * Edge cases: the seed and path entries must be integers in [0, 2^32); anything else throws a RangeError.
 */

/** A source of uniform numbers in [0, 1). */
export interface Rng {
  next(): number;
}

const TWO_POW_32 = 4294967296;
const LANE_SALTS = [0x9e3779b9, 0x7f4a7c15, 0x85ebca6b, 0xc2b2ae35] as const;

/** murmur3 fmix32: a bijective avalanche mix of a 32-bit word. */
function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function checkWord(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value >= TWO_POW_32) {
    throw new RangeError(`${name} must be an integer in [0, 2^32), got ${value}`);
  }
}

/**
 * The bare sfc32 generator from four 32-bit state words, with no warm-up: each call returns the next 32-bit output t
 * as t / 2^32, a uniform in [0, 1) with 2^-32 resolution. Callers that seed it themselves (the demo generator) discard
 * their own warm-up outputs; `sfc32` discards 15.
 */
export function sfc32Uniforms(a0: number, b0: number, c0: number, d0: number): () => number {
  let a = a0 >>> 0;
  let b = b0 >>> 0;
  let c = c0 >>> 0;
  let d = d0 >>> 0;
  const step = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / TWO_POW_32;
  };
  return step;
}

/** sfc32 from four 32-bit state words; the first 15 outputs are discarded to spread a weak seed. */
export function sfc32(a0: number, b0: number, c0: number, d0: number): Rng {
  const next = sfc32Uniforms(a0, b0, c0, d0);
  for (let i = 0; i < 15; i += 1) next();
  return { next };
}

/** The stream of `seed` at `path` (see the file comment); `streamRng(seed)` is the root stream. */
export function streamRng(seed: number, ...path: readonly number[]): Rng {
  checkWord('seed', seed);
  const lanes = LANE_SALTS.map((salt, lane) => {
    let h = fmix32((seed ^ salt) >>> 0);
    for (const [position, key] of path.entries()) {
      checkWord(`path[${position}]`, key);
      h = fmix32((h ^ fmix32((key + salt + lane + position * 0x27d4eb2f) >>> 0)) >>> 0);
      h = (Math.imul(h, 5) + 0xe6546b64) >>> 0;
    }
    return fmix32(h);
  });
  return sfc32(lanes[0], lanes[1], lanes[2], lanes[3]);
}

/** The root generator of a seed: same as `streamRng(seed)`. */
export function seededRng(seed: number): Rng {
  return streamRng(seed);
}

/** A uniform draw in [low, high): low + (high − low)·u. Throws when high < low. */
export function uniform(rng: Rng, low: number, high: number): number {
  if (!(high >= low)) throw new RangeError(`uniform requires low ≤ high, got [${low}, ${high})`);
  return low + (high - low) * rng.next();
}

/** A uniform integer in {0, …, n − 1}: ⌊n·u⌋. Throws unless n is a positive integer. */
export function uniformInt(rng: Rng, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`uniformInt requires a positive integer n, got ${n}`);
  return Math.min(n - 1, Math.floor(n * rng.next()));
}

/**
 * A normal draw N(mean, sd²) by the Box–Muller transform: mean + sd·√(−2 ln u₁)·cos(2π u₂), with u₁ ∈ (0, 1].
 * Throws when sd < 0.
 */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  if (!(sd >= 0)) throw new RangeError(`normal requires sd ≥ 0, got ${sd}`);
  const u1 = 1 - rng.next();
  const u2 = rng.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
