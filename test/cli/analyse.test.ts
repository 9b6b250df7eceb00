import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { loadConfig } from '../../src/config.js';

const PRESET = new URL('../../data/methodologies/validation/asem-ua.json', import.meta.url).pathname;
const DATA = new URL('../fixtures/asem-ua/asem_iData.csv', import.meta.url).pathname;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    config: loadConfig({}),
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  };
  const code = await main(['node', 'egov', 'analyse', ...args], ctx);
  return { code, out, err };
}

describe('egov analyse', () => {
  it('gives the same report with --threads 2 as with --threads 1 for the same seed', async () => {
    const args = [
      '--methodology',
      PRESET,
      '--data',
      DATA,
      '--unit-column',
      'uCode',
      '--runs',
      '30',
      '--seed',
      '7',
      '--json',
    ];
    const one = await run([...args, '--threads', '1']);
    const two = await run([...args, '--threads', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const report = JSON.parse(one.out);
    expect(report.evaluations).toBe(30 * (2 + 2));
    expect(report.units).toHaveLength(51);
    expect(JSON.parse(two.out)).toEqual(report);
  });

  it('prints a summary, writes the per-unit CSV and takes a separate uncertainty file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'egov-analyse-'));
    const spec = join(dir, 'ua.json');
    writeFileSync(
      spec,
      JSON.stringify({
        runs: 10,
        design: 'monte-carlo',
        assumptions: [{ id: 'w', kind: 'weight-noise', levels: [2], factor: 0.1 }],
      }),
    );
    const out = join(dir, 'intervals.csv');
    const result = await run([
      '--methodology',
      PRESET,
      '--data',
      DATA,
      '--unit-column',
      'uCode',
      '--uncertainty',
      spec,
      '--threads',
      '1',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('runs N = 10, model evaluations 10 (monte-carlo');
    const lines = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // a monte-carlo design has no Sobol columns
    expect(lines[0]).toBe('unit,nominal_rank,median_rank,rank_lower,rank_upper,mean_abs_shift');
    expect(lines).toHaveLength(52);
    expect(lines[1].startsWith('DEU,1,')).toBe(true); // COINr's Index rank 1
  });

  it('adds per-unit Sobol columns to the CSV of a Saltelli design', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'egov-analyse-')), 'intervals.csv');
    const result = await run([
      '--methodology',
      PRESET,
      '--data',
      DATA,
      '--unit-column',
      'uCode',
      '--runs',
      '20',
      '--threads',
      '1',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const [header, first] = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header.split(',').slice(6)).toEqual([
      'sobol_first_weights',
      'sobol_total_weights',
      'sobol_resolved_weights',
      'sobol_first_aggregation',
      'sobol_total_aggregation',
      'sobol_resolved_aggregation',
    ]);
    // Germany is 1st in every replication: its rank never varies, so every index is 0 (a resolved 0)
    expect(first).toBe('DEU,1,1,1,1,0,0,0,yes,0,0,yes');
    expect(result.out).toContain('runs N = 20, model evaluations 80 = N·(k + 2) with k = 2');
    // every Sobol line is a share with its interval or says it is not resolved
    const sobol = result.out.split('\n').filter((l) => /^ {2}(weights|aggregation) /.test(l));
    expect(sobol).toHaveLength(2);
    for (const line of sobol)
      expect(line).toMatch(/\[-?[\d.]+, [\d.]+\] \/ [\d.]+ \[[\d.]+, [\d.]+\]$|not resolved at N = 20/);
  });

  it('exits 2 on bad input and names the problem', async () => {
    const missing = await run(['--methodology', PRESET]);
    expect(missing.code).toBe(2);
    const badRuns = await run(['--methodology', PRESET, '--data', DATA, '--unit-column', 'uCode', '--runs', 'many']);
    expect([badRuns.code, badRuns.err]).toEqual([2, expect.stringContaining('--runs')]);
    const dir = mkdtempSync(join(tmpdir(), 'egov-analyse-'));
    const spec = join(dir, 'ua.json');
    writeFileSync(spec, JSON.stringify({ assumptions: [{ id: 'w', kind: 'weight-noise', levels: [2], factor: 1.5 }] }));
    const badSpec = await run([
      '--methodology',
      PRESET,
      '--data',
      DATA,
      '--unit-column',
      'uCode',
      '--uncertainty',
      spec,
    ]);
    expect([badSpec.code, badSpec.err]).toEqual([2, expect.stringContaining('assumptions.0.factor')]);
  });
});
