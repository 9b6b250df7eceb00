import type { CompiledTree } from '../tree.js';

/**
 * Which units the methodology would score from their own data: a leaf is present when its raw value is; an aggregate
 * is present when at least one of its weighted-in children (tree weight > 0) is present and the present ones make up
 * at least `minShare` of them (the aggregation's missing-data rule, aggregate/aggregator.ts); the unit is scorable
 * when the root is present. Imputation fills only the gaps of scorable units, so a unit without data, or below the
 * minimum data share, stays without a score whatever imputation method runs.
 * `raw` is leaf-major (leaf k, unit u at k·nUnits + u). Returns 1 per scorable unit, 0 otherwise.
 * Edge cases: a unit without any value is never scorable; minShare 0 means "any one child".
 */
export function scorableUnits(tree: CompiledTree, raw: Float64Array, nUnits: number, minShare: number): Uint8Array {
  const present = new Uint8Array(tree.nodes.length * nUnits);
  tree.leafRows.forEach((row, k) => {
    for (let u = 0; u < nUnits; u++) present[row * nUnits + u] = raw[k * nUnits + u] === raw[k * nUnits + u] ? 1 : 0;
  });
  for (const row of tree.aggregateRows) {
    const start = tree.childStart[row];
    const end = tree.childStart[row + 1];
    let active = 0;
    for (let c = start; c < end; c++) if (tree.nodes[tree.childRows[c]].weight > 0) active++;
    for (let u = 0; u < nUnits; u++) {
      let k = 0;
      for (let c = start; c < end; c++) {
        const child = tree.childRows[c];
        if (tree.nodes[child].weight > 0 && present[child * nUnits + u] === 1) k++;
      }
      present[row * nUnits + u] = k > 0 && k >= minShare * active ? 1 : 0;
    }
  }
  return present.slice(tree.rootRow * nUnits, (tree.rootRow + 1) * nUnits);
}
