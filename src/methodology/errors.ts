/**
 * A problem with a methodology document, naming the JSON path of the problem:
 * `methodology: tree.children[2].weight: expected a number`.
 */
export class MethodologyError extends Error {
  override readonly name = 'MethodologyError';
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`methodology: ${path === '' ? '(document)' : path}: ${problem}`);
  }
}

/** Formats a zod-style path: ['tree', 'children', 2, 'weight'] -> 'tree.children[2].weight'. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc === '' ? String(key) : `${acc}.${String(key)}`),
    '',
  );
}
