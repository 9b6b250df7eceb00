import type { Normaliser } from './normaliser.js';
import { numberParam } from '../params.js';
import { meanPresent, sampleStdDevPresent } from '../stats/moments.js';

/**
 * Z-score to a chosen mean m and sd s (defaults 0 and 1), on y = direction · x:
 * x' = m + s · (y − ȳ) / sd(y), with sd the sample standard deviation (n − 1), as COINr's n_zscore.
 * Edge cases: missing stays missing; all missing gives all missing.
 * @throws RangeError when fewer than two values are present or the indicator is constant (sd = 0).
 */
export const zScore: Normaliser = (x, out, spec, direction) => {
  const m = numberParam(spec, 'mean', 0);
  const s = numberParam(spec, 'sd', 1);
  const mean = meanPresent(x);
  if (mean !== mean) {
    out.fill(NaN);
    return;
  }
  const sd = sampleStdDevPresent(x);
  if (!(sd > 0))
    throw new RangeError('z-score: the indicator needs at least two distinct present values (sd = 0 or undefined)');
  for (let i = 0; i < x.length; i++) out[i] = m + (s * direction * (x[i] - mean)) / sd;
};
