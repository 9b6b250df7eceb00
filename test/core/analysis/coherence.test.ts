import { coherenceAudit } from '../../../src/core/analysis/coherence.js';
import { compileTree } from '../../../src/core/tree.js';

const leaf = (id: string, parent: string) => ({
  id,
  parent,
  level: 1,
  weight: 1,
  indicator: { direction: 1 as const, normaliser: { method: 'identity' } },
});

/**
 * Index ← {P ← {a, b}, c}; four units. Scores (rows): a = [1, 2, 3, 4], b = [2, 4, 6, 8.5] (nearly a multiple of a),
 * P = mean(a, b) = [1.5, 3, 4.5, 6.25], c = [4, 3, 2, 1] (reversed), Index = mean(P, c) = [2.75, 3, 3.25, 3.625].
 */
function example() {
  const tree = compileTree({
    root: 'Index',
    nodes: [
      { id: 'Index', parent: null, level: 3, weight: 1 },
      { id: 'P', parent: 'Index', level: 2, weight: 1 },
      leaf('a', 'P'),
      leaf('b', 'P'),
      leaf('c', 'Index'),
    ],
  });
  const rows: Record<string, number[]> = {
    a: [1, 2, 3, 4],
    b: [2, 4, 6, 8.5],
    P: [1.5, 3, 4.5, 6.25],
    c: [4, 3, 2, 1],
    Index: [2.75, 3, 3.25, 3.625],
  };
  const scores = new Float64Array(tree.ids.length * 4);
  tree.ids.forEach((id, r) => scores.set(rows[id], r * 4));
  return { tree, scores };
}

describe('coherence audit', () => {
  it('correlates each node with its parent and the index, and flags a negative link', () => {
    const { tree, scores } = example();
    const report = coherenceAudit(tree, scores, 4);
    const c = report.correlations.find((x) => x.node === 'c')!;
    // c against Index: c falls while Index rises strictly → Spearman = −1 exactly; Pearson is negative too
    expect(c.spearmanParent).toBe(-1);
    expect(c.pearsonParent!).toBeLessThan(-0.9);
    expect(report.flags).toContainEqual({
      kind: 'negative-with-parent',
      node: 'c',
      other: 'Index',
      r: c.pearsonParent,
    });
  });

  it('flags a and b as collinear (|r| > 0.92) and gives their group a high alpha and PC1 share', () => {
    const { tree, scores } = example();
    const report = coherenceAudit(tree, scores, 4);
    const collinear = report.flags.filter((f) => f.kind === 'collinear');
    // |r| > 0.92 counts both ways: P and c (r ≈ −0.99) are flagged as well as a and b (r ≈ 0.998)
    expect(collinear.map((f) => [f.node, f.other])).toEqual([
      ['a', 'b'],
      ['P', 'c'],
    ]);
    const p = report.groups.find((g) => g.node === 'P')!;
    // s²(a) = 5/3; b: mean 5.125, deviations −3.125, −1.125, .875, 3.375 → Σ² = 9.765625 + 1.265625 + .765625
    //   + 11.390625 = 23.1875 → s² = 7.729167; totals a + b = [3, 6, 9, 12.5]: mean 7.625, deviations −4.625,
    //   −1.625, 1.375, 4.875 → Σ² = 21.390625 + 2.640625 + 1.890625 + 23.765625 = 49.6875 → s² = 16.5625
    // α = 2·(1 − (1.666667 + 7.729167)/16.5625) = 2·(1 − 0.567296) = 0.865409
    expect(p.cronbachAlpha!).toBeCloseTo(2 * (1 - (5 / 3 + 23.1875 / 3) / (49.6875 / 3)), 12);
    // two items: R = [[1, r], [r, 1]] has eigenvalues 1 ± r, so PC1 share = (1 + |r|)/2; deviations of a
    // [−1.5, −.5, .5, 1.5] and of b (above): Σ = 4.6875 + .5625 + .4375 + 5.0625 = 10.75, r = 10.75/√(5·23.1875)
    expect(p.firstComponentShare!).toBeCloseTo((1 + 10.75 / Math.sqrt(5 * 23.1875)) / 2, 12);
    // the Index's children P and c pull against each other: α < 0
    expect(report.groups.find((g) => g.node === 'Index')!.cronbachAlpha!).toBeLessThan(0);
  });

  it('flags an undefined correlation instead of returning NaN for a constant node', () => {
    const { tree, scores } = example();
    scores.set([5, 5, 5, 5], tree.rowOf.get('c')! * 4);
    const report = coherenceAudit(tree, scores, 4);
    expect(report.correlations.find((x) => x.node === 'c')!.pearsonParent).toBeNull();
    expect(report.flags).toContainEqual({ kind: 'undefined-correlation', node: 'c', other: 'Index', r: null });
  });
});

describe('undefined correlations are said once', () => {
  test('one line names how many nodes and the first ten, then how many more', async () => {
    const { undefinedCorrelationSummary } = await import('../../../src/core/analysis/coherence-flags.js');
    expect(undefinedCorrelationSummary(['a', 'b'])).toBe(
      'too few values (or only constant ones) to correlate with the parent: 2 node(s): a, b',
    );
    const many = Array.from({ length: 300 }, (_, i) => `n${String(i).padStart(3, '0')}`);
    expect(undefinedCorrelationSummary(many)).toBe(
      `too few values (or only constant ones) to correlate with the parent: 300 node(s): ${many.slice(0, 10).join(', ')} and 290 more`,
    );
  });

  test('the CLI report lists other flags one by one but undefined correlations on one line', async () => {
    const { formatReport } = await import('../../../src/cli/format/robustness-output.js');
    const flags = [
      { kind: 'weak-with-parent' as const, node: 'x', other: 'Index', r: 0.1 },
      ...Array.from({ length: 40 }, (_, i) => ({
        kind: 'undefined-correlation' as const,
        node: `s${i}`,
        other: 'Index',
        r: null,
      })),
    ];
    const text = formatReport({
      target: 'Index',
      design: 'monte-carlo',
      runs: 10,
      seed: 1,
      evaluations: 10,
      quantiles: [0.05, 0.95],
      quantileRule: 'R type 7',
      assumptions: [],
      ranked: 0,
      units: [],
      sensitivity: null,
      coherence: { correlations: [], groups: [], flags },
    } as never);
    expect(text).toContain('Coherence: 1 flag(s) (1 weak-with-parent):');
    expect(text.match(/undefined-correlation/g)).toBeNull();
    expect(text.split('\n').filter((l) => l.includes('too few values'))).toHaveLength(1);
    expect(text).toContain(': 40 node(s): ');
  });
});
