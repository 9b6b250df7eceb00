/**
 * Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method (as analysis/jacobi-eigenvalues,
 * with the rotations accumulated): A = V Λ Vᵀ. Rotations θ = ½·atan2(2a_pq, a_qq − a_pp) zero a_pq; sweeps stop when
 * the off-diagonal sum of squares is below 1e-24 of the total (or after 100 sweeps).
 * Returns the eigenvalues in descending order and the unit eigenvectors in the same order (vectors[k][i] = component
 * i of the k-th vector). The sign of each vector is arbitrary, as in any eigen-solver (prcomp's too).
 * Edge cases: a non-square length or a non-finite entry throws a RangeError; n = 0 gives empty results.
 * @example symmetricEigen([2, 1, 1, 2], 2) → values [3, 1], vectors [±(1, 1)/√2, ±(1, −1)/√2]
 */
export function symmetricEigen(
  matrix: ArrayLike<number>,
  n: number,
): { values: Float64Array; vectors: Float64Array[] } {
  if (matrix.length !== n * n)
    throw new RangeError(`symmetricEigen requires an n×n matrix, got ${matrix.length} for n = ${n}`);
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    v[i * n + i] = 1;
    for (let j = 0; j < n; j++) {
      if (!Number.isFinite(a[i * n + j])) throw new RangeError('symmetricEigen requires finite entries');
      a[i * n + j] = matrix[Math.min(i, j) * n + Math.max(i, j)];
      total += a[i * n + j] ** 2;
    }
  }
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += 2 * a[p * n + q] ** 2;
    if (off <= 1e-24 * total) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p * n + q] === 0) continue;
        const theta = 0.5 * Math.atan2(2 * a[p * n + q], a[q * n + q] - a[p * n + p]);
        const c = Math.cos(theta);
        const s = Math.sin(theta);
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j * n + j] - a[i * n + i]);
  return {
    values: Float64Array.from(order, (i) => a[i * n + i]),
    vectors: order.map((i) => Float64Array.from({ length: n }, (_, k) => v[k * n + i])),
  };
}
