/**
 * How many decimals to show `value` with so that the shown number stays on its side of `threshold`: `base`, or more
 * (up to 6) while a value below the threshold would round up onto it. A status and its number then agree: 69.989
 * against a target of 70 is shown "69.99 · behind", never "70 · behind". A value at or above the threshold never
 * rounds below it (rounding is half away from zero, as roundTo), so it keeps `base`.
 * Also used for a difference against 0 (threshold 0, with the value's magnitude): a gap of −0.011 is shown "−0.01",
 * never "0.0"; a gap that is exactly 0 keeps `base`.
 * @example sideDecimals(69.989, 70, 1) // => 2
 * @example sideDecimals(69.94, 70, 1) // => 1
 */
import { roundTo } from '../core/rank/round.js';

const MAX_DECIMALS = 6;

export function sideDecimals(value: number, threshold: number, base: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(threshold) || value >= threshold) return base;
  let decimals = base;
  while (decimals < MAX_DECIMALS && roundTo(value, decimals) >= threshold) decimals += 1;
  return decimals;
}

/**
 * Decimals for a difference (a gap in points) so that a non-zero difference is never shown as zero: `base`, or more
 * (up to 6) while it rounds to 0.
 * @example nonZeroDecimals(-0.011, 1) // => 2
 */
export function nonZeroDecimals(difference: number, base: number): number {
  return sideDecimals(-Math.abs(difference), 0, base);
}
