import type { Direction, NormaliserSpec } from '../spec.js';

/**
 * A normaliser maps one raw indicator column onto a common scale, writing into `out` (same length).
 * Missing values (NaN) stay missing. `direction` −1 means lower raw values are better: each normaliser states how
 * it turns that around, so that after normalisation higher is always better.
 */
export type Normaliser = (x: Float64Array, out: Float64Array, spec: NormaliserSpec, direction: Direction) => void;
