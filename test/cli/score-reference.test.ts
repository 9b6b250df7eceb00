/**
 * `egov score` with a methodology whose templates iterate over the reference lists works from any working
 * directory: the lists default to the package's data/reference (found from the module, not from ./data/reference);
 * a --reference folder that does not exist is refused by name (exit 2), not read as "no lists".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { egovFromSources } from '../support/cli.js';

const elsewhere = mkdtempSync(join(tmpdir(), 'egov-score-cwd-'));
// One indicator and one leaf per stage of data/reference/stages.csv.
const methodology = {
  format: 'egov-methodology/1',
  id: 'stages',
  version: '1',
  name: 'two stages from the reference list',
  indicators: [{ forEach: 'stage', id: '{stage.id}', direction: 1 }],
  tree: { id: 'index', children: [{ forEach: 'stage', indicator: '{stage.id}' }] },
  normalisation: { method: 'min-max', range: [0, 1] },
  aggregation: { method: 'arithmetic' },
  rounding: { decimals: 2 },
  rank: { ties: 'min', decimals: 2 },
};
const stages = readFileSync(new URL('../../data/reference/stages.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0]);

function score(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, egovFromSources(['score', ...args]), {
    cwd: elsewhere,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
}

beforeAll(() => {
  writeFileSync(join(elsewhere, 'm.json'), JSON.stringify(methodology));
  const header = ['unit', ...stages].join(',');
  const rows = ['X', 'Y', 'Z'].map((unit, u) => [unit, ...stages.map((_, s) => String((u + s) % 3))].join(','));
  writeFileSync(join(elsewhere, 'data.csv'), [header, ...rows].join('\n') + '\n');
});

test('outside the repository, the templates expand over the package reference lists', () => {
  const run = score('--methodology', 'm.json', '--data', 'data.csv', '--json');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(
    JSON.parse(run.stdout)
      .top.map((r: { unit: string }) => r.unit)
      .sort(),
  ).toEqual(['X', 'Y', 'Z']);
});

test('a --reference folder that does not exist is refused by name', () => {
  const run = score('--methodology', 'm.json', '--data', 'data.csv', '--reference', 'no-such-folder');
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('reference folder no-such-folder does not exist');
});
