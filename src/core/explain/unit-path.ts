/**
 * Re-scoring one unit after changing one cell: the ancestors of a node are re-aggregated for that unit only, with
 * the build's own weights and methods. Used to find how far an indicator must move to close a gap.
 */
import { nodeWeights } from '../build-state.js';
import { aggregatorFor } from '../aggregate/registry.js';
import type { BuildResult } from '../pipeline.js';
import type { AggregateParams } from '../steps/aggregate-step.js';
import { aggregationFor } from '../steps/aggregate-step.js';
import type { CompiledTree } from '../tree.js';

export interface UnitRescorer {
  /** The score of `targetRow` for the unit when `leafRow` takes normalised value `value` (all else unchanged). */
  scoreWith(leafRow: number, value: number): number;
  /** The derivative of targetRow with respect to leafRow when every node on the path is an arithmetic mean, else null. */
  linearCoefficient(leafRow: number): number | null;
}

export function unitRescorer(result: BuildResult, unit: number, targetRow: number): UnitRescorer {
  const state = result.state;
  const tree = state.tree as CompiledTree;
  const n = state.units.length;
  const params = (result.log.find((s) => s.step === 'aggregate')?.params ?? {
    default: { method: 'arithmetic' },
  }) as AggregateParams;
  const weights = nodeWeights(state, tree);
  const base = state.aggregated!;
  const minShare = params.minShare ?? 0;
  // a one-unit matrix: row r holds node r's value for this unit
  const single = new Float64Array(tree.ids.length);
  const path = (leafRow: number): number[] => {
    const rows: number[] = [];
    for (let r = tree.parentRow[leafRow]; r >= 0; r = tree.parentRow[r]) {
      rows.push(r);
      if (r === targetRow) return rows;
    }
    return [];
  };
  return {
    scoreWith(leafRow, value) {
      for (let r = 0; r < single.length; r++) single[r] = base[r * n + unit];
      single[leafRow] = value;
      for (const row of path(leafRow)) {
        const start = tree.childStart[row];
        const end = tree.childStart[row + 1];
        const spec = aggregationFor(tree.nodes[row], params);
        if (spec.method === 'copeland') return NaN;
        aggregatorFor(spec.method)({
          matrix: single,
          nUnits: 1,
          minShare,
          spec,
          out: single.subarray(row, row + 1),
          childRows: tree.childRows.subarray(start, end),
          childWeights: Float64Array.from(tree.childRows.subarray(start, end), (c) => weights[c]),
        });
      }
      return single[targetRow];
    },
    linearCoefficient(leafRow) {
      let coefficient = 1;
      let child = leafRow;
      for (const row of path(leafRow)) {
        if (aggregationFor(tree.nodes[row], params).method !== 'arithmetic') return null;
        let present = 0;
        for (let k = tree.childStart[row]; k < tree.childStart[row + 1]; k++) {
          const c = tree.childRows[k];
          if (weights[c] > 0 && base[c * n + unit] === base[c * n + unit]) present += weights[c];
        }
        coefficient *= weights[child] / present;
        child = row;
      }
      return child === targetRow || leafRow === targetRow ? coefficient : null;
    },
  };
}
