import { explain } from '../../../src/core/explain.js';
import { createDataset } from '../../../src/core/dataset.js';
import type { ExpandedMethodology } from '../../../src/core/expanded.js';
import { compileSteps, runPipeline } from '../../../src/core/pipeline.js';
import type { TreeNode } from '../../../src/core/tree.js';

/**
 * A denominated indicator's gap closer speaks of the count the region reports, not of the rate (issue 20). index =
 * mean of two leaves:
 *  - offices: a count (whole, ≥ 0) per 100,000 residents (denominator `population`, scale 100000), goalposts 0..10
 *    per 100,000 → 0..100;
 *  - check: yes/partial/no, goalposts 0..1 → 0..100.
 * A: 3 offices, 150,000 residents → 2 per 100,000 → 20; check 0 → 0; index 10
 * B: 4 offices, 100,000 residents → 4 → 40; check 0.5 → 50; index 45      (gap 35)
 * C: 10 offices, 100,000 → 100; check 1 → 100; index 100
 * A needs +70 normalised points on offices: 90 → 9 per 100,000 → 9 · 150,000 / 100,000 = 13.5 offices → the next whole
 * count is 14 → 14 / 1.5 = 9.333 per 100,000 → 93.33. So "3 → 14 offices", never the rate "2 → 9".
 */
function build() {
  const nodes: TreeNode[] = [
    { id: 'index', parent: null, level: 2, weight: 1 },
    {
      id: 'offices',
      parent: 'index',
      level: 1,
      weight: 1,
      indicator: {
        direction: 1,
        normaliser: { method: 'goalposts', min: 0, max: 10, range: [0, 100] } as never,
        denominator: { by: 'population', scale: 100000 },
        domain: { integer: true, min: 0 },
      },
    },
    {
      id: 'check',
      parent: 'index',
      level: 1,
      weight: 1,
      indicator: {
        direction: 1,
        normaliser: { method: 'goalposts', min: 0, max: 1, range: [0, 100] } as never,
        domain: { values: [0, 0.5, 1] },
      },
    },
  ];
  const methodology: ExpandedMethodology = {
    id: 'denominated',
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
    ['offices', 'check', 'population'],
    Float64Array.from([3, 0, 150000, 4, 0.5, 100000, 10, 1, 100000]),
  );
  return runPipeline(data, compileSteps(methodology));
}

test('the closer of a count per 100,000 residents is in offices: 3 → 14 (13.5 rounded up), not the rate 2 → 9', () => {
  const result = build();
  expect(Array.from(result.scores.get('index'))).toEqual([10, 45, 100]);
  const closers = explain(result, 'A', 'index').closers;
  const offices = closers.find((c) => c.indicator === 'offices')!;
  expect(offices.rawNow).toBeCloseTo(3, 9);
  expect(offices.rawNeeded).toBeCloseTo(14, 9);
  expect(offices.normalisedNow).toBeCloseTo(20, 9);
  expect(offices.normalisedNeeded).toBeCloseTo(93.3333, 3);
  expect(closers.find((c) => c.indicator === 'check')).toMatchObject({ rawNow: 0, rawNeeded: 1 });
});
