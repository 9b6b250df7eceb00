import { explain } from '../../../src/core/explain.js';
import { snapToDomain } from '../../../src/core/explain/indicator-domain.js';
import { createDataset } from '../../../src/core/dataset.js';
import type { ExpandedMethodology } from '../../../src/core/expanded.js';
import { compileSteps, runPipeline } from '../../../src/core/pipeline.js';
import type { TreeNode } from '../../../src/core/tree.js';
import { formatExplanation } from '../../../src/cli/format/explain-output.js';

/**
 * Gap closers in each indicator's own unit and domain, hand-worked. index = mean of three leaves (weights equal):
 *  - check: yes/partial/no (0, 0.5, 1), goalposts 0..1 → 0..100;
 *  - docs: a count (whole, ≥ 0), goalposts 0..10 → 0..100;
 *  - net: per 100 residents, transform ln(x + 1), goalposts 0..ln 101 → 0..100 (so x = 100 scores 100).
 * A: check 0, docs 3, net 22 → 0, 30, 100·ln 23/ln 101 = 67.9396 → index 32.6465
 * B: check 0, docs 4, net 30 → 0, 40, 100·ln 31/ln 101 = 74.4073 → index 38.1358   (gap 5.4892)
 * C: check 1, docs 10, net 100 → 100 everywhere → index 100
 * A needs +3·5.4892 = 16.4677 normalised points on one leaf:
 *  - check 0 → 16.47 would be 0.1647 "yes": impossible; the next possible value is 0.5 (partial) → 50;
 *  - docs 30 → 46.47 would be 4.65 documents: the next whole count is 5 → 50;
 *  - net 67.94 → 84.41: ln(x + 1) = 0.84407·ln 101 → x = 101^0.84407 − 1 = 48.18 (raw in the indicator's unit, not
 *    the transformed 3.135 → 3.895).
 * B to C needs +185.6 points on one leaf: no single change closes the gap.
 */
function build() {
  const leaf = (
    id: string,
    normaliser: Record<string, unknown>,
    extra: Partial<NonNullable<TreeNode['indicator']>>,
  ): TreeNode => ({
    id,
    parent: 'index',
    level: 1,
    weight: 1,
    indicator: { direction: 1, normaliser: { method: 'goalposts', range: [0, 100], ...normaliser } as never, ...extra },
  });
  const nodes: TreeNode[] = [
    { id: 'index', parent: null, level: 2, weight: 1 },
    leaf('check', { min: 0, max: 1 }, { domain: { values: [0, 0.5, 1] } }),
    leaf('docs', { min: 0, max: 10 }, { domain: { integer: true, min: 0 } }),
    leaf('net', { min: 0, max: Math.log(101) }, { transforms: [{ method: 'log', offset: 1 }] }),
  ];
  const methodology: ExpandedMethodology = {
    id: 'domains',
    version: '1',
    tree: { nodes, root: 'index' },
    missing: { impute: { method: 'none' }, minShare: 0 },
    outliers: { method: 'none' },
    aggregation: { method: 'arithmetic' },
    rounding: { decimals: 2 },
    rank: { ties: 'min', decimals: 2 },
    bands: [],
  };
  const data = createDataset(
    ['A', 'B', 'C'],
    ['check', 'docs', 'net'],
    Float64Array.from([0, 3, 22, 0, 4, 30, 1, 10, 100]),
  );
  return runPipeline(data, compileSteps(methodology));
}

describe("gap closers in the indicator's domain", () => {
  const result = build();
  const closers = explain(result, 'A', 'index').closers;
  const byId = Object.fromEntries(closers.map((c) => [c.indicator, c]));

  it('steps a yes/partial/no check to the next allowed value', () => {
    expect(byId.check).toMatchObject({ rawNow: 0, rawNeeded: 0.5, normalisedNow: 0, normalisedNeeded: 50 });
  });

  it('keeps a count whole', () => {
    expect(byId.docs).toMatchObject({ rawNow: 3, rawNeeded: 5, normalisedNow: 30, normalisedNeeded: 50 });
  });

  it('gives "raw" in the indicator\'s unit for a log-transformed indicator', () => {
    expect(byId.net.rawNow).toBe(22);
    expect(byId.net.rawNeeded).toBeCloseTo(48.1806, 3);
    expect(byId.net.normalisedNow).toBeCloseTo(67.9396, 4);
    expect(byId.net.normalisedNeeded).toBeCloseTo(84.4073, 4);
  });

  it('each suggested change really closes the gap, and the smallest normalised change comes first', () => {
    // increases: net 16.47, docs 20, check 50
    expect(closers.map((c) => c.indicator)).toEqual(['net', 'docs', 'check']);
  });

  it('says so when no single change closes the gap', () => {
    const b = explain(result, 'B', 'index');
    expect(b.nextRankUp?.unit).toBe('C');
    expect(b.closers).toEqual([]);
    expect(formatExplanation(b, 2)).toContain('no single indicator change closes the gap');
  });

  it('snaps to the better side within bounds', () => {
    expect(snapToDomain(0.06, { values: [0, 0.5, 1] }, 1)).toBe(0.5);
    expect(snapToDomain(0.5000000000001, { values: [0, 0.5, 1] }, 1)).toBe(0.5);
    expect(snapToDomain(1.2, { values: [0, 0.5, 1] }, 1)).toBeNull();
    expect(snapToDomain(4.2, { integer: true, min: 0 }, -1)).toBe(4);
    expect(snapToDomain(100.5, { min: 0, max: 100 }, 1)).toBeNull();
  });
});
