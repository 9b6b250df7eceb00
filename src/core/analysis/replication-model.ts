/**
 * What the Monte Carlo driver needs from a rating: given one point of the unit hypercube per assumption, the ranks
 * of the target node for every unit. `dimensions[i]` is the number of uniforms assumption i consumes (a weight-noise
 * assumption one per perturbed weight, a choice one). The pipeline-backed model is in pipeline-model.ts; tests may
 * supply any function of the inputs.
 */
export interface ReplicationModel {
  readonly units: readonly string[];
  readonly assumptionIds: readonly string[];
  readonly dimensions: readonly number[];
  /** Ranks of the nominal build (no assumption perturbed); NaN for units without a rank. */
  readonly nominalRanks: Float64Array;
  /** Writes the ranks for `inputs` (one Float64Array of uniforms in [0, 1) per assumption) into `out` (length units). */
  evaluate(inputs: readonly Float64Array[], out: Float64Array): void;
}
