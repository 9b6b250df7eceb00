/**
 * The JSON-shaped method specifications the core understands. They are plain data, so a methodology file, a build
 * log and a what-if edit all carry the same objects. Each `method` names an entry of a registry
 * (NORMALISERS, AGGREGATORS, IMPUTERS, TRANSFORMS); an unknown name throws when the build runs.
 */

/** +1: higher is better; −1: lower is better (durations, costs). */
export const DIRECTIONS = [1, -1] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A normaliser and its parameters, e.g. `{ method: 'min-max', range: [0, 100] }`. */
export interface NormaliserSpec {
  readonly method: string;
  readonly [param: string]: unknown;
}

/** An aggregation and its parameters, e.g. `{ method: 'generalised-mean', p: 0.5 }`. */
export interface AggregationSpec {
  readonly method: string;
  readonly [param: string]: unknown;
}

/** A transform applied to a raw indicator before outlier treatment, e.g. `{ method: 'cap', max: 100 }`. */
export interface TransformSpec {
  readonly method: string;
  readonly [param: string]: unknown;
}

/** How a leaf indicator enters the index. */
export interface IndicatorSpec {
  readonly direction: Direction;
  readonly transforms?: readonly TransformSpec[];
  readonly normaliser: NormaliserSpec;
  /** false excludes the indicator from outlier treatment (e.g. yes/partial/no checks). */
  readonly treatOutliers?: boolean;
}

/** Imputation of missing raw values, e.g. `{ method: 'group-median', group: 'federal_district' }`. */
export interface ImputeSpec {
  readonly method: string;
  readonly group?: string;
}

/** Outlier treatment: 'none', or COINr's rule (defaults: skewness 2, kurtosis 3.5, up to 5 points winsorised). */
export interface OutlierSpec {
  readonly method: 'none' | 'coinr';
  readonly skewness?: number;
  readonly kurtosis?: number;
  readonly maxWinsorised?: number;
}

/** Sport ranking: ties share the best rank, the next is skipped (1, 2, 2, 4); computed on values rounded to `decimals`. */
export interface RankSpec {
  readonly ties: 'min';
  readonly decimals?: number;
  readonly order?: 'desc' | 'asc';
}

/** Bands of one node: by fixed lower thresholds (highest first) or by equal-count quantile groups. */
export type BandSpec =
  | { readonly node: string; readonly by: 'thresholds'; readonly bands: readonly { readonly label: string; readonly min: number }[] }
  | { readonly node: string; readonly by: 'quantiles'; readonly labels: readonly string[] };
