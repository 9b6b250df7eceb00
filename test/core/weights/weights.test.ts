import { createDataset } from '../../../src/core/dataset.js';
import { runPipeline, type BuildStep } from '../../../src/core/pipeline.js';
import { symmetricEigen } from '../../../src/core/stats/symmetric-eigen.js';
import { nelderMead } from '../../../src/core/stats/nelder-mead.js';
import { compileTree, type TreeNode } from '../../../src/core/tree.js';
import { effectiveWeights } from '../../../src/core/weights/effective-weights.js';
import { pcaWeights } from '../../../src/core/weights/pca-weights.js';
import { tinyNodes } from '../fixtures.js';

const col = (...v: number[]): Float64Array => Float64Array.from(v);

describe('symmetric eigen-decomposition and Nelder–Mead', () => {
  it('[[2, 1], [1, 2]] has eigenvalues 3 and 1 with vectors (1, 1)/√2 and (1, −1)/√2', () => {
    const { values, vectors } = symmetricEigen([2, 1, 1, 2], 2);
    expect(Array.from(values)).toEqual([3, 1].map((v) => expect.closeTo(v, 12)));
    expect(Math.abs(vectors[0][0])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0][0] * vectors[0][1]).toBeCloseTo(0.5, 12);
    expect(vectors[1][0] * vectors[1][1]).toBeCloseTo(-0.5, 12);
  });
  it("finds the minimum of (x − 1)² + (y + 2)² and of Rosenbrock's function", () => {
    const q = nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]);
    expect(q.x[0]).toBeCloseTo(1, 4);
    expect(q.x[1]).toBeCloseTo(-2, 4);
    const r = nelderMead(([x, y]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, [-1.2, 1], { reltol: 1e-14 });
    expect(r.x[0]).toBeCloseTo(1, 4);
    expect(r.converged).toBe(true);
  });
});

describe('PCA weights (first-component loadings)', () => {
  it('two positively correlated indicators weigh the same: (1, 1)/√2', () => {
    expect(Array.from(pcaWeights(['a', 'b'], [col(1, 2, 3, 5), col(2, 3, 5, 4)]))).toEqual(
      [Math.SQRT1_2, Math.SQRT1_2].map((v) => expect.closeTo(v, 12)),
    );
  });
  it('a perfectly correlated pair and an uncorrelated third: 0.707, 0.707, 0 (hand-worked: R eigenvalues 2, 1, 0)', () => {
    const w = pcaWeights(['a', 'b', 'c'], [col(1, 2, 3, 4), col(2, 4, 6, 8), col(1, -1, -1, 1)]);
    expect(Array.from(w)).toEqual([Math.SQRT1_2, Math.SQRT1_2, 0].map((v) => expect.closeTo(v, 10)));
  });
  it('a negative loading is an error naming the indicator, or 0 when asked', () => {
    // a and b rise together, c falls with them: first component ∝ (1, 1, −1) after orientation
    const columns = [col(1, 2, 3, 4, 5), col(1, 3, 2, 5, 4), col(5, 4, 3, 2, 1)];
    expect(() => pcaWeights(['a', 'b', 'c'], columns)).toThrow(/negative loading of "c"/);
    const w = pcaWeights(['a', 'b', 'c'], columns, 'zero');
    expect(w[2]).toBe(0);
    expect(w[0]).toBeGreaterThan(0);
  });
  it('a constant column is an error (its correlations are undefined); incomplete units are left out', () => {
    expect(() => pcaWeights(['a', 'b'], [col(1, 2, 3), col(4, 4, 4)])).toThrow('pca weights: "b" is constant');
    // the unit with a missing b is dropped; 3 complete units remain
    expect(pcaWeights(['a', 'b'], [col(1, 2, 3, 9), col(1, 2, 3, NaN)])[0]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(() => pcaWeights(['a', 'b'], [col(1, 2, NaN), col(1, 2, 3)])).toThrow(/2 units with all values present/);
  });
  it('one sibling alone weighs 1', () => {
    expect(Array.from(pcaWeights(['a'], [col(1, 2)]))).toEqual([1]);
  });
});

describe('effective weights', () => {
  it('index ← (P1 ← a 1, b 3), P2 ← c: a 1/8, b 3/8, c 1/2, pillars 1/2', () => {
    const tree = compileTree({ nodes: tinyNodes(), root: 'index' });
    const e = effectiveWeights(
      tree,
      tree.nodes.map((n) => n.weight),
    );
    const of = (id: string): number => e[tree.rowOf.get(id)!];
    expect([of('a'), of('b'), of('c'), of('P1'), of('P2'), of('index')]).toEqual([0.125, 0.375, 0.5, 0.5, 0.5, 1]);
  });
});

describe('weights step with a derived set', () => {
  const minMax = { method: 'min-max', range: [0, 100] };
  const leaf = (id: string, parent: string): TreeNode => ({
    id,
    parent,
    level: 1,
    weight: 1,
    indicator: { direction: 1, normaliser: minMax },
  });
  // index ← A (a1, a2), B (b): a1 and a2 perfectly correlated (loadings 0.707 each)
  const tree = {
    root: 'index',
    nodes: [
      { id: 'index', parent: null, level: 3, weight: 1 },
      { id: 'A', parent: 'index', level: 2, weight: 1 },
      { id: 'B', parent: 'index', level: 2, weight: 1 },
      leaf('a1', 'A'),
      leaf('a2', 'A'),
      leaf('b', 'B'),
    ],
  };
  const data = createDataset(
    ['u1', 'u2', 'u3', 'u4', 'u5'],
    ['a1', 'a2', 'b'],
    Float64Array.from([1, 2, 3, 2, 4, 1, 3, 6, 5, 4, 8, 2, 5, 10, 4]),
  );
  const aggregate = { default: { method: 'arithmetic' } };
  const steps = (weights: object): BuildStep[] => [
    { id: 'tree', step: 'tree', params: tree },
    { id: 'normalise', step: 'normalise', params: {} },
    { id: 'weights', step: 'weights', params: weights },
    { id: 'aggregate', step: 'aggregate', params: aggregate },
  ];

  it('pca at level 1 replaces the indicator weights per pillar; overrides still apply on top', () => {
    const state = runPipeline(data, steps({ derive: { method: 'pca', level: 1 } })).state;
    const w = (id: string): number => state.weights![state.tree!.rowOf.get(id)!];
    expect(w('a1')).toBeCloseTo(Math.SQRT1_2, 12);
    expect(w('a2')).toBeCloseTo(Math.SQRT1_2, 12);
    expect(w('b')).toBe(1);
    const edited = runPipeline(data, steps({ derive: { method: 'pca', level: 1 }, weights: { a1: 2 } })).state;
    expect(edited.weights![edited.tree!.rowOf.get('a1')!]).toBe(2);
  });

  it('balance at level 2 reaches the target ratio of correlations with the index', () => {
    // targets A 1, B 2: corr(B, index) / corr(A, index) = 2 at the optimum if reachable
    const state = runPipeline(
      data,
      steps({ derive: { method: 'balance', level: 2, targets: { A: 1, B: 2 }, aggregate } }),
    ).state;
    const rows = state.tree!.rowOf;
    const scores = state.aggregated!;
    const n = 5;
    const series = (id: string): number[] => Array.from(scores.subarray(rows.get(id)! * n, (rows.get(id)! + 1) * n));
    const corr = (x: number[], y: number[]): number => {
      const mx = x.reduce((a, b) => a + b) / x.length;
      const my = y.reduce((a, b) => a + b) / y.length;
      const sxy = x.reduce((a, xi, i) => a + (xi - mx) * (y[i] - my), 0);
      return sxy / Math.sqrt(x.reduce((a, xi) => a + (xi - mx) ** 2, 0) * y.reduce((a, yi) => a + (yi - my) ** 2, 0));
    };
    const index = series('index');
    expect(corr(series('B'), index) / corr(series('A'), index)).toBeCloseTo(2, 4);
  });

  it('needs the aggregation for balance, and a level with nodes', () => {
    expect(() => runPipeline(data, steps({ derive: { method: 'balance', level: 2 } }))).toThrow(/need the aggregation/);
    expect(() => runPipeline(data, steps({ derive: { method: 'pca', level: 7 } }))).toThrow(/no node at level 7/);
  });
});
