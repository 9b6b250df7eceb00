import type { Direction, NormaliserSpec, TransformSpec } from '../spec.js';
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
export function rawForNormalised(
  spec: NormaliserSpec,
  direction: Direction,
  column: Float64Array,
  target: number,
): number | null {
  const [l, u] = (spec.range as [number, number] | undefined) ?? [0, 100];
  if (spec.method === 'identity') return direction * target;
  if (spec.method === 'categorical') {
    // the code with the lowest score that still reaches the target
    const reaching = Object.entries(spec.map as Record<string, number>)
      .filter(([, score]) => score >= target - 1e-9)
      .sort((a, b) => a[1] - b[1]);
    return reaching.length === 0 ? null : Number(reaching[0][0]);
  }
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

/**
 * The normalised value of one raw value x (on the normaliser's input scale), where it does not depend on the other
 * units: goalposts (clamped when `clamp`), min-max while x stays within the column's present range, identity, and a
 * categorical map. Null otherwise (rank, z-score, or x outside a min-max column's range).
 */
export function normalisedForRaw(
  spec: NormaliserSpec,
  direction: Direction,
  column: Float64Array,
  x: number,
): number | null {
  const [l, u] = (spec.range as [number, number] | undefined) ?? [0, 100];
  if (spec.method === 'identity') return direction * x;
  if (spec.method === 'categorical') {
    const score = (spec.map as Record<string, unknown>)[String(x)];
    return typeof score === 'number' ? score : null;
  }
  const scaled = (lo: number, hi: number, value: number): number => {
    const share = direction === 1 ? (value - lo) / (hi - lo) : (hi - value) / (hi - lo);
    return l + share * (u - l);
  };
  if (spec.method === 'goalposts') {
    const log = spec.log === true;
    const min = spec.min as number;
    const max = spec.max as number;
    const t = log ? scaled(Math.log(min), Math.log(max), Math.log(x)) : scaled(min, max, x);
    return spec.clamp === true ? Math.min(u, Math.max(l, t)) : t;
  }
  if (spec.method === 'min-max') {
    const [lo, hi] = rangePresent(column);
    const tolerance = 1e-9 * (hi - lo);
    if (x < lo - tolerance || x > hi + tolerance) return null;
    return scaled(lo, hi, x);
  }
  return null;
}

/**
 * Undoes an indicator's transforms for one value y: log with offset c gives x = e^y − c; cap is undone only inside
 * its bounds (a value at or past a cap cannot be told apart, so null). Null for an unknown transform.
 */
export function untransform(transforms: readonly TransformSpec[] | undefined, y: number): number | null {
  let x: number | null = y;
  for (const t of [...(transforms ?? [])].reverse()) {
    if (x === null) return null;
    if (t.method === 'log') x = Math.exp(x) - ((t.offset as number | undefined) ?? 0);
    else if (t.method === 'cap') {
      const lo = (t.min as number | undefined) ?? -Infinity;
      const hi = (t.max as number | undefined) ?? Infinity;
      if (x > hi || x < lo) return null;
    } else return null;
  }
  return x;
}

/** Applies an indicator's transforms to one value x (log: ln(x + c); cap: clamp); null for an unknown transform. */
export function transformValue(transforms: readonly TransformSpec[] | undefined, x: number): number | null {
  let y = x;
  for (const t of transforms ?? []) {
    if (t.method === 'log') y = Math.log(y + ((t.offset as number | undefined) ?? 0));
    else if (t.method === 'cap')
      y = Math.min((t.max as number | undefined) ?? Infinity, Math.max((t.min as number | undefined) ?? -Infinity, y));
    else return null;
  }
  return y;
}
