/** The package version (package.json at the repository root), stamped on every publication. */
import { readFileSync } from 'node:fs';
import { projectPath } from '../../project-root.js';

export function softwareVersion(): string {
  const text = readFileSync(projectPath('package.json'), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
