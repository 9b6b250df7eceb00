/**
 * The error kinds of the CLI: invalid input and a method that cannot be applied to the data exit 2 with nothing
 * written (the method error names step, node and unit); anything else is a bug: exit 1, with its stack under --debug.
 * `egov score --out` writes only after scoring, explanation and what-if all succeeded.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitCodeFor } from '../../src/cli/main.js';
import { MethodError } from '../../src/core/errors.js';
import { createDataset } from '../../src/core/dataset.js';
import { runPipeline } from '../../src/core/pipeline.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'egov-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function methodology(aggregation: object): string {
  const file = join(dir, `m-${JSON.stringify(aggregation).length}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      format: 'egov-methodology/1',
      id: 'errors',
      version: '1',
      name: 'errors',
      indicators: [
        { id: 'a', direction: 1 },
        { id: 'b', direction: 1 },
      ],
      tree: { id: 'index', children: [{ indicator: 'a' }, { indicator: 'b' }] },
      normalisation: { method: 'goalposts', min: 0, max: 10, range: [0, 100] },
      aggregation,
      rounding: { decimals: 2 },
      rank: { ties: 'min', decimals: 2 },
    }),
  );
  return file;
}
const data = join(dir, 'data.csv');
// B's a = 0 normalises to 0: a geometric mean cannot take it
writeFileSync(data, 'unit,a,b\nA,5,5\nB,0,8\nC,9,1\n');

describe('CLI error kinds', () => {
  test('a method that cannot be applied exits 2 naming step, node and unit, and writes nothing', async () => {
    const out = join(dir, 'geometric.csv');
    const result = await runCli([
      'score',
      '--methodology',
      methodology({ method: 'geometric' }),
      '--data',
      data,
      '--out',
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      'the method cannot be applied to these data: step "aggregate", node "index", unit "B"',
    );
    expect(existsSync(out)).toBe(false);
  });

  test('score --out writes nothing when a later step (what-if) fails', async () => {
    const out = join(dir, 'what-if.csv');
    const result = await runCli([
      'score',
      '--methodology',
      methodology({ method: 'arithmetic' }),
      '--data',
      data,
      '--out',
      out,
      '--weight',
      'nosuch=2',
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown node "nosuch"');
    expect(existsSync(out)).toBe(false);
    const unknownUnit = await runCli([
      'score',
      '--methodology',
      methodology({ method: 'arithmetic' }),
      '--data',
      data,
      '--out',
      out,
      '--explain',
      'Z',
    ]);
    expect([unknownUnit.code, unknownUnit.err]).toEqual([2, expect.stringContaining('--explain: no unit "Z"')]);
    expect(existsSync(out)).toBe(false);
    const ok = await runCli([
      'score',
      '--methodology',
      methodology({ method: 'arithmetic' }),
      '--data',
      data,
      '--out',
      out,
      '--explain',
      'B',
    ]);
    expect(ok.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  test('the core throws its own MethodError; a bug is not one', () => {
    const dataset = createDataset(['A', 'B'], ['a'], Float64Array.from([1, 1]));
    const log = [
      {
        id: 'tree',
        step: 'tree' as const,
        params: {
          root: 'i',
          nodes: [
            { id: 'i', parent: null, level: 2, weight: 1 },
            {
              id: 'a',
              parent: 'i',
              level: 1,
              weight: 1,
              indicator: { direction: 1, normaliser: { method: 'min-max' } },
            },
          ],
        },
      },
      { id: 'normalise', step: 'normalise' as const, params: {} },
    ];
    // min-max of a constant column cannot be applied
    expect(() => runPipeline(dataset, log)).toThrow(MethodError);
    expect(() => runPipeline(dataset, log)).toThrow(/step "normalise"/);
  });

  test('a bug exits 1, with its stack only under --debug', () => {
    const lines: string[] = [];
    const bug = new TypeError('cannot read properties of undefined');
    expect(exitCodeFor(bug, (t) => lines.push(t), false)).toBe(1);
    expect(lines.join('\n')).toContain(
      'internal error: cannot read properties of undefined (run with --debug for the stack)',
    );
    expect(lines.join('\n')).not.toContain('at ');
    lines.length = 0;
    expect(exitCodeFor(bug, (t) => lines.push(t), true)).toBe(1);
    expect(lines.join('\n')).toContain('TypeError: cannot read properties of undefined\n    at ');
    expect(exitCodeFor(new MethodError('x', { node: 'n' }), () => undefined, false)).toBe(2);
  });
});
