import { rankIntervals, meanAbsShiftPerEvaluation } from '../../../src/core/analysis/rank-intervals.js';
import { runEvaluations } from '../../../src/core/analysis/run-evaluations.js';
import { type DesignShape, evaluationCount } from '../../../src/core/analysis/saltelli-design.js';
import { sensitivityFromRanks } from '../../../src/core/analysis/sensitivity.js';
import { toyModel } from './toy-model.js';

const shape: DesignShape = { design: 'saltelli', rows: 400, assumptions: 2 };

describe('Monte Carlo driver on a toy rating', () => {
  it('gives the same ranks for the same seed however the evaluations are split', () => {
    const model = toyModel();
    const total = evaluationCount(shape);
    expect(total).toBe(400 * 4);
    const whole = runEvaluations(model, shape, 42, 0, total);
    const parts = [
      runEvaluations(model, shape, 42, 0, 333),
      runEvaluations(model, shape, 42, 333, 1001),
      runEvaluations(model, shape, 42, 1001, total),
    ];
    const joined = new Float64Array(whole.length);
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.length;
    }
    expect(joined).toEqual(whole);
    expect(runEvaluations(model, shape, 43, 0, total)).not.toEqual(whole);
  });

  it('summarises ranks: A and B share places 1–2 about half the time each, C is always 3rd', () => {
    const model = toyModel();
    const ranks = runEvaluations(model, shape, 7, 0, evaluationCount(shape));
    const [a, , c] = rankIntervals(ranks, model.units, model.nominalRanks, [0.05, 0.95]);
    expect(a.nominal).toBe(1);
    expect([a.lower, a.upper]).toEqual([1, 2]);
    // A is 2nd exactly when w < 0.5, i.e. x₀ < 0.5: probability ½, so the mean shift |2 − 1| is about 0.5
    expect(Math.abs(a.meanAbsShift! - 0.5)).toBeLessThan(0.06);
    expect(c).toEqual({ unit: 'C', nominal: 3, median: 3, lower: 3, upper: 3, meanAbsShift: 0 });
  });

  it('gives the ignored assumption Sobol indices of exactly 0 and the weights all of the variance', () => {
    const model = toyModel();
    const ranks = runEvaluations(model, shape, 7, 0, evaluationCount(shape));
    const result = sensitivityFromRanks(ranks, shape, model.units, model.nominalRanks, model.assumptionIds, {
      resamples: 100,
      level: 0.95,
      seed: 7,
    });
    const [weights, dummy] = result.meanAbsShift;
    expect(dummy).toEqual({
      assumption: 'dummy',
      first: 0,
      total: 0,
      firstInterval: [0, 0],
      totalInterval: [0, 0],
      problems: [],
    });
    // the output depends on x₀ alone, so S = ST = 1 up to sampling error, and total ≥ first
    expect(weights.total).toBeCloseTo(1, 1);
    expect(weights.total).toBeGreaterThanOrEqual(weights.first - 1e-12);
    const unitC = result.units[2].shares!;
    expect(unitC.map((s) => [s.first, s.total])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('computes the mean absolute shift per evaluation over ranked units', () => {
    // nominal [1, 2, 3]; evaluation ranks [2, 1, 3] → (1 + 1 + 0)/3; [1, NaN, 3] → 0 over two units
    const out = meanAbsShiftPerEvaluation(Float64Array.from([2, 1, 3, 1, NaN, 3]), Float64Array.from([1, 2, 3]));
    expect(Array.from(out)).toEqual([2 / 3, 0]);
  });
});
