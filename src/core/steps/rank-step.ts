import type { BuildState } from '../build-state.js';
import { nextState, requireTree } from '../build-state.js';
import { rankInto } from '../rank/rank-with-ties.js';
import type { RankSpec } from '../spec.js';

export interface RankParams extends RankSpec {
  /** Rank only these nodes (others get no rank). Default: every node. */
  readonly nodes?: readonly string[];
}

/**
 * `rank`: sport ranks (rank/rank-with-ties) of every node's scores, nodes × units; NaN = no rank (a missing score,
 * or a node left out of `params.nodes`). The table is NaN-filled first only when `params.nodes` leaves nodes out;
 * otherwise rankInto writes every row whole.
 */
export function rankStep(state: BuildState, params: RankParams): BuildState {
  const tree = requireTree(state, 'rank');
  if (!state.aggregated) throw new RangeError('rank: no scores yet; an "aggregate" step must come first');
  const n = state.units.length;
  const ranks = new Float64Array(state.aggregated.length);
  const rows = params.nodes ? params.nodes.map((id) => rowOrThrow(tree.rowOf, id)) : tree.ids.map((_, row) => row);
  if (params.nodes) ranks.fill(NaN);
  const scratch = new Float64Array(2 * n);
  for (const row of rows) rankInto(state.aggregated, row * n, n, params, ranks, row * n, scratch);
  return nextState(state, { ranks });
}

function rowOrThrow(rowOf: ReadonlyMap<string, number>, id: string): number {
  const row = rowOf.get(id);
  if (row === undefined) throw new RangeError(`rank: unknown node "${id}"`);
  return row;
}
