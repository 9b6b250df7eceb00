/**
 * An imputer fills missing values (NaN) of one indicator column, writing into `out`; present values are copied.
 * `groups` holds each unit's group label when the spec names a grouping (e.g. federal district); `panel` the same
 * indicator in the earlier years of the data, when it has them (panel imputation).
 */
export type Imputer = (
  x: Float64Array,
  out: Float64Array,
  groups: readonly string[] | undefined,
  panel?: PanelColumn,
) => void;

/** One indicator over the earlier years of a panel dataset, and where a panel imputer records the source year. */
export interface PanelColumn {
  /** Earlier years, ascending. */
  readonly years: readonly number[];
  /** columns[i][u]: unit u's value in years[i] (NaN = missing). */
  readonly columns: readonly Float64Array[];
  /** Written by the imputer: origin[u] = the year unit u's filled value came from (left NaN otherwise). */
  readonly origin: Float64Array;
}
