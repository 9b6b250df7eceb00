import type { Imputer } from './imputer.js';
import { meanPresent } from '../stats/moments.js';
import { medianPresent } from '../stats/quantile.js';

/** No imputation: missing stays missing, and the aggregation re-weights over the present children. */
export const imputeNone: Imputer = (x, out) => {
  out.set(x);
};

/** Fills every missing value with the mean of the present values of the indicator. All missing stays all missing. */
export const imputeMean: Imputer = (x, out) => fill(x, out, meanPresent(x));

/** Fills every missing value with the median (R type 7) of the present values. All missing stays all missing. */
export const imputeMedian: Imputer = (x, out) => fill(x, out, medianPresent(x));

function fill(x: Float64Array, out: Float64Array, value: number): void {
  for (let i = 0; i < x.length; i++) out[i] = x[i] === x[i] ? x[i] : value;
}
