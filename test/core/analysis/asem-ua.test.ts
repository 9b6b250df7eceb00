import { readFileSync } from 'node:fs';
import { loadAnalysisInputs } from '../../../src/robustness-runs/load-analysis-inputs.js';
import type { UncertaintySpec } from '../../../src/core/analysis/assumptions.js';
import { pipelineModel } from '../../../src/core/analysis/pipeline-model.js';
import { designShape, robustnessReport } from '../../../src/core/analysis/robustness-report.js';
import { runEvaluations } from '../../../src/core/analysis/run-evaluations.js';
import { evaluationCount } from '../../../src/core/analysis/saltelli-design.js';

const PRESET = new URL('../../../data/methodologies/validation/asem-ua.json', import.meta.url).pathname;
const FIXTURES = new URL('../../fixtures/asem-ua/', import.meta.url).pathname;
const inputs = loadAnalysisInputs(PRESET, `${FIXTURES}asem_iData.csv`, { unitColumn: 'uCode' });

function analyse(spec: UncertaintySpec) {
  const model = pipelineModel({ dataset: inputs.dataset, log: inputs.log, spec });
  const ranks = runEvaluations(model, designShape(spec), spec.seed, 0, evaluationCount(designShape(spec)));
  return robustnessReport(model, spec, ranks);
}

/** COINr's Index ranks of the nominal arithmetic build (min-max 0..100), by uCode. */
function coinrIndexRanks(): Map<string, number> {
  const [header, ...rows] = readFileSync(`${FIXTURES}A_minmax_amean_ranks.csv`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  const unit = header.indexOf('"uCode"');
  const index = header.indexOf('"Index"');
  return new Map(rows.map((r) => [JSON.parse(r[unit]) as string, Number(r[index])]));
}

describe('ASEM uncertainty preset (COINr example)', () => {
  const spec = { ...inputs.spec, runs: 100 };

  it('declares the set-up of the brief: levels 2 and 3 × U(0.75, 1.25), arithmetic or geometric, 5%/95%', () => {
    expect(inputs.spec.assumptions).toEqual([
      { id: 'weights', kind: 'weight-noise', levels: [2, 3], factor: 0.25 },
      { id: 'aggregation', kind: 'aggregation', options: [{ method: 'arithmetic' }, { method: 'geometric' }] },
    ]);
    expect(inputs.spec.quantiles).toEqual([0.05, 0.95]);
    expect(inputs.dataset.units).toHaveLength(51);
  });

  it("reproduces COINr's nominal Index ranks", () => {
    // min-max to 1..100 is the affine map 1 + 0.99·x of COINr's 0..100 values, and a weighted arithmetic mean over the
    // present children commutes with it, so every aggregate is the same affine map and the ranks are unchanged
    const model = pipelineModel({ dataset: inputs.dataset, log: inputs.log, spec });
    const expected = coinrIndexRanks();
    inputs.dataset.units.forEach((unit, u) =>
      expect([unit, model.nominalRanks[u]]).toEqual([unit, expected.get(unit)]),
    );
  });

  it('gives identical results for the same seed, and rank intervals that contain the median', () => {
    const first = analyse(spec);
    expect(analyse(spec)).toEqual(first);
    expect(analyse({ ...spec, seed: spec.seed + 1 }).units).not.toEqual(first.units);
    for (const unit of first.units) {
      expect(unit.lower!).toBeLessThanOrEqual(unit.median!);
      expect(unit.median!).toBeLessThanOrEqual(unit.upper!);
      expect(unit.lower!).toBeGreaterThanOrEqual(1);
      expect(unit.upper!).toBeLessThanOrEqual(51);
    }
  });

  it('gives Sobol indices of exactly 0 to a dummy assumption that changes nothing', () => {
    // choosing among one normaliser, the nominal one, cannot change any rank: f(A_B^dummy) = f(A) in every row
    const dummy = { id: 'dummy', kind: 'normaliser' as const, options: [{ method: 'min-max', range: [1, 100] }] };
    const report = analyse({ ...spec, assumptions: [...spec.assumptions, dummy] });
    expect(report.sensitivity!.meanAbsShift[2]).toEqual({
      assumption: 'dummy',
      first: 0,
      total: 0,
      firstInterval: [0, 0],
      totalInterval: [0, 0],
      problems: [],
    });
    for (const unit of report.sensitivity!.units) {
      if (unit.shares) expect([unit.shares[2].first, unit.shares[2].total]).toEqual([0, 0]);
    }
  });

  it('attributes most of the rank shift to the aggregation method, with total ≥ first order up to sampling error', () => {
    const report = analyse({ ...spec, runs: 400 });
    const [weights, aggregation] = report.sensitivity!.meanAbsShift;
    // switching arithmetic ↔ geometric moves many countries at once; ±25% on 10 weights moves few
    expect(aggregation.first).toBeGreaterThan(0.5);
    expect(weights.first).toBeLessThan(0.2);
    // ST ≥ S holds for the true indices; the estimates can cross by sampling error at N = 400 (seed 3 gives
    // S = 0.874, ST = 0.871 for the aggregation), so allow 0.02
    for (const s of [weights, aggregation]) {
      expect(s.total).toBeGreaterThanOrEqual(s.first - 0.02);
      // an estimate crossing its total by sampling error stays within the total's bootstrap interval
      expect(s.problems).not.toContain('first-above-total');
      expect(s.firstInterval[0]).toBeLessThanOrEqual(s.first);
      expect(s.firstInterval[1]).toBeGreaterThanOrEqual(s.first);
      expect(s.total).toBeLessThan(1.1);
    }
  });

  it('audits coherence: every indicator correlated with its pillar and the index, alpha for all 11 aggregates', () => {
    const report = analyse({ ...spec, runs: 2 });
    expect(report.coherence.correlations).toHaveLength(49 + 8 + 2);
    expect(report.coherence.groups.map((g) => g.node).sort()).toEqual(
      [
        'Conn',
        'ConEcFin',
        'Environ',
        'Index',
        'Instit',
        'P2P',
        'Physical',
        'Political',
        'SusEcFin',
        'Social',
        'Sust',
      ].sort(),
    );
    for (const c of report.coherence.correlations) {
      expect(c.pearsonParent === null || (c.pearsonParent >= -1 && c.pearsonParent <= 1)).toBe(true);
    }
  });
});
