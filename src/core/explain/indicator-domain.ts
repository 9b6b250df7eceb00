/**
 * The values an indicator can take, in its own unit, and moving a value there: a needed change is rounded to the
 * nearest possible value on the better side (a yes/partial/no check steps 0 → 0.5 → 1, a count stays whole, a share
 * stays within its range).
 */
import type { Direction, IndicatorDomain } from '../spec.js';

export type { IndicatorDomain } from '../spec.js';

/** True when the domain allows only some values (a list of values, or whole numbers). */
export function isDiscrete(domain: IndicatorDomain | undefined): boolean {
  return domain !== undefined && (domain.values !== undefined || domain.integer === true);
}

/**
 * The possible value nearest to `x` on the better side: for direction +1 the smallest allowed value ≥ x, for −1 the
 * largest ≤ x (values within 1e-9 of x count as x, so float noise never skips a step). Null when no allowed value lies
 * there (beyond `min`/`max`, or above the largest listed value).
 * @example snapToDomain(0.06, { values: [0, 0.5, 1] }, 1) // => 0.5
 * @example snapToDomain(22.3, { integer: true, min: 0 }, 1) // => 23
 */
export function snapToDomain(x: number, domain: IndicatorDomain | undefined, direction: Direction): number | null {
  const eps = 1e-9 * Math.max(1, Math.abs(x));
  let value = x;
  if (domain?.values !== undefined) {
    const sorted = [...domain.values].sort((a, b) => a - b);
    const found = direction === 1 ? sorted.find((v) => v >= x - eps) : [...sorted].reverse().find((v) => v <= x + eps);
    if (found === undefined) return null;
    value = found;
  } else if (domain?.integer) {
    value = direction === 1 ? Math.ceil(x - eps) : Math.floor(x + eps);
  }
  const min = domain?.min ?? -Infinity;
  const max = domain?.max ?? Infinity;
  if (value > max + eps || value < min - eps) return null;
  return Math.min(max, Math.max(min, value));
}
