/**
 * First-order and total Sobol sensitivity indices from a Saltelli design (see saltelli-design.ts). For N base rows,
 * f_A, f_B are the outputs on matrices A and B, and f_ABi the outputs on A with assumption i taken from B:
 *   V    = population variance of the 2N values f_A ∪ f_B,
 *   S_i  = (1/N) Σ_j (f_B(j) − m)·(f_ABi(j) − f_A(j)) / V         (first order, Saltelli et al. 2010, Table 2 (b)),
 *   ST_i = (1/2N) Σ_j (f_A(j) − f_ABi(j))² / V                      (total, Jansen 1999).
 * where m is the mean of f_A ∪ f_B. Centring f_B by m leaves the expectation unchanged (E[f_ABi − f_A] = 0) and cuts
 * the estimator's variance when the output's mean is large against its spread (as SALib does by standardising).
 * Both are estimates: with small N, S_i can fall slightly below 0 or above ST_i; they are reported as estimated.
 *
 * Edge cases: an assumption that never changes the output has f_ABi = f_A, so S_i = ST_i = 0 exactly; when the output
 * does not vary at all (V = 0) every index is 0 (nothing to apportion). N < 2 or arrays of unequal length throw a
 * RangeError.
 */
export interface SobolIndices {
  /** Output variance V over A ∪ B. */
  readonly variance: number;
  /** S_i, one per assumption. */
  readonly first: Float64Array;
  /** ST_i, one per assumption. */
  readonly total: Float64Array;
}

export function sobolIndices(
  fA: ArrayLike<number>,
  fB: ArrayLike<number>,
  fAB: readonly ArrayLike<number>[],
): SobolIndices {
  const n = fA.length;
  if (n < 2) throw new RangeError(`sobolIndices requires at least two base rows, got ${n}`);
  if (fB.length !== n || fAB.some((f) => f.length !== n))
    throw new RangeError('sobolIndices requires outputs of equal length');
  let mean = 0;
  for (let j = 0; j < n; j += 1) mean += fA[j] + fB[j];
  mean /= 2 * n;
  let variance = 0;
  for (let j = 0; j < n; j += 1) variance += (fA[j] - mean) ** 2 + (fB[j] - mean) ** 2;
  variance /= 2 * n;
  const k = fAB.length;
  const first = new Float64Array(k);
  const total = new Float64Array(k);
  if (variance === 0) return { variance, first, total };
  for (let i = 0; i < k; i += 1) {
    const fi = fAB[i];
    let s = 0;
    let st = 0;
    for (let j = 0; j < n; j += 1) {
      const change = fi[j] - fA[j];
      s += (fB[j] - mean) * change;
      st += change * change;
    }
    first[i] = s / n / variance;
    total[i] = st / (2 * n) / variance;
  }
  return { variance, first, total };
}
