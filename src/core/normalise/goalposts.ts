import type { Normaliser } from './normaliser.js';
import { booleanParam, numberParam, rangeParam } from '../params.js';

/**
 * Goalposts (fixed minimum and maximum, as the UNDP HDI), scaled to [l, u] (default [0, 100]):
 * direction +1: x' = l + (u − l) · (x − min) / (max − min);  direction −1: x' = l + (u − l) · (max − x) / (max − min).
 * With `log: true` every term is replaced by its natural log (x, min and max must then be > 0), as the HDI income index:
 * (ln x − ln 100) / (ln 75000 − ln 100). With `clamp` (default true) results are clamped to [l, u], i.e. values beyond
 * a goalpost score as the goalpost.
 * Edge cases: missing stays missing; a constant indicator is fine (fixed goalposts do not depend on the data).
 * @throws RangeError when max ≤ min, or with log when min ≤ 0 or a present value ≤ 0.
 */
export const goalposts: Normaliser = (x, out, spec, direction) => {
  const [l, u] = rangeParam(spec);
  const useLog = booleanParam(spec, 'log', false);
  const clamp = booleanParam(spec, 'clamp', true);
  let min = numberParam(spec, 'min');
  let max = numberParam(spec, 'max');
  if (!(max > min)) throw new RangeError(`goalposts: parameter "max" (${max}) must exceed "min" (${min})`);
  if (useLog) {
    if (!(min > 0)) throw new RangeError('goalposts: parameter "min" must be > 0 with log');
    min = Math.log(min);
    max = Math.log(max);
  }
  const k = (u - l) / (max - min);
  for (let i = 0; i < x.length; i++) {
    let v = x[i];
    if (v !== v) {
      out[i] = NaN;
      continue;
    }
    if (useLog) {
      if (!(v > 0)) throw new RangeError(`goalposts: value ${v} must be > 0 with log`);
      v = Math.log(v);
    }
    let y = direction === 1 ? l + (v - min) * k : l + (max - v) * k;
    if (clamp) y = y < l ? l : y > u ? u : y;
    out[i] = y;
  }
};
