import type { BuildState } from '../build-state.js';
import { latestIndicatorTable, nextState, requireTree } from '../build-state.js';
import { normaliserFor } from '../normalise/registry.js';
import type { Direction, NormaliserSpec } from '../spec.js';

export interface NormaliseParams {
  /** Replaces every leaf's normaliser (a what-if "switch the normaliser"). */
  readonly all?: NormaliserSpec;
  /** Per-indicator overrides. */
  readonly indicators?: Readonly<
    Record<string, { readonly normaliser?: NormaliserSpec; readonly direction?: Direction }>
  >;
}

/**
 * `normalise`: each leaf column through its normaliser and direction. Precedence: params.indicators[id], then
 * params.all, then the tree's indicator spec.
 * @throws RangeError naming the indicator when its normaliser fails (e.g. a constant column under min-max).
 */
export function normaliseStep(state: BuildState, params: NormaliseParams): BuildState {
  const tree = requireTree(state, 'normalise');
  const input = latestIndicatorTable(state, 'normalise');
  const n = state.units.length;
  const normalised = new Float64Array(input.length);
  tree.leafRows.forEach((row, k) => {
    const id = tree.ids[row];
    const base = tree.nodes[row].indicator!;
    const override = params.indicators?.[id];
    const spec = override?.normaliser ?? params.all ?? base.normaliser;
    const direction = override?.direction ?? base.direction;
    try {
      normaliserFor(spec.method)(
        input.subarray(k * n, (k + 1) * n),
        normalised.subarray(k * n, (k + 1) * n),
        spec,
        direction,
      );
    } catch (error) {
      throw new RangeError(`normalise: indicator "${id}": ${(error as Error).message}`);
    }
  });
  return nextState(state, { normalised });
}
