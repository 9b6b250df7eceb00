/** Small hand-worked fixtures shared by the core tests. */
import type { Dataset } from '../../src/core/dataset.js';
import { createDataset } from '../../src/core/dataset.js';
import type { ExpandedMethodology } from '../../src/core/expanded.js';
import type { TreeNode } from '../../src/core/tree.js';

const minMax = { method: 'min-max', range: [0, 100] };

/**
 * Three regions, three indicators under two pillars:
 *   index = mean(P1, P2); P1 = mean(a, b) with weights 1 and 3; P2 = c (c: lower is better).
 *        a    b    c
 *   R1   0   10    5
 *   R2   5   30    1
 *   R3  10   20    3
 */
export function tinyDataset(): Dataset {
  return createDataset(['R1', 'R2', 'R3'], ['a', 'b', 'c'], Float64Array.from([0, 10, 5, 5, 30, 1, 10, 20, 3]));
}

export function tinyNodes(): TreeNode[] {
  return [
    { id: 'a', parent: 'P1', level: 1, weight: 1, indicator: { direction: 1, normaliser: minMax } },
    { id: 'b', parent: 'P1', level: 1, weight: 3, indicator: { direction: 1, normaliser: minMax } },
    { id: 'c', parent: 'P2', level: 1, weight: 1, indicator: { direction: -1, normaliser: minMax } },
    { id: 'P1', parent: 'index', level: 2, weight: 1 },
    { id: 'P2', parent: 'index', level: 2, weight: 1 },
    { id: 'index', parent: null, level: 3, weight: 1 },
  ];
}

export function tinyMethodology(): ExpandedMethodology {
  return {
    id: 'tiny',
    version: '1',
    tree: { nodes: tinyNodes(), root: 'index' },
    missing: { impute: { method: 'none' }, minShare: 0 },
    outliers: { method: 'none' },
    aggregation: { method: 'arithmetic' },
    rounding: { decimals: 2 },
    rank: { ties: 'min', decimals: 2 },
    bands: [],
  };
}
