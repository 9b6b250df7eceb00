/**
 * The folder of the project's package.json (data/, the presets and the version live there), found from this module's
 * own place, so the same lookups work from the TypeScript sources (src/…) and the compiled output (dist/src/…).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project: projectPath('data', 'reference') → <root>/data/reference. */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}
