import type { Normaliser } from './normaliser.js';
import { optionParam, rangeParam } from '../params.js';
import { rangePresent } from '../stats/moments.js';

/**
 * Min-max to [l, u] (default [0, 100]), on y = direction · x as COINr does:
 * x' = (y − min y) / (max y − min y) · (u − l) + l.
 * Edge cases: missing stays missing; all missing gives all missing; a constant indicator (max = min) throws unless
 * `onConstant` is 'midpoint' ((l + u)/2 for every present value) or 'upper' (u).
 * @example minMax([1, 2, 3]) // => [0, 50, 100]
 * @throws RangeError for a constant indicator with the default onConstant 'error'.
 */
export const minMax: Normaliser = (x, out, spec, direction) => {
  const [l, u] = rangeParam(spec);
  const onConstant = optionParam(spec, 'onConstant', ['error', 'midpoint', 'upper'] as const, 'error');
  const [lo, hi] = rangePresent(x);
  const yMin = direction === 1 ? lo : -hi;
  const yMax = direction === 1 ? hi : -lo;
  if (lo !== lo) {
    out.fill(NaN);
    return;
  }
  if (yMax === yMin) {
    if (onConstant === 'error')
      throw new RangeError('min-max: the indicator is constant (max = min), so it cannot be scaled; set onConstant');
    const c = onConstant === 'upper' ? u : (l + u) / 2;
    for (let i = 0; i < x.length; i++) out[i] = x[i] === x[i] ? c : NaN;
    return;
  }
  const k = (u - l) / (yMax - yMin);
  for (let i = 0; i < x.length; i++) out[i] = (direction * x[i] - yMin) * k + l;
};
