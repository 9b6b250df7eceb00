/**
 * Minimises f over ℝⁿ by the Nelder–Mead simplex (reflection 1, expansion 2, contraction ½, shrink ½; the starting
 * simplex is x0 and x0 + step·eᵢ, as R's optim uses 10 % of the largest |x0ᵢ| or 0.1). Stops when the spread of f over
 * the simplex falls below reltol·(|f_best| + reltol) (R's optim criterion), or after maxIterations. Deterministic.
 * Edge cases: n = 0 returns x0; f returning NaN is treated as +∞ (the point is never kept).
 * @example nelderMead(([x, y]) => (x − 1)² + (y + 2)², [0, 0]).x ≈ [1, −2]
 */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: ArrayLike<number>,
  options: { readonly reltol?: number; readonly maxIterations?: number } = {},
): { x: Float64Array; value: number; iterations: number; converged: boolean } {
  const n = x0.length;
  const reltol = options.reltol ?? 1e-8;
  const maxIterations = options.maxIterations ?? 5000;
  const value = (x: Float64Array): number => {
    const v = f(x);
    return v === v ? v : Infinity;
  };
  const step = Math.max(...Array.from(x0, Math.abs), 0) * 0.1 || 0.1;
  const points: Float64Array[] = [Float64Array.from(x0)];
  for (let i = 0; i < n; i++) {
    const p = Float64Array.from(x0);
    p[i] += step;
    points.push(p);
  }
  let values = points.map(value);
  const combine = (a: Float64Array, b: Float64Array, t: number): Float64Array => a.map((ai, i) => ai + t * (b[i] - ai));
  let iterations = 0;
  let converged = n === 0;
  while (!converged && iterations < maxIterations) {
    const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
    const sorted = order.map((i) => points[i]);
    values = order.map((i) => values[i]);
    points.splice(0, points.length, ...sorted);
    if (values[n] - values[0] <= reltol * (Math.abs(values[0]) + reltol)) {
      converged = true;
      break;
    }
    iterations++;
    const centroid = new Float64Array(n);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i] += points[k][i] / n;
    const reflected = combine(centroid, points[n], -1);
    const fr = value(reflected);
    if (fr < values[0]) {
      const expanded = combine(centroid, points[n], -2);
      const fe = value(expanded);
      [points[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]) {
      [points[n], values[n]] = [reflected, fr];
    } else {
      const contracted = fr < values[n] ? combine(centroid, reflected, 0.5) : combine(centroid, points[n], 0.5);
      const fc = value(contracted);
      if (fc < Math.min(fr, values[n])) [points[n], values[n]] = [contracted, fc];
      else {
        for (let k = 1; k <= n; k++) {
          points[k] = combine(points[0], points[k], 0.5);
          values[k] = value(points[k]);
        }
      }
    }
  }
  const best = values.indexOf(Math.min(...values));
  return { x: points[best], value: values[best], iterations, converged };
}
