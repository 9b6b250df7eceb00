/**
 * Aggregation per tree level (as COINr's Aggregate by level): a node's own aggregation first, then its level's,
 * then the document's. Hand-worked on one unit with goalposts 0..100 (values pass through unchanged):
 *   x1 = 25, x2 = 100 → group a; x3 = 50, x4 = 50 → group b; index = mean of a and b.
 *   level 2 geometric: a = √(25·100) = 50, b = 50, index (arithmetic) = 50;
 *   everything arithmetic: a = 62.5, b = 50, index = 56.25.
 */
import { compileSteps, runPipeline } from '../../src/core/pipeline.js';
import { MethodologyError } from '../../src/methodology/errors.js';
import { loadMethodologyText } from '../../src/methodology/load.js';

const doc = (extra: Record<string, unknown>) =>
  JSON.stringify({
    format: 'egov-methodology/1',
    id: 'by-level',
    version: '1',
    name: 'by level',
    indicators: ['x1', 'x2', 'x3', 'x4'].map((id) => ({ id, direction: 1 })),
    tree: {
      id: 'index',
      children: [
        { id: 'a', children: [{ indicator: 'x1' }, { indicator: 'x2' }] },
        { id: 'b', children: [{ indicator: 'x3' }, { indicator: 'x4' }] },
      ],
    },
    normalisation: { method: 'goalposts', min: 0, max: 100, range: [0, 100] },
    aggregation: { method: 'arithmetic' },
    rounding: { decimals: 2 },
    rank: { ties: 'min' },
    ...extra,
  });

const scoresOf = (text: string) => {
  const loaded = loadMethodologyText(text);
  const result = runPipeline(
    { units: ['U1'], indicators: ['x1', 'x2', 'x3', 'x4'], values: Float64Array.from([25, 100, 50, 50]) },
    compileSteps(loaded.expanded),
  );
  return ['a', 'b', 'index'].map((id) => result.scores.get(id)[0]);
};

test('level 2 geometric: a = √(25·100) = 50, b = 50, index = 50 (all arithmetic: 62.5, 50, 56.25)', () => {
  expect(scoresOf(doc({}))).toEqual([62.5, 50, 56.25]);
  const [a, b, index] = scoresOf(doc({ aggregationByLevel: { '2': { method: 'geometric' } } }));
  expect(a).toBeCloseTo(50, 10);
  expect(b).toBeCloseTo(50, 10);
  expect(index).toBeCloseTo(50, 10);
});

test("a node's own aggregation wins over its level's", () => {
  const text = doc({ aggregationByLevel: { '2': { method: 'geometric' } } }).replace(
    '{"id":"a",',
    '{"id":"a","aggregation":{"method":"arithmetic"},',
  );
  const [a, b, index] = scoresOf(text);
  expect(a).toBeCloseTo(62.5, 10);
  expect(b).toBeCloseTo(50, 10);
  expect(index).toBeCloseTo(56.25, 10);
});

test('a level without aggregates, or an unknown method, is refused naming the level', () => {
  expect(() => loadMethodologyText(doc({ aggregationByLevel: { '4': { method: 'geometric' } } }))).toThrow(
    MethodologyError,
  );
  expect(() => loadMethodologyText(doc({ aggregationByLevel: { '4': { method: 'geometric' } } }))).toThrow(
    /aggregationByLevel\.4.*no aggregate node has level 4 \(levels: 2, 3\)/,
  );
  expect(() => loadMethodologyText(doc({ aggregationByLevel: { '2': { method: 'median' } } }))).toThrow(
    /aggregationByLevel\.2\.method.*unknown method "median"/,
  );
});
