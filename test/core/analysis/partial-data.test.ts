import { UncertaintySpecSchema } from '../../../src/core/analysis/assumptions.js';
import { pipelineModel } from '../../../src/core/analysis/pipeline-model.js';
import { robustnessReport } from '../../../src/core/analysis/robustness-report.js';
import { runEvaluations } from '../../../src/core/analysis/run-evaluations.js';
import { designShape } from '../../../src/core/analysis/robustness-report.js';
import { evaluationCount } from '../../../src/core/analysis/saltelli-design.js';
import { createDataset } from '../../../src/core/dataset.js';
import type { ExpandedMethodology } from '../../../src/core/expanded.js';
import { compileSteps, runPipeline } from '../../../src/core/pipeline.js';
import type { TreeNode } from '../../../src/core/tree.js';

/**
 * Units without data, or below the minimum data share, are never ranked: not nominally, not in any replication.
 * Index ← {P ← {a, b}, Q ← {c}}, min-max, arithmetic, minShare 0.6. Raw (a, b, c), group:
 *   U1: 10, 0, 0  (N) · U2: 0, 10, 5 (N) · U3: 5, 5, 10 (S) · U4: –, –, 2 (S) · U5: –, –, – (N)
 * U4 has only c: P missing, Q present, 1 of 2 children = 0.5 < 0.6 → Index missing. U5 has no data.
 * Group-median imputation without the rule would give U5 N's medians (a 5, b 5, c 2.5) and U4 S's (a 5, b 5),
 * turning both into ranked units. Only U1..U3 may be ranked (m = 3).
 */
function partial(impute: { method: string; group?: string } = { method: 'none' }) {
  const leaf = (id: string, parent: string): TreeNode => ({
    id,
    parent,
    level: 1,
    weight: 1,
    indicator: { direction: 1, normaliser: { method: 'min-max' } },
  });
  const nodes: TreeNode[] = [
    { id: 'Index', parent: null, level: 3, weight: 1 },
    { id: 'P', parent: 'Index', level: 2, weight: 1 },
    { id: 'Q', parent: 'Index', level: 2, weight: 1 },
    leaf('a', 'P'),
    leaf('b', 'P'),
    leaf('c', 'Q'),
  ];
  const methodology: ExpandedMethodology = {
    id: 'partial',
    version: '1',
    tree: { nodes, root: 'Index' },
    missing: { impute, minShare: 0.6 },
    outliers: { method: 'none' },
    aggregation: { method: 'arithmetic' },
    rounding: { decimals: 6 },
    rank: { ties: 'min' },
    bands: [],
  };
  const dataset = createDataset(
    ['U1', 'U2', 'U3', 'U4', 'U5'],
    ['a', 'b', 'c'],
    Float64Array.from([10, 0, 0, 0, 10, 5, 5, 5, 10, NaN, NaN, 2, NaN, NaN, NaN]),
    { district: ['N', 'N', 'S', 'S', 'N'] },
  );
  return { dataset, log: compileSteps(methodology) };
}

const spec = UncertaintySpecSchema.parse({
  runs: 40,
  seed: 3,
  assumptions: [
    { id: 'weights', kind: 'weight-noise', levels: [2], factor: 0.4 },
    { id: 'imputation', kind: 'imputation', options: ['nominal', { method: 'group-median', group: 'district' }] },
  ],
});

describe('ranking under partial data', () => {
  it('imputation fills no cell of a unit without data or below the minimum data share', () => {
    const { dataset, log } = partial({ method: 'group-median', group: 'district' });
    const result = runPipeline(dataset, log);
    expect(Array.from(result.ranks.get('Index')).map((r) => (Number.isNaN(r) ? null : r))).toEqual([
      3,
      2,
      1,
      null,
      null,
    ]);
    const flags = result.state.imputedFlags!;
    // leaf-major: leaf k, unit u at k·5 + u; U4 (u = 3) and U5 (u = 4) keep every gap
    for (let k = 0; k < 3; k++) expect([flags[k * 5 + 3], flags[k * 5 + 4]]).toEqual([0, 0]);
  });

  it('no imputation alternative turns an unranked unit into a ranked one', () => {
    const model = pipelineModel({ ...partial(), spec });
    const out = new Float64Array(5);
    model.evaluate([Float64Array.from([0.5, 0.5]), Float64Array.from([0.9])], out); // group-median
    expect(Number.isNaN(out[3]) && Number.isNaN(out[4])).toBe(true);
    expect(Array.from(out.subarray(0, 3)).sort()).toEqual([1, 2, 3]);
  });

  it('gives no interval to unranked units and keeps every interval within [1, number ranked]', () => {
    const model = pipelineModel({ ...partial(), spec });
    const shape = designShape(spec);
    const ranks = runEvaluations(model, shape, spec.seed, 0, evaluationCount(shape));
    const report = robustnessReport(model, spec, ranks);
    for (const unit of report.units.slice(0, 3)) {
      expect(unit.lower).toBeGreaterThanOrEqual(1);
      expect(unit.upper).toBeLessThanOrEqual(3);
    }
    expect(report.units.slice(3).map((u) => [u.unit, u.nominal, u.median, u.lower, u.upper])).toEqual([
      ['U4', null, null, null, null],
      ['U5', null, null, null, null],
    ]);
    expect(report.ranked).toBe(3);
  });
});
