import { rangePresent, sampleKurtosis, sampleSkewness } from '../stats/moments.js';

/** Cell flags written by outlier treatment. */
export const TREATMENT = { none: 0, winsorisedHigh: 1, winsorisedLow: 2, logTransformed: 3 } as const;

export interface OutlierRule {
  readonly skewness: number;
  readonly kurtosis: number;
  readonly maxWinsorised: number;
}

/**
 * COINr's default outlier rule for one indicator. An indicator has outliers when |skewness| > 2 AND kurtosis > 3.5
 * (sample G1 and excess G2, see stats/moments). While it does, and at most `maxWinsorised` (5) times, the most extreme
 * value on the side of the skew is replaced by the next value inward (winsorisation, one point at a time). If the rule
 * still fails after that, the winsorisation is undone and the column is log-transformed instead:
 * positive skew x' = ln(x − min x + 1); negative skew x' = −ln(max x − x + 1) (order preserved, COINr's "log_CT").
 * Every changed cell is flagged in `flags` (TREATMENT codes). Missing stays missing; columns with fewer than 4 present
 * values or zero variance are left as they are.
 */
export function treatOutliersCoinr(x: Float64Array, out: Float64Array, flags: Uint8Array, rule: OutlierRule): void {
  out.set(x);
  flags.fill(TREATMENT.none);
  if (!fails(out, rule)) return;
  for (let k = 0; k < rule.maxWinsorised && fails(out, rule); k++) winsoriseOne(out, flags, sampleSkewness(out) > 0);
  if (!fails(out, rule)) return;
  out.set(x);
  const high = sampleSkewness(x) > 0;
  const [lo, hi] = rangePresent(x);
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== x[i]) continue;
    out[i] = high ? Math.log(x[i] - lo + 1) : -Math.log(hi - x[i] + 1);
    flags[i] = TREATMENT.logTransformed;
  }
}

function fails(x: Float64Array, rule: OutlierRule): boolean {
  return Math.abs(sampleSkewness(x)) > rule.skewness && sampleKurtosis(x) > rule.kurtosis;
}

/** Replaces every copy of the most extreme value (highest when `high`) by the next distinct value inward. */
function winsoriseOne(x: Float64Array, flags: Uint8Array, high: boolean): void {
  const sign = high ? 1 : -1;
  let extreme = -Infinity;
  for (let i = 0; i < x.length; i++) if (sign * x[i] > extreme) extreme = sign * x[i];
  let next = -Infinity;
  for (let i = 0; i < x.length; i++) if (sign * x[i] < extreme && sign * x[i] > next) next = sign * x[i];
  if (next === -Infinity) return;
  for (let i = 0; i < x.length; i++) {
    if (sign * x[i] === extreme) {
      x[i] = sign * next;
      flags[i] = high ? TREATMENT.winsorisedHigh : TREATMENT.winsorisedLow;
    }
  }
}
