/**
 * Moments of the present (non-NaN) values of a column. Missing values are skipped; with too few present values the
 * result is NaN, documented per function.
 */

/** Arithmetic mean of present values: Σx / n. NaN when n = 0. */
export function meanPresent(x: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? NaN : sum / n;
}

/** Sample standard deviation (n − 1 denominator) of present values: √(Σ(x − x̄)² / (n − 1)). NaN when n < 2. */
export function sampleStdDevPresent(x: ArrayLike<number>): number {
  const m = meanPresent(x);
  let ss = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) {
      ss += (v - m) * (v - m);
      n++;
    }
  }
  return n < 2 ? NaN : Math.sqrt(ss / (n - 1));
}

/**
 * Sample skewness G1, the adjusted Fisher–Pearson coefficient (as COINr, Excel's SKEW, e1071::skewness type 2):
 * n / ((n − 1)(n − 2)) · Σ((x − x̄)/s)³, s the sample sd. G1 = g1 · √(n(n − 1)) / (n − 2) (see populationSkewness).
 * NaN when n < 3 or s = 0.
 */
export function sampleSkewness(x: ArrayLike<number>): number {
  const m = meanPresent(x);
  const s = sampleStdDevPresent(x);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) {
      const z = (v - m) / s;
      sum += z * z * z;
      n++;
    }
  }
  if (n < 3 || !(s > 0)) return NaN;
  return (n / ((n - 1) * (n - 2))) * sum;
}

/**
 * Population skewness g1, the moment coefficient (e1071::skewness type 1): m₃ / m₂^1.5 with central moments
 * m_k = Σ(x − x̄)^k / n over the present values. NaN when n < 3 or m₂ = 0 (a constant column has no skew).
 */
export function populationSkewness(x: ArrayLike<number>): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) {
      sum += v;
      n++;
    }
  }
  if (n < 3) return NaN;
  const mean = sum / n;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) {
      s2 += (v - mean) ** 2;
      s3 += (v - mean) ** 3;
    }
  }
  const m2 = s2 / n;
  return m2 === 0 ? NaN : s3 / n / m2 ** 1.5;
}

/**
 * Sample excess kurtosis G2 (as COINr and Excel's KURT):
 * n(n + 1) / ((n − 1)(n − 2)(n − 3)) · Σ((x − x̄)/s)⁴ − 3(n − 1)² / ((n − 2)(n − 3)). NaN when n < 4 or s = 0.
 */
export function sampleKurtosis(x: ArrayLike<number>): number {
  const m = meanPresent(x);
  const s = sampleStdDevPresent(x);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) {
      const z = (v - m) / s;
      sum += z * z * z * z;
      n++;
    }
  }
  if (n < 4 || !(s > 0)) return NaN;
  return ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * sum - (3 * (n - 1) * (n - 1)) / ((n - 2) * (n - 3));
}

/** Smallest and largest present values; [NaN, NaN] when none is present. */
export function rangePresent(x: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === Infinity ? [NaN, NaN] : [lo, hi];
}
