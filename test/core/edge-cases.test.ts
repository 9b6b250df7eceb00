/** Whole builds on the edge cases a methodology meets in real data: one unit, all missing, ties, constants, zeros. */
import { createDataset } from '../../src/core/dataset.js';
import { compileSteps, editStep, runPipeline } from '../../src/core/pipeline.js';
import { tinyMethodology } from './fixtures.js';

const log = compileSteps(tinyMethodology());

describe('edge cases through the whole pipeline', () => {
  it('a single unit: min-max cannot scale it (constant), goalposts can', () => {
    const one = createDataset(['R1'], ['a', 'b', 'c'], Float64Array.from([1, 2, 3]));
    expect(() => runPipeline(one, log)).toThrow(
      /step "normalise": normalise: indicator "a": min-max: the indicator is constant/,
    );
    const fixed = editStep(log, 'normalise', { all: { method: 'goalposts', min: 0, max: 10 } });
    // a: 10, b: 20, c (lower better): (10 − 3)/10 = 70; P1 = (10 + 3·20)/4 = 17.5; index = (17.5 + 70)/2 = 43.75
    const result = runPipeline(one, fixed);
    expect(Array.from(result.scores.get('index'))).toEqual([43.75]);
    expect(Array.from(result.ranks.get('index'))).toEqual([1]);
  });

  it('an indicator missing for every unit: its parent re-weights over the rest, or is missing below minShare', () => {
    const data = createDataset(['R1', 'R2'], ['a', 'b', 'c'], Float64Array.from([NaN, 0, 1, NaN, 10, 3]));
    // a all missing → P1 = b alone: 0, 100; c lower-better 1, 3 → 100, 0; index = 50, 50 → tie, both rank 1
    const result = runPipeline(data, log);
    expect(Array.from(result.scores.get('a'))).toEqual([NaN, NaN]);
    expect(Array.from(result.scores.get('index'))).toEqual([50, 50]);
    expect(Array.from(result.ranks.get('index'))).toEqual([1, 1]);
    const strict = runPipeline(data, editStep(log, 'aggregate', { default: { method: 'arithmetic' }, minShare: 1 }));
    // P1 has 1 of 2 children → missing; the index then has only P2 of 2 → missing too: no rank
    expect(Array.from(strict.scores.get('P1'))).toEqual([NaN, NaN]);
    expect(Array.from(strict.ranks.get('index'))).toEqual([NaN, NaN]);
  });

  it('ties on the rounded score share a rank and the next rank is skipped', () => {
    // R1 and R2 identical, R3 lower, R4 lowest → 1, 1, 3, 4
    const data = createDataset(
      ['R1', 'R2', 'R3', 'R4'],
      ['a', 'b', 'c'],
      Float64Array.from([5, 5, 1, 5, 5, 1, 2, 2, 2, 0, 0, 9]),
    );
    expect(Array.from(runPipeline(data, log).ranks.get('index'))).toEqual([1, 1, 3, 4]);
  });

  it('a zero in a geometric mean stops the build with the node named', () => {
    const data = createDataset(['R1', 'R2'], ['a', 'b', 'c'], Float64Array.from([0, 0, 0, 1, 1, 1]));
    const geometric = editStep(log, 'aggregate', { default: { method: 'geometric' } });
    expect(() => runPipeline(data, geometric)).toThrow(/step "aggregate", node "P1", unit "R1": geometric: value 0/);
  });

  it('never mutates the input dataset', () => {
    const data = createDataset(['R1', 'R2', 'R3'], ['a', 'b', 'c'], Float64Array.from([NaN, 0, 1, 3, 10, 3, 5, 2, 2]));
    const copy = Float64Array.from(data.values);
    runPipeline(data, editStep(log, 'impute', { method: 'mean' }));
    expect(data.values).toEqual(copy);
  });
});
