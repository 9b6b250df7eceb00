import { imputerFor } from '../../../src/core/impute/registry.js';

function impute(method: string, x: number[], groups?: string[]): number[] {
  const out = new Float64Array(x.length);
  imputerFor(method)(Float64Array.from(x), out, groups);
  return Array.from(out);
}

describe('imputation of missing values', () => {
  it('none leaves them missing (the aggregation re-weights)', () => {
    expect(impute('none', [1, NaN, 3])).toEqual([1, NaN, 3]);
  });
  it('mean and median of the present values', () => {
    // present 1, 2, 9: mean 4, median 2
    expect(impute('mean', [1, NaN, 2, 9])).toEqual([1, 4, 2, 9]);
    expect(impute('median', [1, NaN, 2, 9])).toEqual([1, 2, 2, 9]);
  });
  it('group mean and median use units of the same group only (e.g. federal district)', () => {
    const groups = ['CFD', 'CFD', 'CFD', 'SFD', 'SFD'];
    // CFD present 10, 20 → mean 15; SFD present 100 → 100
    expect(impute('group-mean', [10, 20, NaN, 100, NaN], groups)).toEqual([10, 20, 15, 100, 100]);
    expect(impute('group-median', [10, 20, NaN, NaN, NaN], groups)).toEqual([10, 20, 15, NaN, NaN]);
    expect(() => impute('group-mean', [1, NaN])).toThrow(/grouping/);
  });
  it('all missing stays all missing', () => {
    expect(impute('mean', [NaN, NaN])).toEqual([NaN, NaN]);
    expect(() => imputerFor('knn')).toThrow(/unknown method "knn"/);
  });
});
