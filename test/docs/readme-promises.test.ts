/**
 * What README.md and docs/api.md promise matches what the code produces: the demo dataset's licence is the one its
 * outputs carry, and every error code the web layer can answer with is listed in docs/api.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYNTHETIC_DATA_LICENCE } from '../../src/demo/data-licence.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

test('README states the licence the demo outputs carry', () => {
  const row = read('README.md')
    .split('\n')
    .find((line) => line.startsWith('| demo dataset'));
  expect(row).toContain(`synthetic, ${SYNTHETIC_DATA_LICENCE}`);
  expect(read('src/report/load-model.ts')).toContain('licence: SYNTHETIC_DATA_LICENCE,');
});

test('docs/api.md lists every error code the web layer answers with', () => {
  const codes = new Set<string>();
  for (const file of sourceFiles('src/web')) {
    const text = readFileSync(file, 'utf8');
    for (const [, code] of text.matchAll(/AppError\('([a-z_]+)'/g)) codes.add(code!);
    for (const [, code] of text.matchAll(/\bcode: '([a-z_]+)'/g)) codes.add(code!);
  }
  // Publishing failures keep their own codes; body-parser errors become their type with '_' (errors.ts).
  const failures = /PUBLISH_FAILURES = ([^;]+);/.exec(read('src/ratings/publish.ts'))![1]!;
  for (const [, code] of failures.matchAll(/'([a-z_]+)'/g)) codes.add(code!);
  codes.add('entity_too_large').add('entity_parse_failed');
  expect(codes.size).toBeGreaterThan(10);
  const documented = read('docs/api.md');
  expect([...codes].filter((code) => !documented.includes(`\`${code}\``)).sort()).toEqual([]);
});
