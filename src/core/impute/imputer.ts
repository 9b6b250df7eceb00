/**
 * An imputer fills missing values (NaN) of one indicator column, writing into `out`; present values are copied.
 * `groups` holds each unit's group label when the spec names a grouping (e.g. federal district).
 */
export type Imputer = (x: Float64Array, out: Float64Array, groups: readonly string[] | undefined) => void;
