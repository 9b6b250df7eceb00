import { compileSteps, replay, runPipeline } from '../../src/core/pipeline.js';
import { whatIf } from '../../src/core/what-if.js';
import { tinyDataset, tinyMethodology } from './fixtures.js';

const input = tinyDataset();
const log = compileSteps(tinyMethodology());

describe('whatIf (edited replay)', () => {
  it('drops a pillar and reweights an indicator, reporting who moves', () => {
    // index = P1 only, with a weighted 10: P1 = (10a + 3b)/13 → R2 (500 + 300)/13 = 61.5, R3 (1000 + 150)/13 = 88.5
    // ranks before 3, 1, 2 → after 3, 2, 1: R3 up one, R2 down one
    const { changes, log: edited } = whatIf(log, input, [
      { kind: 'drop', node: 'P2' },
      { kind: 'weight', node: 'a', weight: 10 },
    ]);
    expect(changes.map((c) => [c.unit, c.change])).toEqual([
      ['R3', 1],
      ['R2', -1],
      ['R1', 0],
    ]);
    expect(changes[0].scoreAfter).toBeCloseTo(1150 / 13, 12);
    // the edited log is a replayable record of the what-if
    expect(replay(edited, input).ranks.get('index')).toEqual(Float64Array.from([3, 2, 1]));
  });

  it('switches the normaliser everywhere and leaves the original log untouched', () => {
    const original = JSON.stringify(log);
    const { after } = whatIf(log, input, [{ kind: 'normaliser', normaliser: { method: 'rank' } }]);
    // ranks as scores: a 1,2,3; b 1,3,2; c 1,3,2 → R2: P1 = (2 + 9)/4 = 2.75, index = (2.75 + 3)/2 = 2.875
    expect(after.scores.get('index')[1]).toBe(2.875);
    expect(JSON.stringify(log)).toBe(original);
    expect(runPipeline(input, log).scores.get('index')[1]).toBe(93.75);
  });

  it("switches one node's aggregation", () => {
    const { after } = whatIf(log, input, [
      { kind: 'aggregation', aggregation: { method: 'generalised-mean', p: 2 }, nodes: ['P1'] },
    ]);
    expect(after.scores.get('P1')[2]).toBeCloseTo(Math.sqrt(4375), 12);
  });
});
