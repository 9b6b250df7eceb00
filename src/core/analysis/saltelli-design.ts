/**
 * The evaluation plan of a Monte Carlo run, so that any evaluation can be computed from its index alone (and so split
 * across threads without changing results).
 *
 * - 'monte-carlo': N evaluations, evaluation j draws every assumption from side A of row j.
 * - 'saltelli': N rows × (k + 2) evaluations (Saltelli 2002/2010 radial-free "A, B, A_B^i" design): for row j,
 *   variant 0 = A_j, variant 1 = B_j, variant 2 + i = A_j with assumption i replaced by its B_j draw. Each assumption is
 *   one group of inputs (e.g. a whole weight vector), so its indices are group Sobol indices.
 *
 * Evaluation e belongs to row ⌊e / (k + 2)⌋ and variant e mod (k + 2). Side A of row j draws assumption i from stream
 * (seed, j, 0, i) and side B from (seed, j, 1, i) (random.ts), so a draw depends only on (seed, j, side, i).
 */
export const DESIGNS = ['monte-carlo', 'saltelli'] as const;
export type DesignName = (typeof DESIGNS)[number];

export const SIDE_A = 0;
export const SIDE_B = 1;
export type Side = typeof SIDE_A | typeof SIDE_B;

export interface DesignShape {
  readonly design: DesignName;
  /** N: base rows (replications). */
  readonly rows: number;
  /** k: uncertain assumptions. */
  readonly assumptions: number;
}

/** Total evaluations: N for 'monte-carlo', N·(k + 2) for 'saltelli'. */
export function evaluationCount(shape: DesignShape): number {
  return shape.design === 'monte-carlo' ? shape.rows : shape.rows * (shape.assumptions + 2);
}

/** Evaluations per row: 1 or k + 2. */
export function variantsPerRow(shape: DesignShape): number {
  return shape.design === 'monte-carlo' ? 1 : shape.assumptions + 2;
}

/** The row and the side each assumption is drawn from for evaluation `e` (see the file comment). */
export function evaluationSides(shape: DesignShape, e: number): { row: number; sides: Side[] } {
  const per = variantsPerRow(shape);
  const row = Math.floor(e / per);
  const variant = e % per;
  const sides: Side[] = Array.from({ length: shape.assumptions }, (_, i) =>
    variant === 1 || variant === 2 + i ? SIDE_B : SIDE_A,
  );
  return { row, sides };
}
