import { compileSteps, editStep, replay, runPipeline, stepIndex } from '../../src/core/pipeline.js';
import { tinyDataset, tinyMethodology } from './fixtures.js';

describe('runPipeline on the tiny hand-worked build', () => {
  const input = tinyDataset();
  const log = compileSteps(tinyMethodology());
  const result = runPipeline(input, log);

  it('normalises, aggregates and ranks as worked by hand', () => {
    // a: 0,5,10 -> 0,50,100; b: 10,30,20 -> 0,100,50; c (lower better): 5,1,3 -> 0,100,50
    // P1 = (1·a + 3·b)/4: R1 0, R2 (50+300)/4 = 87.5, R3 (100+150)/4 = 62.5; P2 = c
    // index = (P1 + P2)/2: R1 0, R2 93.75, R3 56.25
    expect(Array.from(result.scores.get('P1'))).toEqual([0, 87.5, 62.5]);
    expect(Array.from(result.scores.get('index'))).toEqual([0, 93.75, 56.25]);
    expect(Array.from(result.ranks.get('index'))).toEqual([3, 1, 2]);
  });

  it('reproduces every number when the log is replayed', () => {
    const again = replay(result.log, input);
    expect(again.scores.matrix).toEqual(result.scores.matrix);
    expect(again.ranks.matrix).toEqual(result.ranks.matrix);
  });

  it('re-runs from an edited step reusing the earlier state, giving the same as a full run', () => {
    const k = stepIndex(log, 'weights');
    const base = runPipeline(input, log.slice(0, k));
    const edited = editStep(log, 'weights', { weights: { b: 1 } });
    const partial = runPipeline(input, edited, { from: base.state, startAt: k });
    const full = runPipeline(input, edited);
    expect(partial.scores.matrix).toEqual(full.scores.matrix);
    // with b weighted 1: P1 = (a + b)/2: R1 0, R2 75, R3 75; index: R1 0, R2 87.5, R3 62.5
    expect(Array.from(full.scores.get('index'))).toEqual([0, 87.5, 62.5]);
  });

  it('names the failing step', () => {
    const bad = editStep(log, 'aggregate', { default: { method: 'median-of-nothing' } });
    expect(() => runPipeline(input, bad)).toThrow(/step "aggregate".*unknown method "median-of-nothing"/);
  });
});
