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
  /** Divide the raw value by this data column (times `scale`) before anything else (steps/denominate-step). */
  readonly denominator?: DenominatorSpec;
  /** The values the indicator can take in its own unit (explanations suggest only these: explain/indicator-domain). */
  readonly domain?: IndicatorDomain;
}

/** Possible values of an indicator: a list (e.g. yes/partial/no as 0, 0.5, 1), whole numbers, and bounds. */
export interface IndicatorDomain {
  readonly values?: readonly number[];
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** Denomination: x' = scale · x / d, with d the unit's value in the data column `by` (e.g. "population"). */
export interface DenominatorSpec {
  readonly by: string;
  /** Scale factor (default 1), e.g. 1000 for "per 1,000 residents" when `by` counts residents. */
  readonly scale?: number;
}

/**
 * Unit screening by data availability (COINr's Screen with unit_screen "byNA"): a unit whose share of present
 * indicator values is below `threshold` (dat_thresh) is screened out; `include` and `exclude` force units in or out.
 * `basis`: 'raw' measures availability on the data as given (before imputation); 'imputed' on the table the screen
 * step receives (COINr's build_example_coin screens the imputed data set).
 */
export interface ScreenSpec {
  readonly threshold: number;
  readonly basis?: 'raw' | 'imputed';
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
}

/** Imputation of missing raw values, e.g. `{ method: 'group-median', group: 'federal_district' }`. */
export interface ImputeSpec {
  readonly method: string;
  readonly group?: string;
}

/**
 * Outlier treatment: 'none'; 'coinr' (winsorise up to `maxWinsorised`, else ln(x − min + 1), see
 * outliers/coinr-treatment); or 'coinr-treat', COINr 1.x's Treat() defaults exactly (winsorise up to `winmax` points,
 * else log_CT on the original values, see outliers/coinr-treat). Defaults: skewness 2, kurtosis 3.5, 5 points.
 */
export interface OutlierSpec {
  readonly method: 'none' | 'coinr' | 'coinr-treat';
  readonly skewness?: number;
  readonly kurtosis?: number;
  readonly maxWinsorised?: number;
  readonly winmax?: number;
}

/** Sport ranking: ties share the best rank, the next is skipped (1, 2, 2, 4); computed on values rounded to `decimals`. */
export interface RankSpec {
  readonly ties: 'min';
  readonly decimals?: number;
  readonly order?: 'desc' | 'asc';
}

/**
 * A band's name: bilingual `{ ru, en }`, or one string used in both languages (older documents). Its English text
 * (or the string) identifies the band in stored results (bandId).
 */
export type BandName = string | { readonly ru: string; readonly en: string };

/** The identifier of a band: its English name, or its only name. @example bandId({ ru: 'высокий', en: 'high' }) // => 'high' */
export function bandId(name: BandName): string {
  return typeof name === 'string' ? name : name.en;
}

/** Bands of one node: by fixed lower thresholds (highest first) or by equal-count quantile groups. */
export type BandSpec =
  | {
      readonly node: string;
      readonly by: 'thresholds';
      readonly bands: readonly { readonly label: BandName; readonly min: number }[];
    }
  | { readonly node: string; readonly by: 'quantiles'; readonly labels: readonly BandName[] };
