import type { BuildState } from '../build-state.js';
import { latestIndicatorTable, nextState, requireTree } from '../build-state.js';
import type { TransformSpec } from '../spec.js';
import { transformFor } from '../transform/transforms.js';

export interface TransformParams {
  /** Per-indicator transform lists replacing those of the tree's indicator specs. */
  readonly indicators?: Readonly<Record<string, readonly TransformSpec[]>>;
}

/** `transform`: applies each leaf's transforms (caps, log) in order; leaves without transforms are copied. */
export function transformStep(state: BuildState, params: TransformParams): BuildState {
  const tree = requireTree(state, 'transform');
  const input = latestIndicatorTable(state, 'transform');
  const n = state.units.length;
  const specsOf = (row: number): readonly TransformSpec[] =>
    params.indicators?.[tree.ids[row]] ?? tree.nodes[row].indicator?.transforms ?? [];
  // tables are never written after their step, so an untouched table is shared rather than copied
  if (Array.from(tree.leafRows).every((row) => specsOf(row).length === 0))
    return nextState(state, { transformed: input });
  const transformed = Float64Array.from(input);
  tree.leafRows.forEach((row, k) => {
    const specs = specsOf(row);
    const column = transformed.subarray(k * n, (k + 1) * n);
    for (const spec of specs) transformFor(spec.method)(column, column, spec);
  });
  return nextState(state, { transformed });
}
