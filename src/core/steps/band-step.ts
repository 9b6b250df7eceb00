import type { BuildState } from '../build-state.js';
import { nextState, requireTree } from '../build-state.js';
import { assignBands } from '../rank/bands.js';
import type { BandSpec } from '../spec.js';

/** `band`: groups units by one node's score (thresholds or quantiles, rank/bands); appends to state.bands. */
export function bandStep(state: BuildState, params: BandSpec): BuildState {
  const tree = requireTree(state, 'band');
  const row = tree.rowOf.get(params.node);
  if (row === undefined) throw new RangeError(`band: unknown node "${params.node}"`);
  if (!state.aggregated) throw new RangeError('band: no scores yet; an "aggregate" step must come first');
  const n = state.units.length;
  const { labels, band } = assignBands(state.aggregated.subarray(row * n, (row + 1) * n), params);
  return nextState(state, { bands: [...state.bands, Object.freeze({ node: params.node, labels, band })] });
}
