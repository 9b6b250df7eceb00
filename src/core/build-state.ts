/**
 * The named, immutable intermediate tables of a build (STYLE 7): each step returns a new state object with its own
 * output added and never writes into an earlier table, so a state can be reused as the start of a partial replay.
 *
 * Indicator tables (raw … normalised) are leaf-major: leaf k (k-th entry of tree.leafRows) for unit u is at
 * `[k * nUnits + u]`. Node tables (weights per node row; aggregated and ranks nodes × units) use the tree's rows.
 */
import type { CompiledTree } from './tree.js';

export interface BandResult {
  readonly node: string;
  readonly labels: readonly string[];
  /** Per unit: index into labels, −1 when missing. */
  readonly band: Int32Array;
}

/** Unit screening by data availability (COINr's Screen, "byNA"), per unit in `units` order. */
export interface ScreeningOutcome {
  /** Share of the indicators present (0–1) in the table the screen looked at. */
  readonly availability: Float64Array;
  /** 1 kept, 0 screened out. */
  readonly included: Uint8Array;
  /** Why: 'threshold' (by the availability rule), 'forced-in' or 'forced-out' (by name). */
  readonly reason: readonly ('threshold' | 'forced-in' | 'forced-out')[];
}

export interface BuildState {
  readonly units: readonly string[];
  readonly tree: CompiledTree | null;
  readonly raw: Float64Array | null;
  /** Raw values divided by their denominators (steps/denominate-step); absent when no indicator is denominated. */
  readonly denominated: Float64Array | null;
  /**
   * Per cell, what a denominated value is multiplied by to return to the indicator's own unit: d / scale (x = x' · d /
   * scale; NaN where d is unusable); 1 for indicators that are not denominated. Absent when none is denominated.
   */
  readonly denominators: Float64Array | null;
  readonly imputed: Float64Array | null;
  /** 1 where a value was imputed. */
  readonly imputedFlags: Uint8Array | null;
  /** Per cell: the year a panel imputation ("latest") took the value from; NaN where the value is not from the panel. */
  readonly imputedYears: Float64Array | null;
  /** The indicator table after unit screening (screened-out units all missing); absent when no screen step ran. */
  readonly screened: Float64Array | null;
  /** The outcome of unit screening (steps/screen-step), per unit; null when no screen step ran. */
  readonly screening: ScreeningOutcome | null;
  readonly transformed: Float64Array | null;
  readonly treated: Float64Array | null;
  /** TREATMENT codes per cell (outliers/coinr-treatment). */
  readonly treatment: Uint8Array | null;
  readonly normalised: Float64Array | null;
  /** Relative weight of every node row (within its parent). */
  readonly weights: Float64Array | null;
  /** Scores of every node (leaf rows = normalised values), nodes × units. */
  readonly aggregated: Float64Array | null;
  /**
   * The `normalised` table whose values the leaf rows of `aggregated` hold: a partial aggregate (aggregate.levels)
   * on the same table copies the previous matrix as a whole and need not copy the leaves again.
   */
  readonly aggregatedLeavesFrom: Float64Array | null;
  readonly ranks: Float64Array | null;
  readonly bands: readonly BandResult[];
}

export function emptyState(units: readonly string[]): BuildState {
  return Object.freeze({
    units,
    tree: null,
    raw: null,
    denominated: null,
    denominators: null,
    imputed: null,
    imputedFlags: null,
    imputedYears: null,
    screened: null,
    screening: null,
    transformed: null,
    treated: null,
    treatment: null,
    normalised: null,
    weights: null,
    aggregated: null,
    aggregatedLeavesFrom: null,
    ranks: null,
    bands: [],
  });
}

/** Returns a new frozen state with `changes` applied. */
export function nextState(state: BuildState, changes: Partial<BuildState>): BuildState {
  return Object.freeze({ ...state, ...changes });
}

/** The tree, or a clear error when a step runs before the `tree` step. */
export function requireTree(state: BuildState, step: string): CompiledTree {
  if (!state.tree) throw new RangeError(`${step}: no tree yet; the build log must start with a "tree" step`);
  return state.tree;
}

/** The relative weight of every node row: the `weights` step's, else the tree's own (a new array). */
export function nodeWeights(state: BuildState, tree: CompiledTree): Float64Array {
  if (state.weights) return state.weights;
  const weights = new Float64Array(tree.nodes.length);
  for (let row = 0; row < weights.length; row++) weights[row] = tree.nodes[row].weight;
  return weights;
}

/**
 * The latest indicator table before normalisation (treated, else transformed, else screened, else imputed, else
 * denominated, else raw).
 */
export function latestIndicatorTable(state: BuildState, step: string): Float64Array {
  const table = state.treated ?? state.transformed ?? state.screened ?? state.imputed ?? state.denominated ?? state.raw;
  if (!table) throw new RangeError(`${step}: no indicator data yet; the build log must start with a "tree" step`);
  return table;
}
