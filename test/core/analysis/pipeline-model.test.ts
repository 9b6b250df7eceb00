import { UncertaintySpecSchema } from '../../../src/core/analysis/assumptions.js';
import { pipelineModel } from '../../../src/core/analysis/pipeline-model.js';
import { createDataset } from '../../../src/core/dataset.js';
import type { ExpandedMethodology } from '../../../src/core/expanded.js';
import { compileSteps, editStep, runPipeline } from '../../../src/core/pipeline.js';
import type { TreeNode } from '../../../src/core/tree.js';

/**
 * Index ← {P ← {a, b}, Q ← {c}}, four units, min-max 0..100, arithmetic means. Raw data (unit: a, b, c):
 * U1: 10, 0, 0 · U2: 0, 10, 5 · U3: 5, 5, 10 · U4: NaN, 8, 2. Normalised (min-max per column):
 * a: 100, 0, 50, NaN · b: 0, 100, 50, 80 · c: 0, 50, 100, 20
 * P = mean(a, b) over present: 50, 50, 50, 80 · Q = c · Index = (P + Q)/2: 25, 50, 75, 50 → ranks 4, 2, 1, 2.
 */
function example() {
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
    id: 'example',
    version: '1',
    tree: { nodes, root: 'Index' },
    missing: { impute: { method: 'none' }, minShare: 0 },
    outliers: { method: 'none' },
    aggregation: { method: 'arithmetic' },
    rounding: { decimals: 6 },
    rank: { ties: 'min' },
    bands: [],
  };
  const dataset = createDataset(
    ['U1', 'U2', 'U3', 'U4'],
    ['a', 'b', 'c'],
    Float64Array.from([10, 0, 0, 0, 10, 5, 5, 5, 10, NaN, 8, 2]),
  );
  return { dataset, log: compileSteps(methodology) };
}

const specOf = (assumptions: unknown[]) => UncertaintySpecSchema.parse({ runs: 2, assumptions });
const u = (...values: number[]) => Float64Array.from(values);

describe('pipeline replication model', () => {
  it('gives the nominal ranks of the hand-worked example', () => {
    const model = pipelineModel({
      ...example(),
      spec: specOf([{ id: 'w', kind: 'weight-noise', levels: [2], factor: 0.5 }]),
    });
    expect(Array.from(model.nominalRanks)).toEqual([4, 2, 1, 2]);
    expect(model.dimensions).toEqual([2]); // P and Q
  });

  it('multiplies weights by 1 − f + 2f·u and replays exactly as an edited log would', () => {
    const { dataset, log } = example();
    const model = pipelineModel({
      dataset,
      log,
      spec: specOf([{ id: 'w', kind: 'weight-noise', levels: [2], factor: 0.5 }]),
    });
    // u = (1, 0) → P × 1.5, Q × 0.5: Index = (1.5·P + 0.5·Q)/2 = 43.75, 50, 62.5, 65 → ranks 4, 3, 2, 1
    const out = new Float64Array(4);
    model.evaluate([u(1, 0)], out);
    expect(Array.from(out)).toEqual([4, 3, 2, 1]);
    const edited = runPipeline(dataset, editStep(log, 'weights', { weights: { P: 1.5, Q: 0.5 } }));
    expect(out).toEqual(edited.ranks.get('Index'));
  });

  it('drops one node at a time, or none, for an exclusion', () => {
    const model = pipelineModel({ ...example(), spec: specOf([{ id: 'drop', kind: 'exclusion', level: 1 }]) });
    const out = new Float64Array(4);
    // options a, b, c, none (u in quarters). Dropping c empties Q, so Index = P: 50, 50, 50, 80 → 2, 2, 2, 1
    model.evaluate([u(0.6)], out);
    expect(Array.from(out)).toEqual([2, 2, 2, 1]);
    // dropping a: P = b = 0, 100, 50, 80; Index = (P + c)/2 = 0, 75, 75, 50 → 4, 1, 1, 3
    model.evaluate([u(0.1)], out);
    expect(Array.from(out)).toEqual([4, 1, 1, 3]);
    model.evaluate([u(0.9)], out);
    expect(out).toEqual(model.nominalRanks);
  });

  it('switches the aggregation, the normaliser and the imputation, and keeps the logged one for "nominal"', () => {
    const spec = specOf([
      { id: 'agg', kind: 'aggregation', options: ['nominal', { method: 'harmonic' }] },
      { id: 'norm', kind: 'normaliser', options: ['nominal', { method: 'rank' }] },
      { id: 'imp', kind: 'imputation', options: ['nominal', { method: 'mean' }] },
    ]);
    const { dataset, log } = example();
    const model = pipelineModel({ dataset, log, spec });
    const out = new Float64Array(4);
    model.evaluate([u(0.2), u(0.2), u(0.2)], out);
    expect(out).toEqual(model.nominalRanks);
    // imputing a's mean for U4: a = (10 + 0 + 5)/3 = 5 → normalised 50; P(U4) = (50 + 80)/2 = 65; Index(U4) = 42.5
    // → Index 25, 50, 75, 42.5 → ranks 4, 2, 1, 3
    model.evaluate([u(0.2), u(0.2), u(0.7)], out);
    expect(Array.from(out)).toEqual([4, 2, 1, 3]);
    const expected = runPipeline(
      dataset,
      editStep(editStep(log, 'aggregate', { ...(log[6].params as object), all: { method: 'harmonic' } }), 'normalise', {
        all: { method: 'rank' },
      }),
    );
    model.evaluate([u(0.7), u(0.7), u(0.2)], out);
    expect(out).toEqual(expected.ranks.get('Index'));
  });

  it('rejects an assumption that matches no node', () => {
    expect(() =>
      pipelineModel({ ...example(), spec: specOf([{ id: 'w', kind: 'weight-noise', levels: [7], factor: 0.1 }]) }),
    ).toThrow('uncertainty: assumption "w": no weighted node at levels 7');
  });

  it('rejects a log whose weights, aggregate and rank steps do not follow one another', () => {
    const { dataset, log } = example();
    const weights = log.find((s) => s.id === 'weights')!;
    const early = [log[0], weights, ...log.slice(1).filter((s) => s !== weights)];
    expect(runPipeline(dataset, early).ranks.get('Index')).toEqual(runPipeline(dataset, log).ranks.get('Index'));
    expect(() =>
      pipelineModel({
        dataset,
        log: early,
        spec: specOf([{ id: 'w', kind: 'weight-noise', levels: [2], factor: 0.5 }]),
      }),
    ).toThrow('uncertainty: the build log must run weights, aggregate, rank in this order, one after another');
  });
});
