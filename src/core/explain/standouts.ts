/** Where a unit stands out, level by level under a node, against the median of all units. */
import type { BuildResult } from '../pipeline.js';
import { medianPresent } from '../stats/quantile.js';

export interface NodeVsMedian {
  readonly id: string;
  readonly label?: string;
  readonly value: number;
  readonly median: number;
  readonly vsMedian: number;
}

export interface LevelStandouts {
  readonly level: number;
  readonly strongest: readonly NodeVsMedian[];
  readonly weakest: readonly NodeVsMedian[];
}

/**
 * The descendants of `row`, grouped by level (highest first), each against the median of all units: the strongest
 * are above the median (up to 3, best first), the weakest below it (up to 3, worst first); either may be empty.
 */
export function standoutsByLevel(result: BuildResult, u: number, row: number): LevelStandouts[] {
  const tree = result.state.tree!;
  const m = result.state.aggregated!;
  const n = result.state.units.length;
  const levels = new Map<number, NodeVsMedian[]>();
  const visit = (r: number): void => {
    for (let k = tree.childStart[r]; k < tree.childStart[r + 1]; k++) {
      const c = tree.childRows[k];
      const node = tree.nodes[c];
      const value = m[c * n + u];
      const median = medianPresent(m.subarray(c * n, (c + 1) * n));
      if (value === value && median === median) {
        if (!levels.has(node.level)) levels.set(node.level, []);
        levels
          .get(node.level)!
          .push({ id: node.id, ...(node.label ? { label: node.label } : {}), value, median, vsMedian: value - median });
      }
      visit(c);
    }
  };
  visit(row);
  return [...levels.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([level, nodes]) => {
      const sorted = nodes.sort((a, b) => b.vsMedian - a.vsMedian);
      return {
        level,
        strongest: sorted.filter((x) => x.vsMedian > 0).slice(0, 3),
        weakest: sorted
          .filter((x) => x.vsMedian < 0)
          .slice(-3)
          .reverse(),
      };
    });
}
