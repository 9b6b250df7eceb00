/**
 * Eigenvalues of a real symmetric matrix by the cyclic Jacobi method: repeated plane rotations
 *   θ = ½·atan2(2a_pq, a_qq − a_pp) zero the off-diagonal element a_pq; the sweep stops when the off-diagonal sum of
 *   squares falls below 1e-22 times the total sum of squares (or after 100 sweeps).
 * Returns the eigenvalues sorted in descending order. Example: [[1, 0.5], [0.5, 1]] has eigenvalues 1.5 and 0.5.
 *
 * Edge cases: `matrix` is row-major n×n; n = 0 gives an empty result; a non-square length or a non-finite entry throws
 * a RangeError. Symmetry is assumed (the upper triangle is used).
 */
export function jacobiEigenvalues(matrix: ArrayLike<number>, n: number): Float64Array {
  if (matrix.length !== n * n)
    throw new RangeError(`jacobiEigenvalues requires an n×n matrix, got ${matrix.length} for n = ${n}`);
  const a = Float64Array.from(matrix);
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      const v = a[i * n + j];
      if (!Number.isFinite(v)) throw new RangeError('jacobiEigenvalues requires finite entries');
      a[i * n + j] = a[Math.min(i, j) * n + Math.max(i, j)];
      total += v * v;
    }
  }
  for (let sweep = 0; sweep < 100; sweep += 1) {
    let off = 0;
    for (let p = 0; p < n; p += 1) for (let q = p + 1; q < n; q += 1) off += 2 * a[p * n + q] ** 2;
    if (off <= 1e-22 * total) break;
    for (let p = 0; p < n; p += 1) {
      for (let q = p + 1; q < n; q += 1) {
        if (a[p * n + q] !== 0) rotate(a, n, p, q);
      }
    }
  }
  return Float64Array.from({ length: n }, (_, i) => a[i * n + i])
    .sort()
    .reverse();
}

/** Applies the Jacobi rotation in the (p, q) plane that zeroes a[p][q], to rows and columns p and q. */
function rotate(a: Float64Array, n: number, p: number, q: number): void {
  const theta = 0.5 * Math.atan2(2 * a[p * n + q], a[q * n + q] - a[p * n + p]);
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  for (let k = 0; k < n; k += 1) {
    const akp = a[k * n + p];
    const akq = a[k * n + q];
    a[k * n + p] = c * akp - s * akq;
    a[k * n + q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k += 1) {
    const apk = a[p * n + k];
    const aqk = a[q * n + k];
    a[p * n + k] = c * apk - s * aqk;
    a[q * n + k] = s * apk + c * aqk;
  }
}
