/**
 * The export no longer pays for exceljs (0.5–0.7 s of CPU to load under load, on top of its seconds of writing):
 * loading the publication's module graph and writing the workbook loads no exceljs module. exceljs remains the
 * reader of uploaded forms and the writer of the campaign's small workbooks.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('writing the publication workbook loads no exceljs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'egov-no-exceljs-'));
  try {
    const trace = join(dir, 'imports.txt');
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        join(root, 'test/support/trace-imports.mjs'),
        join(root, 'test/xlsx-writer/write-fixture-workbook.ts'),
        dir,
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', EGOV_TRACE_IMPORTS: trace } },
    );
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('rating-2018-SYNTHETIC.xlsx');
    const loaded = readFileSync(trace, 'utf8').trim().split('\n');
    expect(loaded.some((url) => url.includes('/src/report/write-publication.ts'))).toBe(true);
    expect(loaded.filter((url) => url.includes('/node_modules/exceljs/'))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
