import { symmetricEigen } from '../stats/symmetric-eigen.js';

/** What to do with a negative loading after orienting the component (see pcaWeights). */
export const NEGATIVE_LOADINGS = ['error', 'zero'] as const;
export type NegativeLoadings = (typeof NEGATIVE_LOADINGS)[number];

/**
 * PCA weights of sibling nodes (COINr get_PCA's weights): the loadings of the first principal component of their
 * correlation matrix (prcomp with center and scale, on the units where every sibling is present), i.e. the unit
 * eigenvector of R = corr(x₁ … x_k) with the largest eigenvalue. The sign of a component is arbitrary, so it is
 * oriented to make the loadings' sum positive (the first non-zero loading positive when the sum is 0). Weights are
 * relative among siblings, so the loadings are used as they are (their squares sum to 1).
 * Edge cases: one sibling gets weight 1; fewer than 3 complete units, or a constant sibling (zero variance: its
 * correlations are undefined, prcomp refuses to scale it) throws naming it; a loading still negative after
 * orientation (a sibling pulling against the others) throws with `onNegative: 'error'` (default), or becomes 0 with
 * 'zero' (COINr would keep a negative weight, which our means cannot take). Missing values: incomplete units are
 * left out, as COINr's na.omit does.
 * @example a = 1,2,3,4; b = 2,4,6,8 (r = 1); c = 1,−1,−1,1 (r = 0 with both): R has eigenvalues 2, 1, 0 and the
 * first component (1, 1, 0)/√2, so a and b weigh 0.707 each and c 0.
 */
export function pcaWeights(
  ids: readonly string[],
  columns: readonly Float64Array[],
  onNegative: NegativeLoadings = 'error',
): Float64Array {
  const k = columns.length;
  if (k === 1) return Float64Array.of(1);
  const n = columns[0].length;
  const rows: number[] = [];
  for (let u = 0; u < n; u++) if (columns.every((c) => c[u] === c[u])) rows.push(u);
  if (rows.length < 3)
    throw new RangeError(
      `pca weights of ${ids.join(', ')}: ${rows.length} units with all values present (at least 3 needed)`,
    );
  const z = columns.map((c, j) => {
    const x = rows.map((u) => c[u]);
    const mean = x.reduce((a, b) => a + b, 0) / x.length;
    const sd = Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / (x.length - 1));
    if (!(sd > 0))
      throw new RangeError(
        `pca weights: "${ids[j]}" is constant over the complete units (its correlations are undefined)`,
      );
    return x.map((v) => (v - mean) / sd);
  });
  const r = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      let s = 0;
      for (let u = 0; u < rows.length; u++) s += z[i][u] * z[j][u];
      r[i * k + j] = r[j * k + i] = s / (rows.length - 1);
    }
  }
  const first = symmetricEigen(r, k).vectors[0];
  const sum = first.reduce((a, b) => a + b, 0);
  const lead = first.find((v) => Math.abs(v) > 1e-12) ?? 1;
  const sign = Math.abs(sum) > 1e-12 ? Math.sign(sum) : Math.sign(lead);
  const loadings = first.map((v) => {
    const w = sign * v;
    return Math.abs(w) < 1e-12 ? 0 : w;
  });
  const negative = ids.filter((_, j) => loadings[j] < 0);
  if (negative.length > 0) {
    if (onNegative === 'error') {
      throw new RangeError(
        `pca weights: negative loading of ${negative.map((id) => `"${id}" (${loadings[ids.indexOf(id)].toFixed(3)})`).join(', ')} on the first component of ${ids.join(', ')}; set "negative": "zero" to drop it, or choose other weights`,
      );
    }
    return loadings.map((w) => Math.max(0, w));
  }
  return loadings;
}
