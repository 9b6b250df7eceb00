import { rangePresent, sampleKurtosis, sampleSkewness } from '../stats/moments.js';
import { TREATMENT } from './coinr-treatment.js';

export interface CoinrTreatRule {
  /** Fails when |skewness| ≥ this (COINr skew_thresh, default 2)… */
  readonly skewness: number;
  /** …and kurtosis ≥ this (COINr kurt_thresh, default 3.5). */
  readonly kurtosis: number;
  /** COINr winmax: winsorisation stops once this many points sit at the treated extreme (default 5). */
  readonly winmax: number;
}

/**
 * COINr 1.x `Treat()` with its defaults, for one indicator (f1 = winsorise, f2 = log_CT, f_pass = check_SkewKurt,
 * combine_treat = FALSE):
 * 1. The column passes when |G1| < skewness OR G2 < kurtosis (sample skewness and excess kurtosis, e1071 type 2,
 *    stats/moments). A passing column is left as it is.
 * 2. Otherwise winsorise: while it fails and nwin < winmax, take the side of the skew (G1 ≥ 0: high, else low), set
 *    every value equal to the extreme to the next value inward (the extreme of the others), and let nwin = the number
 *    of values set at the last high step + at the last low step (COINr's count: a value winsorised once ties with its
 *    neighbour, so the k-th step on one side moves k points).
 * 3. If it still fails, winsorisation is undone and log_CT is applied to the ORIGINAL values:
 *    x' = ln(x − min x + 0.01·(max x − min x)) (whatever the side of the skew).
 * Flags (TREATMENT codes): 1 / 2 for cells winsorised high / low, 3 for every present cell of a log-transformed column.
 * Edge cases: missing values are skipped and stay missing; with fewer than 4 present values or zero variance the
 * skewness or kurtosis is undefined and the column is left untreated (COINr warns and returns it untreated).
 * @example treatCoinr1([1,…,10, 30, 100]) with winmax 2: 100 → 30, then both 30s → 10 (nwin = 2), if still failing log_CT.
 */
export function treatOutliersCoinrTreat(
  x: Float64Array,
  out: Float64Array,
  flags: Uint8Array,
  rule: CoinrTreatRule,
): void {
  out.set(x);
  flags.fill(TREATMENT.none);
  if (passes(out, rule) !== false) return;
  let nHigh = 0;
  let nLow = 0;
  let passing: boolean | null = false;
  while (passing === false && nHigh + nLow < rule.winmax) {
    const high = sampleSkewness(out) >= 0;
    const moved = winsoriseExtreme(out, high);
    if (moved === 0) break;
    if (high) nHigh = moved;
    else nLow = moved;
    passing = passes(out, rule);
  }
  if (passing !== false) {
    for (let i = 0; i < x.length; i++) {
      if (out[i] < x[i]) flags[i] = TREATMENT.winsorisedHigh;
      else if (out[i] > x[i]) flags[i] = TREATMENT.winsorisedLow;
    }
    return;
  }
  const [lo, hi] = rangePresent(x);
  const shift = 0.01 * (hi - lo);
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== x[i]) {
      out[i] = NaN;
      continue;
    }
    out[i] = Math.log(x[i] - lo + shift);
    flags[i] = TREATMENT.logTransformed;
  }
}

/** check_SkewKurt: true passes, false fails, null when skewness or kurtosis is undefined. */
function passes(x: Float64Array, rule: CoinrTreatRule): boolean | null {
  const skew = sampleSkewness(x);
  const kurt = sampleKurtosis(x);
  if (skew !== skew || kurt !== kurt) return null;
  return Math.abs(skew) < rule.skewness || kurt < rule.kurtosis;
}

/** Sets every value equal to the extreme (max when `high`) to the extreme of the others; returns how many moved. */
function winsoriseExtreme(x: Float64Array, high: boolean): number {
  const sign = high ? 1 : -1;
  let extreme = -Infinity;
  for (let i = 0; i < x.length; i++) if (sign * x[i] > extreme) extreme = sign * x[i];
  let next = -Infinity;
  for (let i = 0; i < x.length; i++) if (sign * x[i] < extreme && sign * x[i] > next) next = sign * x[i];
  if (next === -Infinity) return 0;
  let moved = 0;
  for (let i = 0; i < x.length; i++)
    if (sign * x[i] === extreme) {
      x[i] = sign * next;
      moved++;
    }
  return moved;
}
