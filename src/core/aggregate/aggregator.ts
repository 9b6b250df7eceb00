import { MethodError } from '../errors.js';
import type { AggregationSpec } from '../spec.js';

/**
 * One node's aggregation over all units. The score matrix is node-major: row r holds node r's scores for every unit,
 * so child c of unit u is `matrix[childRows[c] * nUnits + u]`.
 */
export interface AggregationJob {
  readonly matrix: Float64Array;
  readonly nUnits: number;
  readonly childRows: Int32Array;
  /** Relative weights of the children (same order as childRows); weight 0 drops a child. */
  readonly childWeights: Float64Array;
  /** Minimum share (0–1) of the weighted-in children a unit must have present; below it the aggregate is missing. */
  readonly minShare: number;
  readonly spec: AggregationSpec;
  /** This node's row, written in place. */
  readonly out: Float64Array;
}

export type Aggregator = (job: AggregationJob) => void;

/**
 * A per-unit mean: receives the present children's values and weights packed in the first k slots
 * (weights > 0, not normalised) and returns the aggregate.
 */
export type UnitKernel = (values: Float64Array, weights: Float64Array, k: number) => number;

/**
 * Lifts a per-unit kernel to an Aggregator with the shared missing-data rule: missing children are dropped and the
 * remaining weights renormalised (COINr's default), unless fewer than `minShare` of the children (by count, among
 * those with weight > 0) are present, in which case the aggregate is missing. No child present → missing.
 */
// Scratch buffers shared by all kernels: a kernel reads only its first k slots and never keeps them, and builds are
// synchronous, so reuse is safe and saves two allocations per node.
let scratchValues = new Float64Array(64);
let scratchWeights = new Float64Array(64);

export function perUnit(makeKernel: (spec: AggregationSpec) => UnitKernel): Aggregator {
  return (job) => {
    const { matrix, nUnits, childRows, childWeights, minShare, out } = job;
    const kernel = makeKernel(job.spec);
    const n = childRows.length;
    if (scratchValues.length < n) {
      scratchValues = new Float64Array(2 * n);
      scratchWeights = new Float64Array(2 * n);
    }
    const values = scratchValues;
    const weights = scratchWeights;
    let active = 0;
    for (let c = 0; c < n; c++) if (childWeights[c] > 0) active++;
    for (let u = 0; u < nUnits; u++) {
      let k = 0;
      for (let c = 0; c < n; c++) {
        const w = childWeights[c];
        const v = matrix[childRows[c] * nUnits + u];
        if (w > 0 && v === v) {
          values[k] = v;
          weights[k] = w;
          k++;
        }
      }
      try {
        out[u] = k === 0 || k < minShare * active ? NaN : kernel(values, weights, k);
      } catch (error) {
        if (error instanceof RangeError) throw new MethodError(error.message, { unitIndex: u });
        throw error;
      }
    }
  };
}
