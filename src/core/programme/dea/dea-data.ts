/**
 * Validation and scaling of DEA data. Scaling divides every input and output by the mean of that variable
 * over all units (a variable whose mean is 0 is left as is): DEA efficiency scores are invariant to such
 * per-variable rescaling, and it keeps the simplex working on magnitudes near 1 whatever the units
 * (roubles, points, counts).
 */
import type { DeaUnit } from './envelopment.js';

/** Throws a RangeError unless every unit has positive finite inputs, non-negative finite outputs and equal arity. */
export function validateDeaUnits(units: readonly DeaUnit[]): void {
  if (units.length === 0) throw new RangeError('deaInputOriented requires at least one unit');
  const m = units[0].inputs.length;
  const s = units[0].outputs.length;
  if (m === 0 || s === 0) throw new RangeError('deaInputOriented requires at least one input and one output');
  for (const u of units) {
    if (u.inputs.length !== m || u.outputs.length !== s) {
      throw new RangeError(
        `deaInputOriented unit ${u.id} has ${u.inputs.length} inputs and ${u.outputs.length} outputs, expected ${m} and ${s}`,
      );
    }
    if (!u.inputs.every((x) => Number.isFinite(x) && x > 0)) {
      throw new RangeError(`deaInputOriented unit ${u.id} needs finite inputs > 0`);
    }
    if (!u.outputs.every((y) => Number.isFinite(y) && y >= 0)) {
      throw new RangeError(`deaInputOriented unit ${u.id} needs finite outputs >= 0`);
    }
  }
}

export interface ScaledDeaData {
  /** inputs[j][i]: input i of unit j divided by inputMeans[i]. */
  readonly inputs: number[][];
  readonly outputs: number[][];
  readonly inputMeans: number[];
  readonly outputMeans: number[];
}

/** Divides each variable by its mean over the units (mean 0 → divisor 1). */
export function scaleByMean(units: readonly DeaUnit[]): ScaledDeaData {
  const meanOf = (pick: (u: DeaUnit) => number): number => {
    const mean = units.reduce((sum, u) => sum + pick(u), 0) / units.length;
    return mean > 0 ? mean : 1;
  };
  const inputMeans = units[0].inputs.map((_, i) => meanOf((u) => u.inputs[i]));
  const outputMeans = units[0].outputs.map((_, r) => meanOf((u) => u.outputs[r]));
  return {
    inputs: units.map((u) => u.inputs.map((x, i) => x / inputMeans[i])),
    outputs: units.map((u) => u.outputs.map((y, r) => y / outputMeans[r])),
    inputMeans,
    outputMeans,
  };
}
