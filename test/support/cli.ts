/** Runs the `egov` CLI in-process with captured output and a chosen configuration, or gives a child's arguments. */
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Config } from '../../src/config.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: readonly string[], config: Partial<Config> = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(['node', 'egov', ...args], {
    config: { dataDir: 'memory://', port: 0, reportsDir: 'reports', ...config },
    out: (text) => {
      out += text.endsWith('\n') ? text : `${text}\n`;
    },
    err: (text) => {
      err += text.endsWith('\n') ? text : `${text}\n`;
    },
  });
  return { code, out, err };
}

/**
 * node's arguments to run `egov ARGS` in a child process from the TypeScript sources (through tsx, from any working
 * directory), so tests never run a stale dist/: spawnSync(process.execPath, egovFromSources(['reference', 'load'])).
 */
export function egovFromSources(args: readonly string[]): string[] {
  return [
    '--import',
    new URL('./register-tsx.mjs', import.meta.url).href,
    fileURLToPath(new URL('../../src/cli/egov.ts', import.meta.url)),
    ...args,
  ];
}
