import { createDataset } from '../../../src/core/dataset.js';
import { runPipeline, type BuildStep } from '../../../src/core/pipeline.js';
import { cagr } from '../../../src/core/trends/cagr.js';
import { nodeTrends } from '../../../src/core/trends/node-trends.js';
import { percentageChange } from '../../../src/core/trends/percentage-change.js';

describe('CAGR (first and latest present values)', () => {
  it('100 → 121 over two years is 10 % a year; missing years are skipped; order does not matter', () => {
    expect(cagr([2018, 2020], [100, 121])).toBeCloseTo(0.1, 14);
    expect(cagr([2020, 2019, 2018, 2017], [121, NaN, 100, NaN])).toBeCloseTo(0.1, 14);
  });
  it('edge cases: one value → NaN; equal ends (also 0 → 0) → 0; from 0 or across a sign change → NaN', () => {
    expect(cagr([2018], [5])).toBeNaN();
    expect(cagr([2018, 2019, 2020], [NaN, NaN, 3])).toBeNaN();
    expect(cagr([2018, 2020], [0, 0])).toBe(0);
    expect(cagr([2018, 2020], [0, 5])).toBeNaN();
    expect(cagr([2018, 2020], [-4, 5])).toBeNaN();
  });
});

describe('percentage change (COINr prc_change)', () => {
  it('two values: (110 − 100)·100/100 per 2 years = 5 % a year, per decade 50', () => {
    expect(percentageChange([2018, 2020], [100, 110])).toBeCloseTo(5, 12);
    expect(percentageChange([2018, 2020], [100, 110], 10)).toBeCloseTo(50, 12);
  });
  it('three or more: slope of the least-squares line over its fitted first value', () => {
    // y = 1, 2, 3 at 2018..2020: b = 1, fitted first value 1 → 100 %
    expect(percentageChange([2018, 2019, 2020], [1, 2, 3])).toBeCloseTo(100, 12);
    // y = 2, 3, 5: t̄ = 2019, ȳ = 10/3, b = (−1·(−4/3) + 1·(5/3))/2 = 1.5, fitted 2018 value 10/3 − 1.5 = 11/6 → 1.5/(11/6)·100
    expect(percentageChange([2018, 2019, 2020], [2, 3, 5])).toBeCloseTo((1.5 / (11 / 6)) * 100, 9);
  });
  it('constant series → 0; fewer than two values → NaN', () => {
    expect(percentageChange([2018, 2019, 2020], [4, 4, 4])).toBe(0);
    expect(percentageChange([2018, 2019], [4, NaN])).toBeNaN();
  });
});

describe('trends of a node over several builds', () => {
  const tree = {
    root: 'index',
    nodes: [
      { id: 'index', parent: null, level: 2, weight: 1 },
      {
        id: 'a',
        parent: 'index',
        level: 1,
        weight: 1,
        indicator: { direction: 1 as const, normaliser: { method: 'identity' } },
      },
    ],
  };
  const build = (units: string[], values: number[]) =>
    runPipeline(createDataset(units, ['a'], Float64Array.from(values)), [
      { id: 'tree', step: 'tree', params: tree },
      { id: 'normalise', step: 'normalise', params: {} },
      { id: 'aggregate', step: 'aggregate', params: { default: { method: 'arithmetic' } } },
    ] as BuildStep[]).scores;

  it('CAGR of the index per unit, with the years used and the availability; a unit absent one year is missing there', () => {
    const years = [2018, 2019, 2020];
    const tables = [build(['R1', 'R2'], [50, 10]), build(['R1'], [55]), build(['R1', 'R2'], [60.5, NaN])];
    const trends = nodeTrends(years, tables, 'index', 'cagr');
    expect(trends[0]).toEqual({ unit: 'R1', value: expect.closeTo(0.1, 12), from: 2018, to: 2020, availability: 1 });
    expect(trends[1]).toEqual({ unit: 'R2', value: NaN, from: NaN, to: NaN, availability: 1 / 3 });
    expect(() => nodeTrends(years, tables, 'nope', 'cagr')).toThrow('trends: node "nope" is in none of the builds');
  });
});
