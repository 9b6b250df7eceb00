/**
 * A methodology after template expansion and defaulting: everything the core needs to compile a build log.
 * Produced by src/methodology/expand.ts from the JSON document (the core itself never reads files).
 */
import type { AggregationSpec, BandSpec, ImputeSpec, OutlierSpec, RankSpec, ScreenSpec } from './spec.js';
import type { IndexTree } from './tree.js';
import type { WeightSetSpec } from './weights/derived-weights.js';

export interface ExpandedMethodology {
  readonly id: string;
  readonly version: string;
  readonly tree: IndexTree;
  readonly missing: {
    readonly impute: ImputeSpec;
    /** Minimum share (0–1) of a node's children that must be present for the node to have a score. */
    readonly minShare: number;
  };
  /** Data-driven weights for one level (weights/derived-weights); absent: the tree's weights. */
  readonly weighting?: Omit<WeightSetSpec, 'aggregate'>;
  /** Unit screening by data availability; absent: no unit is screened. */
  readonly screening?: ScreenSpec;
  readonly outliers: OutlierSpec;
  /** Default aggregation for nodes that name none. */
  readonly aggregation: AggregationSpec;
  /** Decimals of published scores. */
  readonly rounding: { readonly decimals: number };
  readonly rank: RankSpec;
  readonly bands: readonly BandSpec[];
}
