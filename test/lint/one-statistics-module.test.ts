/**
 * One statistics module: medians, quantiles, skewness and variance are defined in src/core/stats only (issue 14,
 * item 9: there were six medians, two quantile functions with different edge cases and two skewness definitions).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const STATS = join(ROOT, 'src/core/stats');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

const NAME = String.raw`(\w*(?:median|quantile|percentile|skew|variance|kurtosis)\w*)`;
/** A function (declaration or arrow) whose name says it computes one of the statistics of src/core/stats. */
const DEFINITION = new RegExp(
  String.raw`function\s+${NAME}\s*[<(]|(?:const|let)\s+${NAME}\s*=\s*(?:async\s+)?(?:\([^)]*\)|\w+)\s*(?::\s*[^=;]+)?=>`,
  'gi',
);

test('no median, quantile, skewness or variance is defined outside src/core/stats', () => {
  const found = sourceFiles(join(ROOT, 'src'))
    .filter((file) => !file.startsWith(`${STATS}/`))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(DEFINITION)].map((m) => `${relative(ROOT, file)}: ${m[1] ?? m[2]}`),
    );
  expect(found).toEqual([]);
});

test('the check finds a definition when there is one', () => {
  const sample = [
    'function median(values: number[]) {}',
    'const columnMedian = (x: number[]): number => 0;',
    'const medianRank = ranks[k];',
    'export const sampleSkew = x => 0;',
  ].join('\n');
  expect([...sample.matchAll(DEFINITION)].map((m) => m[1] ?? m[2])).toEqual(['median', 'columnMedian', 'sampleSkew']);
});
