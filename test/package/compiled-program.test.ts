import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed program runs compiled JavaScript (dist/, built by the prepare script of npm install / npm ci) and
 * loads only what the command needs. These tests build dist/ first (tsc is incremental: quick when it is current), so
 * they never judge a stale build, then run bin/egov.js as a user does, recording every module the process (and its
 * worker threads) loads.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (path: string): string => join(root, path);
const HEAVY =
  /\/node_modules\/(kysely|pg|pg-copy-streams|@electric-sql|kysely-pglite-dialect|@napi-rs|chart\.js|exceljs|danfojs|express)\//;
const DATABASE = /\/node_modules\/(kysely|pg|pg-copy-streams|@electric-sql|kysely-pglite-dialect)\//;

interface Traced {
  status: number | null;
  stdout: string;
  stderr: string;
  loaded: string[];
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Traced {
  const trace = join(mkdtempSync(join(tmpdir(), 'egov-trace-')), 'imports.txt');
  const child = spawnSync(process.execPath, ['--import', at('test/support/trace-imports.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', ...env, EGOV_TRACE_IMPORTS: trace },
  });
  let loaded: string[] = [];
  try {
    loaded = readFileSync(trace, 'utf8').trim().split('\n');
  } catch {
    /* nothing loaded */
  }
  return { status: child.status, stdout: child.stdout, stderr: child.stderr, loaded };
}

beforeAll(() => {
  execFileSync(process.execPath, [at('node_modules/typescript/bin/tsc'), '-p', at('tsconfig.build.json')], {
    cwd: root,
    stdio: 'pipe',
  });
}, 600_000);

describe('the compiled program', () => {
  test('egov --help lists every command and loads no database, chart, spreadsheet or web code, nor TypeScript', () => {
    const help = run([at('bin/egov.js'), '--help']);
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    for (const command of [
      'reference',
      'demo',
      'ingest',
      'score',
      'rate',
      'analyse',
      'export',
      'publish',
      'serve',
      'token',
      'programme',
    ]) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect(help.loaded).toContain(`file://${at('dist/src/cli/main.js')}`);
    expect(help.loaded.filter((url) => HEAVY.test(url) || /\/src\/(db|report|web|ingest|ratings)\//.test(url))).toEqual(
      [],
    );
    expect(help.loaded.filter((url) => /\.ts$|\/node_modules\/tsx\//.test(url))).toEqual([]);
  });

  test('egov score reproduces the UN EGDI 2018 without loading database code', () => {
    const score = run([
      at('bin/egov.js'),
      'score',
      '--methodology',
      'data/methodologies/un-egdi.json',
      '--data',
      'test/fixtures/validation/egdi-2018.csv',
      '--json',
    ]);
    expect(score.stderr).toBe('');
    expect(score.status).toBe(0);
    // the 2018 survey: Denmark first with EGDI 0.9150, Australia second with 0.9053
    expect(JSON.parse(score.stdout).top.slice(0, 2)).toMatchObject([
      { unit: 'DNK', rank: 1, scoreRounded: 0.915 },
      { unit: 'AUS', rank: 2, scoreRounded: 0.9053 },
    ]);
    expect(score.loaded.filter((url) => DATABASE.test(url) || /\.ts$|\/node_modules\/tsx\//.test(url))).toEqual([]);
    // a plainly valid methodology is checked without zod (src/methodology/plain-check.ts), and neither explanation
    // nor what-if code is loaded when not asked for
    expect(score.loaded.filter((url) => /\/node_modules\/zod\/|\/src\/core\/(explain|what-if)\.js$/.test(url))).toEqual(
      [],
    );
  });

  test('a bad environment stops a command with exit 2 naming the variable, but not the help', () => {
    expect(run([at('bin/egov.js'), '--help'], { PORT: 'eighty' }).status).toBe(0);
    const bad = run([at('bin/egov.js'), 'reference', 'load'], { PORT: 'eighty' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^egov: invalid environment configuration: PORT/);
  });

  test('analysis worker threads run the compiled module and give the one-thread ranks', () => {
    const worker = run([at('test/package/support/compiled-worker.mjs')]);
    expect(worker.stderr).toBe('');
    expect(JSON.parse(worker.stdout)).toEqual({ evaluations: 160, same: true });
    expect(worker.loaded).toContain(`file://${at('dist/src/robustness-runs/evaluation-worker.js')}`);
    expect(worker.loaded.filter((url) => /\.ts$|\/node_modules\/tsx\//.test(url))).toEqual([]);
  });
});
