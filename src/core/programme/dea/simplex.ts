/**
 * A small dense two-phase simplex solver for linear programmes in the form
 *
 *   minimise  cᵀx   subject to  aᵢᵀx (≤ | ≥ | =) bᵢ  for every constraint i,   x ≥ 0.
 *
 * Method: the full tableau. Each row is first scaled so that bᵢ ≥ 0 (multiplying by −1 flips ≤ and ≥).
 * A ≤ row gets a slack column (which starts in the basis); a ≥ row gets a surplus column and an artificial
 * column; an = row gets an artificial column. Phase 1 minimises the sum of the artificials; if that minimum
 * exceeds the tolerance the programme is infeasible. Artificials still in the basis at level zero are pivoted
 * out on any usable column (or the row is left as a redundant row). Phase 2 minimises cᵀx with the artificial
 * columns barred from entering.
 *
 * Pivoting: Bland's rule (the entering column is the lowest-index column with a reduced cost below −tol;
 * the leaving row is the minimum ratio, ties broken by the lowest index of the basic variable), which cannot
 * cycle, so degenerate programmes such as DEA envelopment problems always terminate.
 *
 * Tolerance: `SIMPLEX_TOLERANCE` = 1e-9, used for reduced costs, pivot elements and the phase-1 feasibility
 * test. It is absolute, so callers should scale their data to magnitudes near 1 (the DEA module divides each
 * input and output by its mean, which leaves DEA scores unchanged).
 *
 * Edge cases: no constraints → x = 0 if c ≥ 0, otherwise unbounded; an empty objective is rejected.
 * Returns status 'optimal' with x and the objective value, or 'infeasible' / 'unbounded' (x is then empty).
 *
 * @example solveLinearProgram({ objective: [-1, -1], constraints: [{ coefficients: [1, 2], relation: '<=', rhs: 4 },
 *   { coefficients: [3, 1], relation: '<=', rhs: 6 }] }) // => optimal, x = [1.6, 1.2], value −2.8
 */
import { buildTableau, type Tableau } from './tableau.js';

export const SIMPLEX_TOLERANCE = 1e-9;

export const RELATIONS = ['<=', '>=', '='] as const;
export type Relation = (typeof RELATIONS)[number];

export interface LinearConstraint {
  readonly coefficients: readonly number[];
  readonly relation: Relation;
  readonly rhs: number;
}

export interface LinearProgram {
  /** Coefficients c of the objective to minimise; its length fixes the number of decision variables. */
  readonly objective: readonly number[];
  readonly constraints: readonly LinearConstraint[];
}

export type LinearProgramSolution =
  | { readonly status: 'optimal'; readonly x: number[]; readonly value: number }
  | { readonly status: 'infeasible' | 'unbounded'; readonly x: []; readonly value: number };

/** Solves a linear programme (minimisation, x ≥ 0) by the two-phase simplex method with Bland's rule. */
export function solveLinearProgram(lp: LinearProgram): LinearProgramSolution {
  const n = lp.objective.length;
  if (n === 0) throw new RangeError('solveLinearProgram requires at least one decision variable');
  for (const [i, row] of lp.constraints.entries()) {
    if (row.coefficients.length !== n) {
      throw new RangeError(
        `solveLinearProgram constraint ${i} has ${row.coefficients.length} coefficients, expected ${n}`,
      );
    }
    if (![...row.coefficients, row.rhs].every(Number.isFinite)) {
      throw new RangeError(`solveLinearProgram constraint ${i} has a non-finite coefficient`);
    }
  }
  const t = buildTableau(lp);

  // Phase 1: minimise the sum of artificials.
  if (t.artificialColumns.length > 0) {
    const phase1Cost = new Array<number>(t.columnCount).fill(0);
    for (const col of t.artificialColumns) phase1Cost[col] = 1;
    setObjective(t, phase1Cost);
    runSimplex(t, () => true);
    if (-t.objectiveRow[t.columnCount] > SIMPLEX_TOLERANCE * Math.max(1, t.rhsScale)) {
      return { status: 'infeasible', x: [], value: Number.NaN };
    }
    driveOutArtificials(t);
  }

  // Phase 2: the real objective, artificials barred.
  const cost = new Array<number>(t.columnCount).fill(0);
  lp.objective.forEach((c, j) => (cost[j] = c));
  setObjective(t, cost);
  const barred = new Set(t.artificialColumns);
  const finished = runSimplex(t, (col) => !barred.has(col));
  if (finished === 'unbounded') return { status: 'unbounded', x: [], value: Number.NEGATIVE_INFINITY };

  const x = new Array<number>(n).fill(0);
  t.basis.forEach((col, row) => {
    if (col < n) x[col] = t.rows[row][t.columnCount];
  });
  const value = lp.objective.reduce((sum, c, j) => sum + c * x[j], 0);
  return { status: 'optimal', x, value };
}

/** Sets the objective row to the reduced costs of `cost` for the current basis (cost_j − c_Bᵀ B⁻¹ a_j). */
function setObjective(t: Tableau, cost: readonly number[]): void {
  const row = [...cost, 0];
  t.basis.forEach((col, r) => {
    const cb = cost[col];
    if (cb === 0) return;
    const tableauRow = t.rows[r];
    for (let j = 0; j <= t.columnCount; j++) row[j] -= cb * tableauRow[j];
  });
  t.objectiveRow = row;
}

/** Pivots with Bland's rule until optimal or unbounded. `allowed(col)` filters the entering columns. */
function runSimplex(t: Tableau, allowed: (col: number) => boolean): 'optimal' | 'unbounded' {
  const maxIterations = 50 * (t.columnCount + t.rows.length) + 1000;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let entering = -1;
    for (let j = 0; j < t.columnCount; j++) {
      if (allowed(j) && t.objectiveRow[j] < -SIMPLEX_TOLERANCE) {
        entering = j;
        break;
      }
    }
    if (entering < 0) return 'optimal';
    let leaving = -1;
    let bestRatio = Number.POSITIVE_INFINITY;
    for (let r = 0; r < t.rows.length; r++) {
      const a = t.rows[r][entering];
      if (a <= SIMPLEX_TOLERANCE) continue;
      const ratio = t.rows[r][t.columnCount] / a;
      const tie = Math.abs(ratio - bestRatio) <= SIMPLEX_TOLERANCE;
      if (ratio < bestRatio - SIMPLEX_TOLERANCE || (tie && leaving >= 0 && t.basis[r] < t.basis[leaving])) {
        bestRatio = Math.min(ratio, bestRatio);
        leaving = r;
      }
    }
    if (leaving < 0) return 'unbounded';
    pivot(t, leaving, entering);
  }
  throw new RangeError('solveLinearProgram did not converge within the iteration limit');
}

/** After phase 1, replaces basic artificials (at level 0) by any non-artificial column with a usable pivot. */
function driveOutArtificials(t: Tableau): void {
  const artificial = new Set(t.artificialColumns);
  t.basis.forEach((col, r) => {
    if (!artificial.has(col)) return;
    for (let j = 0; j < t.columnCount; j++) {
      if (!artificial.has(j) && Math.abs(t.rows[r][j]) > SIMPLEX_TOLERANCE) {
        pivot(t, r, j);
        return;
      }
    }
    // No usable column: the row is redundant; the artificial stays basic at 0 and can never enter again.
  });
}

/** Gauss-Jordan pivot on (row, col), including the objective row. */
function pivot(t: Tableau, row: number, col: number): void {
  const pivotRow = t.rows[row];
  const p = pivotRow[col];
  for (let j = 0; j <= t.columnCount; j++) pivotRow[j] /= p;
  const eliminate = (target: number[]): void => {
    const factor = target[col];
    if (factor === 0) return;
    for (let j = 0; j <= t.columnCount; j++) target[j] -= factor * pivotRow[j];
  };
  t.rows.forEach((r, i) => i !== row && eliminate(r));
  eliminate(t.objectiveRow);
  t.basis[row] = col;
}
