/**
 * Rounds half away from zero to `decimals` places, as published tables do: roundTo(0.12345, 4) // => 0.1235.
 * The product x·10ᵈ is nudged by one part in 2⁵² before rounding so that decimal ties stored just below .5 in binary
 * (e.g. 1.005 → 100.49999…) still round up. NaN stays NaN. decimals must be an integer in 0..15.
 */
export function roundTo(x: number, decimals: number): number {
  if (x !== x) return NaN;
  const f = POWERS[decimals];
  if (f === undefined) throw new RangeError(`roundTo: decimals must be an integer from 0 to 15 (got ${decimals})`);
  const y = Math.round(Math.abs(x) * f * (1 + Number.EPSILON)) / f;
  return x < 0 ? -y : y;
}

const POWERS = Array.from({ length: 16 }, (_, d) => 10 ** d);
