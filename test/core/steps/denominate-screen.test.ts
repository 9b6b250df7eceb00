import { createDataset } from '../../../src/core/dataset.js';
import { runPipeline, type BuildStep } from '../../../src/core/pipeline.js';
import type { TreeNode } from '../../../src/core/tree.js';

const minMax = { method: 'min-max', range: [0, 100] };
const leaf = (id: string): TreeNode => ({
  id,
  parent: 'index',
  level: 1,
  weight: 1,
  indicator: { direction: 1, normaliser: minMax },
});
const tree = { nodes: [{ id: 'index', parent: null, level: 2, weight: 1 }, leaf('a'), leaf('b')], root: 'index' };

/**
 * Four regions: counts a, b and a population column (thousands of residents).
 *        a     b    pop
 *   R1  100   10     50
 *   R2  300  NaN    150
 *   R3   20    4      0      (zero denominator)
 *   R4   60    6    NaN      (missing denominator)
 */
const data = createDataset(
  ['R1', 'R2', 'R3', 'R4'],
  ['a', 'b', 'pop'],
  Float64Array.from([100, 10, 50, 300, NaN, 150, 20, 4, 0, 60, 6, NaN]),
);

const steps = (extra: BuildStep[]): BuildStep[] => [{ id: 'tree', step: 'tree', params: tree }, ...extra];
const column = (table: Float64Array, k: number, n = 4): number[] => Array.from(table.subarray(k * n, (k + 1) * n));

describe('denominate step', () => {
  it('divides by the data column times the scale; zero or missing denominators give missing values', () => {
    const state = runPipeline(
      data,
      steps([{ id: 'denominate', step: 'denominate', params: { indicators: { a: { by: 'pop', scale: 1000 } } } }]),
    ).state;
    // 1000·100/50 = 2000 per 1,000; 1000·300/150 = 2000; pop 0 and pop NaN → missing
    expect(column(state.denominated!, 0)).toEqual([2000, 2000, NaN, NaN]);
    // b is not denominated: copied as it is (with its own missing value)
    expect(column(state.denominated!, 1)).toEqual([10, NaN, 4, 6]);
    // the raw table is not touched
    expect(column(state.raw!, 0)).toEqual([100, 300, 20, 60]);
  });

  it('feeds imputation: a value lost to a zero denominator is imputed like any missing value', () => {
    const state = runPipeline(
      data,
      steps([
        { id: 'denominate', step: 'denominate', params: { indicators: { a: { by: 'pop' } } } },
        { id: 'impute', step: 'impute', params: { method: 'mean' } },
      ]),
    ).state;
    expect(column(state.imputed!, 0)).toEqual([2, 2, 2, 2]);
    expect(Array.from(state.imputedFlags!.subarray(0, 4))).toEqual([0, 0, 1, 1]);
  });

  it('names the indicator and the column when the data lacks the denominator, and rejects a bad scale', () => {
    expect(() =>
      runPipeline(
        data,
        steps([{ id: 'denominate', step: 'denominate', params: { indicators: { a: { by: 'population' } } } }]),
      ),
    ).toThrow('step "denominate": denominate: indicator "a": the data has no denominator column "population"');
    expect(() =>
      runPipeline(
        data,
        steps([{ id: 'denominate', step: 'denominate', params: { indicators: { a: { by: 'pop', scale: 0 } } } }]),
      ),
    ).toThrow(/scale must be a finite number > 0/);
  });
});

describe('screen step', () => {
  it('keeps units whose data availability reaches the threshold and records why', () => {
    // availability: R1 2/2, R2 1/2, R3 2/2, R4 2/2
    const result = runPipeline(data, steps([{ id: 'screen', step: 'screen', params: { threshold: 0.6 } }]));
    const s = result.state.screening!;
    expect(Array.from(s.availability)).toEqual([1, 0.5, 1, 1]);
    expect(Array.from(s.included)).toEqual([1, 0, 1, 1]);
    expect(s.reason).toEqual(['threshold', 'threshold', 'threshold', 'threshold']);
    // R2's values are gone from every later table
    expect(column(result.state.screened!, 0)).toEqual([100, NaN, 20, 60]);
  });

  it('a threshold equal to the availability keeps the unit (COINr drops a < dat_thresh only)', () => {
    const s = runPipeline(data, steps([{ id: 'screen', step: 'screen', params: { threshold: 0.5 } }])).state.screening!;
    expect(Array.from(s.included)).toEqual([1, 1, 1, 1]);
  });

  it('forces units in and out by name, whatever their data', () => {
    const s = runPipeline(
      data,
      steps([{ id: 'screen', step: 'screen', params: { threshold: 0.6, include: ['R2'], exclude: ['R4'] } }]),
    ).state.screening!;
    expect(Array.from(s.included)).toEqual([1, 1, 1, 0]);
    expect(s.reason).toEqual(['threshold', 'forced-in', 'threshold', 'forced-out']);
  });

  it('screens on the raw data or on the imputed data as asked', () => {
    const imputeThenScreen = (basis: 'raw' | 'imputed'): number[] =>
      Array.from(
        runPipeline(
          data,
          steps([
            { id: 'impute', step: 'impute', params: { method: 'mean' } },
            { id: 'screen', step: 'screen', params: { threshold: 0.6, basis } },
          ]),
        ).state.screening!.included,
      );
    expect(imputeThenScreen('raw')).toEqual([1, 0, 1, 1]);
    expect(imputeThenScreen('imputed')).toEqual([1, 1, 1, 1]);
  });

  it("a screened-out unit gets no score and no rank, and does not move the others' min-max", () => {
    const result = runPipeline(
      data,
      steps([
        { id: 'screen', step: 'screen', params: { threshold: 1 } },
        { id: 'normalise', step: 'normalise', params: {} },
        { id: 'aggregate', step: 'aggregate', params: { default: { method: 'arithmetic' } } },
        { id: 'rank', step: 'rank', params: { ties: 'min' } },
      ]),
    );
    // kept: R1, R3, R4; a: 100, 20, 60 → 100, 0, 50; b: 10, 4, 6 → 100, 0, 33.33
    expect(Array.from(result.scores.get('index'))).toEqual([100, NaN, 0, (50 + 100 / 3) / 2]);
    expect(Array.from(result.ranks.get('index'))).toEqual([1, NaN, 3, 2]);
  });

  it('rejects an unknown forced unit and a threshold outside [0, 1]', () => {
    expect(() =>
      runPipeline(data, steps([{ id: 'screen', step: 'screen', params: { threshold: 0.5, exclude: ['RX'] } }])),
    ).toThrow('screen: unit "RX" (forced out) is not in the data');
    expect(() => runPipeline(data, steps([{ id: 'screen', step: 'screen', params: { threshold: 1.5 } }]))).toThrow(
      /threshold must be in \[0, 1\]/,
    );
  });
});
