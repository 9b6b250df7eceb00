import type { BuildState } from '../build-state.js';
import { nextState } from '../build-state.js';
import type { Dataset } from '../dataset.js';
import type { CompiledTree, IndexTree } from '../tree.js';
import { compileTree } from '../tree.js';

/**
 * `tree`: compiles the hierarchy and takes each leaf's raw column out of the dataset (leaf id = dataset indicator id).
 * Dataset columns that no leaf uses are ignored. Compiled trees are cached per params object (build logs are
 * immutable data), so replications that reuse a log do not recompile it.
 * @throws RangeError when a leaf has no column in the dataset.
 */
export function treeStep(state: BuildState, params: IndexTree, input: Dataset): BuildState {
  const tree = compiledTree(params);
  const n = input.units.length;
  const m = input.indicators.length;
  const column = new Map(input.indicators.map((id, j) => [id, j]));
  const raw = new Float64Array(tree.leafRows.length * n);
  tree.leafRows.forEach((row, k) => {
    const j = column.get(tree.ids[row]);
    if (j === undefined) throw new RangeError(`tree: indicator "${tree.ids[row]}" is not a column of the data`);
    for (let u = 0; u < n; u++) raw[k * n + u] = input.values[u * m + j];
  });
  return nextState(state, { units: input.units, tree, raw });
}

const compiled = new WeakMap<IndexTree, CompiledTree>();

function compiledTree(params: IndexTree): CompiledTree {
  let tree = compiled.get(params);
  if (!tree) {
    tree = compileTree(params);
    compiled.set(params, tree);
  }
  return tree;
}
