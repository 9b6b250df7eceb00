/** Transforms applied to a raw indicator before outlier treatment and normalisation; registry keyed by name. */
import type { TransformSpec } from '../spec.js';
import { numberParam } from '../params.js';

export type Transform = (x: Float64Array, out: Float64Array, spec: TransformSpec) => void;

/**
 * Caps (clamps) values to [min, max]; either bound may be omitted: x' = min(max(x, min), max).
 * E.g. the HDI caps GNI per capita at 75,000 and expected schooling at 18. Missing stays missing.
 */
export const cap: Transform = (x, out, spec) => {
  const lo = numberParam(spec, 'min', -Infinity);
  const hi = numberParam(spec, 'max', Infinity);
  for (let i = 0; i < x.length; i++) out[i] = x[i] < lo ? lo : x[i] > hi ? hi : x[i];
};

/**
 * Natural log with an optional offset c (default 0): x' = ln(x + c). Missing stays missing.
 * @throws RangeError when some x + c ≤ 0.
 */
export const log: Transform = (x, out, spec) => {
  const c = numberParam(spec, 'offset', 0);
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== x[i]) {
      out[i] = NaN;
      continue;
    }
    if (!(x[i] + c > 0)) throw new RangeError(`log: value ${x[i]} + offset ${c} is not > 0`);
    out[i] = Math.log(x[i] + c);
  }
};

export const TRANSFORMS = { cap, log } as const satisfies Record<string, Transform>;

/** @throws RangeError naming the known transforms when `name` is not one of them. */
export function transformFor(name: string): Transform {
  if (!Object.hasOwn(TRANSFORMS, name)) {
    throw new RangeError(`transform: unknown method "${name}" (known: ${Object.keys(TRANSFORMS).join(', ')})`);
  }
  return TRANSFORMS[name as keyof typeof TRANSFORMS];
}
