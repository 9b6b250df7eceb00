/** The package version (package.json at the repository root), stamped on every publication. */
import { readFileSync } from 'node:fs';

export function softwareVersion(): string {
  const text = readFileSync(new URL('../../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
