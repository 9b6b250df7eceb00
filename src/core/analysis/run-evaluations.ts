import type { ReplicationModel } from './replication-model.js';
import { streamRng } from './random.js';
import { type DesignShape, evaluationCount, evaluationSides } from './saltelli-design.js';

/**
 * Runs evaluations [start, end) of a design (saltelli-design.ts) on a model and returns their ranks, row-major
 * (end − start) × units. The inputs of assumption i in evaluation e come from stream (seed, row, side, i) only, so
 * any split of [0, evaluationCount) into ranges, on any number of threads, concatenates to the same matrix.
 * Edge cases: an empty range gives an empty matrix; a range outside [0, evaluationCount) throws a RangeError.
 */
export function runEvaluations(
  model: ReplicationModel,
  shape: DesignShape,
  seed: number,
  start: number,
  end: number,
): Float64Array {
  const total = evaluationCount(shape);
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= total)) {
    throw new RangeError(`runEvaluations: range [${start}, ${end}) is outside [0, ${total})`);
  }
  const nUnits = model.units.length;
  const ranks = new Float64Array((end - start) * nUnits);
  const inputs = model.dimensions.map((d) => new Float64Array(d));
  for (let e = start; e < end; e += 1) {
    const { row, sides } = evaluationSides(shape, e);
    sides.forEach((side, i) => fillUniforms(seed, row, side, i, inputs[i]));
    model.evaluate(inputs, ranks.subarray((e - start) * nUnits, (e - start + 1) * nUnits));
  }
  return ranks;
}

/** The uniforms of assumption i on one side of one design row. */
export function fillUniforms(seed: number, row: number, side: number, assumption: number, out: Float64Array): void {
  const rng = streamRng(seed, row, side, assumption);
  for (let d = 0; d < out.length; d += 1) out[d] = rng.next();
}
