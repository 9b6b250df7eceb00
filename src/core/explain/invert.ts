import type { Direction, NormaliserSpec } from '../spec.js';
import { rangePresent } from '../stats/moments.js';

/**
 * The highest normalised value a normaliser can give: u of its range (default 100) for the scaled normalisers,
 * the largest score of a categorical map, +∞ for z-score, rank and identity.
 */
export function normalisedCeiling(spec: NormaliserSpec): number {
  if (spec.method === 'categorical') return Math.max(...Object.values(spec.map as Record<string, number>));
  if (['z-score', 'rank', 'identity'].includes(spec.method)) return Infinity;
  const range = spec.range as [number, number] | undefined;
  return range?.[1] ?? 100;
}

/**
 * The raw value that normalises to `target`, where that is known exactly:
 *  - goalposts: x = min + (t − l)(max − min)/(u − l) (direction +1) or max − … (direction −1); with log, on ln x;
 *  - min-max: the same with the column's present min and max, valid while x stays within them (else null: moving
 *    past the extreme changes the scale for every unit); rounding noise of 1e-9 of the range at the ends is clamped;
 *  - identity: x = direction · t.
 * Other normalisers depend on every unit's values (ranks, z-scores) and give null.
 */
export function rawForNormalised(spec: NormaliserSpec, direction: Direction, column: Float64Array, target: number): number | null {
  const [l, u] = (spec.range as [number, number] | undefined) ?? [0, 100];
  if (spec.method === 'identity') return direction * target;
  if (spec.method === 'goalposts') {
    const log = spec.log === true;
    const min = log ? Math.log(spec.min as number) : (spec.min as number);
    const max = log ? Math.log(spec.max as number) : (spec.max as number);
    const share = (target - l) / (u - l);
    const x = direction === 1 ? min + share * (max - min) : max - share * (max - min);
    return log ? Math.exp(x) : x;
  }
  if (spec.method === 'min-max') {
    const [lo, hi] = rangePresent(column);
    const share = (target - l) / (u - l);
    const x = direction === 1 ? lo + share * (hi - lo) : hi - share * (hi - lo);
    const tolerance = 1e-9 * (hi - lo);
    if (x < lo - tolerance || x > hi + tolerance) return null;
    return x < lo ? lo : x > hi ? hi : x;
  }
  return null;
}
