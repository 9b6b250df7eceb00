/**
 * COINr's example coin (build_example_coin: Denominate, Impute by EurAsia_group mean, Screen at 90 %, Treat with
 * winmax 5, min-max 0–100, arithmetic means) expressed by data/methodologies/validation/asem-vignette.json, checked
 * (1) against the table COINr 1.1.14 documents in its "Presenting Results" vignette (get_results of the example coin,
 * six best units, every aggregate to 2 decimals), and (2) against a short reference computation written here
 * independently of the engine, for two indicators through every step.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { pipelineModel } from '../../src/core/analysis/pipeline-model.js';
import { compileSteps, requiredColumns, runPipeline } from '../../src/core/pipeline.js';
import { parseDatasetCsv } from '../../src/methodology/dataset-csv.js';
import { loadMethodologyText } from '../../src/methodology/load.js';
import { METHODOLOGIES } from './read-fixture.js';

const ASEM = new URL('../fixtures/asem-ua/', import.meta.url).pathname;
const methodology = loadMethodologyText(readFileSync(`${METHODOLOGIES}validation/asem-vignette.json`, 'utf8'));
const input = parseDatasetCsv(readFileSync(`${ASEM}asem_iData.csv`, 'utf8'), {
  columns: requiredColumns(methodology.expanded),
  unitColumn: 'uCode',
  groupColumns: ['EurAsia_group'],
});
const log = compileSteps(methodology.expanded);
const result = runPipeline(input, log);
const records = parse(readFileSync(`${ASEM}asem_iData.csv`, 'utf8'), { columns: true }) as Record<string, string>[];
const meta = parse(readFileSync(`${ASEM}asem_iMeta.csv`, 'utf8'), { columns: true }) as Record<string, string>[];

describe("COINr's example coin as one methodology file", () => {
  it('compiles to the build of build_example_coin, with every denomination in the log', () => {
    expect(log.map((s) => s.id)).toEqual([
      'tree',
      'denominate',
      'impute',
      'screen',
      'transform',
      'treat-outliers',
      'normalise',
      'weights',
      'aggregate',
      'rank',
    ]);
    const expected = Object.fromEntries(
      meta.filter((r) => r.Type === 'Indicator' && r.Denominator !== 'NA').map((r) => [r.iCode, { by: r.Denominator }]),
    );
    expect(Object.keys(expected)).toHaveLength(17);
    expect(log[1].params).toEqual({ indicators: expected });
    expect(log[3].params).toEqual({ threshold: 0.9, basis: 'imputed' });
  });

  it("reproduces COINr's documented results table (get_results of the example coin, 2 decimals)", () => {
    const columns = [
      'Index',
      'Conn',
      'Sust',
      'Physical',
      'ConEcFin',
      'Political',
      'Instit',
      'P2P',
      'Environ',
      'Social',
      'SusEcFin',
    ];
    const documented: Record<string, [number, number[]]> = {
      CHE: [1, [68.38, 62.79, 73.98, 63.41, 32.87, 74.78, 85.94, 56.93, 77.21, 87.85, 56.88]],
      NLD: [2, [64.82, 61.94, 67.7, 64.87, 46.62, 84.55, 71.74, 41.92, 58.73, 86.58, 57.78]],
      DNK: [3, [64.8, 57.1, 72.51, 50.52, 30.43, 78.13, 75.35, 51.04, 69.83, 86.4, 61.29]],
      NOR: [4, [64.47, 57.44, 71.5, 58.18, 25.7, 80.03, 89.46, 33.8, 70.9, 87.0, 56.59]],
      BEL: [5, [63.54, 63.99, 63.09, 71.97, 48.22, 80.84, 75.6, 43.32, 53.01, 86.17, 50.09]],
      SWE: [6, [63.0, 53.87, 72.12, 51.51, 23.87, 80.98, 74.51, 38.5, 66.37, 87.74, 62.27]],
    };
    for (const [unit, [rank, values]] of Object.entries(documented)) {
      const u = input.units.indexOf(unit);
      expect(result.ranks.get('Index')[u]).toBe(rank);
      columns.forEach((node, i) => expect(Math.round(result.scores.get(node)[u] * 100) / 100).toBe(values[i]));
    }
  });

  it('screens nobody out: after group-mean imputation every unit has all 49 indicators (COINr: "Screened (51 units)")', () => {
    expect(Array.from(result.state.screening!.included).every((k) => k === 1)).toBe(true);
    expect(result.ranks.get('Index').filter((r) => r >= 1)).toHaveLength(51);
  });

  it.each([
    ['Flights', 'Population'],
    ['ConSpeed', null],
    ['Services', 'GDP'],
  ] as const)(
    'normalises %s as a reference computation of denominate → group mean → Treat → min-max does',
    (indicator, denominator) => {
      const units = records.map((r) => r.uCode);
      const value = (r: Record<string, string>, c: string): number => (r[c] === 'NA' ? NaN : Number(r[c]));
      const x = records.map((r) => (denominator ? value(r, indicator) / value(r, denominator) : value(r, indicator)));
      const groups = records.map((r) => r.EurAsia_group);
      const groupMean = (g: string): number => {
        const v = x.filter((xi, i) => groups[i] === g && !Number.isNaN(xi));
        return v.reduce((a, b) => a + b, 0) / v.length;
      };
      const imputed = x.map((xi, i) => (Number.isNaN(xi) ? groupMean(groups[i]) : xi));
      const treated = referenceTreat(imputed, 5);
      const lo = Math.min(...treated);
      const hi = Math.max(...treated);
      const expected = treated.map((t) => (100 * (t - lo)) / (hi - lo));
      const engine = result.scores.get(indicator);
      units.forEach((unit, i) => expect(engine[input.units.indexOf(unit)]).toBeCloseTo(expected[i], 10));
    },
  );

  it('runs the four uncertain assumptions of the sensitivity vignette from the same file', () => {
    const spec = methodology.document.uncertainty!;
    expect(spec.assumptions.map((a) => a.id)).toEqual(['winmax', 'normalisation', 'weights', 'aggregation']);
    const model = pipelineModel({ dataset: input, log, spec: { ...spec, target: 'Index' } as never });
    // winmax 1 (uniform 0.1), z-score 10/2 (0.9), weights as logged (all uniforms 0.5 → × 1), geometric (0.9):
    const ranks = new Float64Array(51);
    model.evaluate(
      model.dimensions.map((d, i) => new Float64Array(d).fill([0.1, 0.9, 0.5, 0.9][i])),
      ranks,
    );
    expect(new Set(ranks)).toEqual(new Set(Array.from({ length: 51 }, (_, i) => i + 1)));
    // the same edits as a plain replay of the edited log give the same ranks
    const edited = log.map((s) =>
      s.id === 'treat-outliers'
        ? { ...s, params: { ...(s.params as object), winmax: 1 } }
        : s.id === 'normalise'
          ? { ...s, params: { all: { method: 'z-score', mean: 10, sd: 2 } } }
          : s.id === 'aggregate'
            ? { ...s, params: { ...(s.params as object), all: { method: 'geometric' } } }
            : s,
    );
    expect(Array.from(ranks)).toEqual(Array.from(runPipeline(input, edited).ranks.get('Index')));
  });
});

/** COINr's Treat() defaults, written out again for the check: e1071 type-2 moments, winsorise by points, else log_CT. */
function referenceTreat(x0: number[], winmax: number): number[] {
  const moments = (v: number[]): [number, number] => {
    const n = v.length;
    const m = v.reduce((a, b) => a + b, 0) / n;
    const d = v.map((vi) => vi - m);
    const s2 = d.reduce((a, b) => a + b * b, 0);
    const g1 = ((Math.sqrt(n) * d.reduce((a, b) => a + b ** 3, 0)) / s2 ** 1.5) * (Math.sqrt(n * (n - 1)) / (n - 2));
    const r = (n * d.reduce((a, b) => a + b ** 4, 0)) / s2 ** 2;
    return [g1, (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3))];
  };
  const pass = (v: number[]): boolean => {
    const [s, k] = moments(v);
    return Math.abs(s) < 2 || k < 3.5;
  };
  if (pass(x0)) return x0;
  let x = x0.slice();
  let nwin = 0;
  let hiCount = 0;
  let loCount = 0;
  while (!pass(x) && nwin < winmax) {
    if (moments(x)[0] >= 0) {
      const max = Math.max(...x);
      const next = Math.max(...x.filter((v) => v !== max));
      hiCount = x.filter((v) => v === max).length;
      x = x.map((v) => (v === max ? next : v));
    } else {
      const min = Math.min(...x);
      const next = Math.min(...x.filter((v) => v !== min));
      loCount = x.filter((v) => v === min).length;
      x = x.map((v) => (v === min ? next : v));
    }
    nwin = hiCount + loCount;
  }
  if (pass(x)) return x;
  const lo = Math.min(...x0);
  const hi = Math.max(...x0);
  return x0.map((v) => Math.log(v - lo + 0.01 * (hi - lo)));
}
