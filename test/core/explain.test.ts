import { explain } from '../../src/core/explain.js';
import { compileSteps, editStep, runPipeline } from '../../src/core/pipeline.js';
import { tinyDataset, tinyMethodology } from './fixtures.js';

// The tiny build (see fixtures): a = 0, 50, 100; b = 0, 100, 50; c = 0, 100, 50 (normalised)
// P1 = (a + 3b)/4 = 0, 87.5, 62.5; P2 = c; index = (P1 + P2)/2 = 0, 93.75, 56.25 → ranks 3, 1, 2
const input = tinyDataset();
const log = compileSteps(tinyMethodology());
const result = runPipeline(input, log);

describe('explain', () => {
  it('splits a score into effective weight × value, summing to the score for a mean', () => {
    const e = explain(result, 'R3', 'index');
    expect(e.children.map((c) => [c.id, c.effectiveWeight, c.value, c.contribution])).toEqual([
      ['P1', 0.5, 62.5, 31.25],
      ['P2', 0.5, 50, 25],
    ]);
    expect(e.children.reduce((s, c) => s + c.contribution, 0)).toBe(e.score);
    // medians over R1..R3: P1 62.5, P2 50 → R3 sits exactly on both
    expect(e.children.map((c) => c.vsMedian)).toEqual([0, 0]);
  });

  it('re-weights over present children: a missing child gets no weight', () => {
    const withGap = runPipeline({ ...input, values: Float64Array.from([0, 10, 5, 5, NaN, 1, 10, 20, 3]) }, log);
    // R2's b missing: P1 = a alone, a's effective weight 1/1
    expect(explain(withGap, 'R2', 'P1').children.map((c) => c.effectiveWeight)).toEqual([1, 0]);
  });

  it('names strongest and weakest children against the median', () => {
    const e = explain(result, 'R1', 'P1');
    // R1: a 0 vs median 50 (−50), b 0 vs median 50 (−50)
    expect(e.weakest.map((c) => c.vsMedian)).toEqual([-50, -50]);
  });

  it('gives the gap to the next rank up and the exact indicator change that closes it (arithmetic)', () => {
    const e = explain(result, 'R3', 'P1');
    // P1: R3 62.5 (rank 2), R2 87.5 (rank 1): gap 25
    expect(e.nextRankUp).toEqual({ unit: 'R2', rank: 1, score: 87.5, gap: 25 });
    // a is already 100 (cannot help); b has ∂P1/∂b = 3/4 → b from 50 to 50 + 25/(3/4) = 83.33…
    // raw b (min-max over 10..30): 10 + 0.8333… · 20 = 26.67
    expect(e.closers).toHaveLength(1);
    const [b] = e.closers;
    expect(b).toMatchObject({ indicator: 'b', method: 'exact', rawNow: 20 });
    expect(b.normalisedNeeded).toBeCloseTo(50 + 25 / 0.75, 10);
    expect(b.rawNeeded).toBeCloseTo(10 + ((50 + 25 / 0.75) / 100) * 20, 10);
    expect(explain(result, 'R2', 'index').nextRankUp).toBeNull();
  });

  it('finds the change by bisection for a non-linear mean', () => {
    const powered = runPipeline(
      input,
      editStep(log, 'aggregate', {
        default: { method: 'arithmetic' },
        nodes: { P1: { method: 'generalised-mean', p: 2 } },
      }),
    );
    // P1 = √((a² + 3b²)/4): R3 √4375, R2 √8125; b needed: (100² + 3v²)/4 = 8125 → v = √7500
    const b = explain(powered, 'R3', 'P1').closers.find((c) => c.indicator === 'b')!;
    expect(b.method).toBe('bisection');
    expect(b.normalisedNeeded).toBeCloseTo(Math.sqrt(7500), 6);
  });
});

describe('explain by level', () => {
  it("lists, per level below the node, the unit's strongest and weakest nodes against the median", () => {
    const e = explain(result, 'R2', 'index');
    expect(e.byLevel.map((l) => l.level)).toEqual([2, 1]);
    // level 2: P1 87.5 vs median 62.5 (+25), P2 100 vs 50 (+50) → strongest P2 then P1
    expect(e.byLevel[0].strongest.map((x) => [x.id, x.vsMedian])).toEqual([
      ['P2', 50],
      ['P1', 25],
    ]);
    // level 1: a 50 vs 50 (0), b 100 vs 50 (+50), c 100 vs 50 (+50): nothing below the median, so no weakness
    // (a at the median is neither strength nor weakness)
    expect(e.byLevel[1].weakest).toEqual([]);
    expect(e.byLevel[1].strongest.map((x) => x.id)).toEqual(['b', 'c']);
  });
});
