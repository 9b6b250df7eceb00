import { createDataset, withPanel } from '../../../src/core/dataset.js';
import { runPipeline, type BuildStep } from '../../../src/core/pipeline.js';
import { datasetHash } from '../../../src/methodology/hash.js';

const leaf = (id: string) => ({
  id,
  parent: 'index',
  level: 1,
  weight: 1,
  indicator: { direction: 1 as const, normaliser: { method: 'identity' } },
});
const tree = { root: 'index', nodes: [{ id: 'index', parent: null, level: 2, weight: 1 }, leaf('a'), leaf('b')] };
const impute = (data: ReturnType<typeof createDataset>) =>
  runPipeline(data, [
    { id: 'tree', step: 'tree', params: tree },
    { id: 'impute', step: 'impute', params: { method: 'latest' } },
  ] as BuildStep[]).state;

/**
 * This year (2020), units R1–R3 × indicators a, b; earlier years 2017–2019:
 *          2017       2018       2019       2020
 *   R1   a 5 b 1    a 7 b NaN  a NaN b NaN  a NaN b 2
 *   R2   a 1 b 1    a 1 b 1    a 1 b 1      a 9   b 9
 *   R3   a missing in every year;  b 3 in 2017, 4 in 2020
 */
const current = createDataset(['R1', 'R2', 'R3'], ['a', 'b'], Float64Array.from([NaN, 2, 9, 9, NaN, 4]));
const panel = withPanel(current, {
  years: [2017, 2018, 2019],
  values: [
    Float64Array.from([5, 1, 1, 1, NaN, 3]),
    Float64Array.from([7, NaN, 1, 1, NaN, NaN]),
    Float64Array.from([NaN, NaN, 1, 1, NaN, NaN]),
  ],
});

describe('panel imputation "latest"', () => {
  it('takes the latest earlier present value and records its year; present values stay; all-missing stays missing', () => {
    const state = impute(panel);
    // leaf-major: a for R1..R3, then b for R1..R3
    expect(Array.from(state.imputed!)).toEqual([7, 9, NaN, 2, 9, 4]);
    expect(Array.from(state.imputedYears!)).toEqual([2018, NaN, NaN, NaN, NaN, NaN]);
    expect(Array.from(state.imputedFlags!)).toEqual([1, 0, 0, 0, 0, 0]);
  });
  it('does not give a unit without any data this year a profile from the past (it stays unscored)', () => {
    const empty = withPanel(createDataset(['R1', 'R2'], ['a', 'b'], Float64Array.from([NaN, NaN, 1, 1])), {
      years: [2019],
      values: [Float64Array.from([5, 5, 1, 1])],
    });
    expect(Array.from(impute(empty).imputed!)).toEqual([NaN, 1, NaN, 1]);
  });
  it('data without earlier years cannot use it', () => {
    expect(() => impute(current)).toThrow(/latest: the data has no earlier years/);
  });
  it('earlier years are part of the input hash (replay needs them), single-year hashes are unchanged', () => {
    expect(datasetHash(panel)).not.toBe(datasetHash(current));
    expect(datasetHash(createDataset(['R1', 'R2', 'R3'], ['a', 'b'], Float64Array.from([NaN, 2, 9, 9, NaN, 4])))).toBe(
      datasetHash(current),
    );
  });
  it('rejects years out of order and tables of the wrong size', () => {
    expect(() =>
      withPanel(current, { years: [2019, 2018], values: [new Float64Array(6), new Float64Array(6)] }),
    ).toThrow(/ascending/);
    expect(() => withPanel(current, { years: [2019], values: [new Float64Array(5)] })).toThrow(/has 5 values for 6/);
  });
});
