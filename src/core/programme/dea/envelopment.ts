/**
 * Input-oriented data envelopment analysis (DEA), envelopment form, for constant returns to scale (CCR,
 * Charnes-Cooper-Rhodes 1978) and variable returns to scale (BCC, Banker-Charnes-Cooper 1984).
 *
 * For the unit o under evaluation, with inputs x (m × n) and outputs y (s × n):
 *
 *   Phase 1:  θ* = min θ  s.t.  Σⱼ λⱼ xᵢⱼ ≤ θ xᵢₒ (every input i),  Σⱼ λⱼ yᵣⱼ ≥ yᵣₒ (every output r),  λ ≥ 0
 *             and, for BCC only, Σⱼ λⱼ = 1 (convexity).
 *   Phase 2:  max Σᵢ s⁻ᵢ/x̄ᵢ + Σᵣ s⁺ᵣ/ȳᵣ  s.t.  Σⱼ λⱼ xᵢⱼ + s⁻ᵢ = θ* xᵢₒ,  Σⱼ λⱼ yᵣⱼ − s⁺ᵣ = yᵣₒ,  λ, s ≥ 0
 *             (same convexity row for BCC).
 *
 * Choice for phase 2: slacks are maximised after θ* is fixed (the two-phase procedure of Cooper, Seiford and
 * Tone, "Data Envelopment Analysis", 2nd ed. 2007, §3.3), so a unit with θ* = 1 but positive slacks is
 * reported as weakly efficient rather than efficient. Each slack is weighted by 1/mean of its variable (the
 * problem is solved on data divided by each variable's mean), which makes the slack sum independent of units
 * of measure; θ* is unaffected by that scaling. Slacks and targets are reported in the original units.
 *
 * Results per unit: θ*, the λ weights of phase 2 (the projection onto the strongly efficient frontier), the
 * peers (units with λ > DEA_TOLERANCE), the slacks, the projected targets (θ* x − s⁻, y + s⁺), and
 * `efficient` (θ* ≥ 1 − tol and every slack ≤ tol) / `weaklyEfficient` (θ* ≥ 1 − tol with some slack).
 *
 * Edge cases: inputs must be finite and > 0 and outputs finite and ≥ 0 (RangeError otherwise); every unit needs
 * the same number of inputs and outputs; a single unit is efficient with itself as peer; duplicate units are
 * both efficient and may name each other as peers. A unit whose outputs are all zero gets θ* = 0 under CCR.
 */
import { solveLinearProgram, type LinearConstraint } from './simplex.js';
import { scaleByMean, validateDeaUnits } from './dea-data.js';

/** Threshold below which a λ, a slack or 1 − θ counts as zero. */
export const DEA_TOLERANCE = 1e-6;

export const RETURNS_TO_SCALE = ['constant', 'variable'] as const;
export type ReturnsToScale = (typeof RETURNS_TO_SCALE)[number];

export interface DeaUnit {
  readonly id: string;
  readonly inputs: readonly number[];
  readonly outputs: readonly number[];
}

export interface DeaScore {
  readonly id: string;
  /** θ*: the factor by which all inputs could shrink while producing the same outputs (1 = on the frontier). */
  readonly efficiency: number;
  readonly efficient: boolean;
  readonly weaklyEfficient: boolean;
  readonly lambdas: readonly { readonly id: string; readonly weight: number }[];
  readonly peers: readonly string[];
  readonly inputSlacks: readonly number[];
  readonly outputSlacks: readonly number[];
  readonly inputTargets: readonly number[];
  readonly outputTargets: readonly number[];
}

/** Scores every unit by input-oriented DEA (CCR for 'constant', BCC for 'variable' returns to scale). */
export function deaInputOriented(units: readonly DeaUnit[], returnsToScale: ReturnsToScale): DeaScore[] {
  validateDeaUnits(units);
  const { inputs, outputs, inputMeans, outputMeans } = scaleByMean(units);
  return units.map((unit, o) => {
    const theta = solveTheta(inputs, outputs, o, returnsToScale);
    const phase2 = solveSlacks(inputs, outputs, o, theta, returnsToScale);
    const n = units.length;
    const m = inputs[0].length;
    const lambdaValues = phase2.slice(0, n);
    const inputSlacks = phase2.slice(n, n + m).map((s, i) => s * inputMeans[i]);
    const outputSlacks = phase2.slice(n + m).map((s, r) => s * outputMeans[r]);
    const lambdas = lambdaValues
      .map((weight, j) => ({ id: units[j].id, weight }))
      .filter((l) => l.weight > DEA_TOLERANCE);
    const onFrontier = theta >= 1 - DEA_TOLERANCE;
    const hasSlack = [...inputSlacks, ...outputSlacks].some((s) => s > DEA_TOLERANCE);
    return {
      id: unit.id,
      efficiency: Math.min(theta, 1),
      efficient: onFrontier && !hasSlack,
      weaklyEfficient: onFrontier && hasSlack,
      lambdas,
      peers: lambdas.map((l) => l.id),
      inputSlacks,
      outputSlacks,
      inputTargets: unit.inputs.map((x, i) => Math.min(theta, 1) * x - inputSlacks[i]),
      outputTargets: unit.outputs.map((y, r) => y + outputSlacks[r]),
    };
  });
}

/** Phase 1: variables [θ, λ₁ … λₙ]; returns θ*. */
function solveTheta(x: number[][], y: number[][], o: number, rts: ReturnsToScale): number {
  const n = x.length;
  const constraints: LinearConstraint[] = [];
  x[0].forEach((_, i) => constraints.push({ coefficients: [-x[o][i], ...x.map((u) => u[i])], relation: '<=', rhs: 0 }));
  y[0].forEach((_, r) => constraints.push({ coefficients: [0, ...y.map((u) => u[r])], relation: '>=', rhs: y[o][r] }));
  if (rts === 'variable')
    constraints.push({ coefficients: [0, ...new Array<number>(n).fill(1)], relation: '=', rhs: 1 });
  const solution = solveLinearProgram({ objective: [1, ...new Array<number>(n).fill(0)], constraints });
  if (solution.status !== 'optimal')
    throw new RangeError(`deaInputOriented phase 1 is ${solution.status} for unit ${o}`);
  return solution.x[0];
}

/** Phase 2: variables [λ₁ … λₙ, s⁻₁ … s⁻ₘ, s⁺₁ … s⁺ₛ]; returns the optimal vector. */
function solveSlacks(x: number[][], y: number[][], o: number, theta: number, rts: ReturnsToScale): number[] {
  const n = x.length;
  const m = x[0].length;
  const s = y[0].length;
  const zeros = (size: number): number[] => new Array<number>(size).fill(0);
  const unitVector = (k: number, size: number, sign: number): number[] =>
    Array.from({ length: size }, (_, i) => (i === k ? sign : 0));
  const constraints: LinearConstraint[] = [];
  for (let i = 0; i < m; i++) {
    constraints.push({
      coefficients: [...x.map((u) => u[i]), ...unitVector(i, m, 1), ...zeros(s)],
      relation: '=',
      rhs: theta * x[o][i],
    });
  }
  for (let r = 0; r < s; r++) {
    constraints.push({
      coefficients: [...y.map((u) => u[r]), ...zeros(m), ...unitVector(r, s, -1)],
      relation: '=',
      rhs: y[o][r],
    });
  }
  if (rts === 'variable') {
    constraints.push({ coefficients: [...new Array<number>(n).fill(1), ...zeros(m + s)], relation: '=', rhs: 1 });
  }
  const objective = [...zeros(n), ...new Array<number>(m + s).fill(-1)];
  const solution = solveLinearProgram({ objective, constraints });
  if (solution.status !== 'optimal')
    throw new RangeError(`deaInputOriented phase 2 is ${solution.status} for unit ${o}`);
  return solution.x;
}
