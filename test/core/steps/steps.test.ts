/** Steps whose params the methodology rarely sets but edits and Monte Carlo do: per-indicator and per-level params. */
import { createDataset } from '../../../src/core/dataset.js';
import { compileSteps, editStep, runPipeline, stepIndex } from '../../../src/core/pipeline.js';
import { tinyMethodology, tinyNodes } from '../fixtures.js';

const log = compileSteps(tinyMethodology());

describe('impute step', () => {
  it("fills by group from the dataset's groupings and flags the filled cells", () => {
    // a: R1 missing; group N holds R1 and R2 (a = 5) → R1 gets 5; group S holds R3
    const data = createDataset(
      ['R1', 'R2', 'R3'],
      ['a', 'b', 'c'],
      Float64Array.from([NaN, 10, 5, 5, 30, 1, 10, 20, 3]),
      { district: ['N', 'N', 'S'] },
    );
    const result = runPipeline(data, editStep(log, 'impute', { method: 'group-mean', group: 'district' }));
    expect(Array.from(result.state.imputed!.subarray(0, 3))).toEqual([5, 5, 10]);
    expect(Array.from(result.state.imputedFlags!.subarray(0, 3))).toEqual([1, 0, 0]);
    expect(() => runPipeline(data, editStep(log, 'impute', { method: 'group-mean', group: 'okrug' }))).toThrow(
      /no grouping "okrug"/,
    );
  });
});

describe('transform step', () => {
  it("applies each leaf's transforms before normalisation", () => {
    const nodes = tinyNodes().map((n) =>
      n.id === 'b' ? { ...n, indicator: { ...n.indicator!, transforms: [{ method: 'cap', max: 20 }] } } : n,
    );
    const withCap = editStep(log, 'tree', { nodes, root: 'index' });
    const data = createDataset(['R1', 'R2', 'R3'], ['a', 'b', 'c'], Float64Array.from([0, 10, 5, 5, 30, 1, 10, 20, 3]));
    // b capped: 10, 20, 20 → min-max 0, 100, 100
    expect(Array.from(runPipeline(data, withCap).scores.get('b'))).toEqual([0, 100, 100]);
  });
});

describe('aggregate step by level', () => {
  it('re-aggregates only the given levels, keeping the others from the previous aggregate', () => {
    const data = createDataset(['R1', 'R2', 'R3'], ['a', 'b', 'c'], Float64Array.from([0, 10, 5, 5, 30, 1, 10, 20, 3]));
    const k = stepIndex(log, 'aggregate');
    const base = runPipeline(data, log.slice(0, k + 1));
    // switch only level 3 (the index) to p = 2: index = √((P1² + P2²)/2); P1 and P2 stay as before
    const late = editStep(log, 'aggregate', {
      default: { method: 'arithmetic' },
      all: { method: 'generalised-mean', p: 2 },
      levels: [3],
    });
    const partial = runPipeline(data, late, { from: base.state, startAt: k });
    expect(partial.scores.get('P1')).toEqual(base.scores.get('P1'));
    expect(partial.scores.get('index')[1]).toBeCloseTo(Math.sqrt((87.5 ** 2 + 100 ** 2) / 2), 12);
  });

  it('takes the new leaf values when the normalised table changed since the previous aggregate', () => {
    const data = createDataset(['R1', 'R2', 'R3'], ['a', 'b', 'c'], Float64Array.from([0, 10, 5, 5, 30, 1, 10, 20, 3]));
    const k = stepIndex(log, 'aggregate');
    const base = runPipeline(data, log.slice(0, k + 1));
    // re-normalise by rank (a = 0, 5, 10 → 1, 2, 3 instead of min-max 0, 50, 100), then re-aggregate level 3 only
    const ranked = editStep(editStep(log, 'normalise', { all: { method: 'rank' } }), 'aggregate', {
      default: { method: 'arithmetic' },
      levels: [3],
    });
    const partial = runPipeline(data, ranked.slice(0, k + 1), {
      from: base.state,
      startAt: stepIndex(log, 'normalise'),
    });
    expect(Array.from(partial.scores.get('a'))).toEqual([1, 2, 3]);
    expect(partial.scores.get('P1')).toEqual(base.scores.get('P1'));
  });
});

describe('rank step by node', () => {
  it('ranks only the listed nodes and leaves every other row without a rank', () => {
    const data = createDataset(['R1', 'R2', 'R3'], ['a', 'b', 'c'], Float64Array.from([0, 10, 5, 5, 30, 1, 10, 20, 3]));
    const full = runPipeline(data, log);
    const indexOnly = runPipeline(
      data,
      editStep(log, 'rank', { ...(log[stepIndex(log, 'rank')].params as object), nodes: ['index'] }),
    );
    expect(indexOnly.ranks.get('index')).toEqual(full.ranks.get('index'));
    const others = indexOnly.ranks.ids
      .filter((id) => id !== 'index')
      .flatMap((id) => Array.from(indexOnly.ranks.get(id)));
    expect(others.length).toBeGreaterThan(0);
    expect(others.every(Number.isNaN)).toBe(true);
  });
});
