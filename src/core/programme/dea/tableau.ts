/**
 * The simplex tableau of a linear programme: rows scaled so that every right-hand side is ≥ 0, with slack,
 * surplus and artificial columns appended after the decision variables, and a starting basis made of the
 * slack (≤ rows) and artificial (≥ and = rows) columns. The last entry of each row is its right-hand side.
 */
import type { LinearProgram } from './simplex.js';

export interface Tableau {
  /** Constraint rows: `columnCount` coefficients, then the right-hand side. Mutated by pivoting. */
  rows: number[][];
  /** Reduced costs of every column, then minus the objective value. */
  objectiveRow: number[];
  /** Index of the basic column of each row. */
  basis: number[];
  columnCount: number;
  artificialColumns: number[];
  /** Largest |rhs|, used to make the phase-1 feasibility test relative. */
  rhsScale: number;
}

/** Builds the starting tableau; see the layout in the {@link Tableau} comment. */
export function buildTableau(lp: LinearProgram): Tableau {
  const n = lp.objective.length;
  const normalised = lp.constraints.map((c) => {
    if (c.rhs >= 0) return c;
    const relation = c.relation === '<=' ? '>=' : c.relation === '>=' ? '<=' : '=';
    return { coefficients: c.coefficients.map((a) => -a), relation, rhs: -c.rhs } as const;
  });
  const slackCount = normalised.filter((c) => c.relation !== '=').length;
  const artificialCount = normalised.filter((c) => c.relation !== '<=').length;
  const columnCount = n + slackCount + artificialCount;

  const rows: number[][] = [];
  const basis: number[] = [];
  const artificialColumns: number[] = [];
  let nextSlack = n;
  let nextArtificial = n + slackCount;
  for (const c of normalised) {
    const row = new Array<number>(columnCount + 1).fill(0);
    c.coefficients.forEach((a, j) => (row[j] = a));
    row[columnCount] = c.rhs;
    if (c.relation === '<=') {
      row[nextSlack] = 1;
      basis.push(nextSlack++);
    } else {
      if (c.relation === '>=') row[nextSlack++] = -1;
      row[nextArtificial] = 1;
      artificialColumns.push(nextArtificial);
      basis.push(nextArtificial++);
    }
    rows.push(row);
  }
  const rhsScale = normalised.reduce((m, c) => Math.max(m, Math.abs(c.rhs)), 0);
  return {
    rows,
    objectiveRow: new Array<number>(columnCount + 1).fill(0),
    basis,
    columnCount,
    artificialColumns,
    rhsScale,
  };
}
