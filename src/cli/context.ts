/** What every command receives: output streams and configuration; commands never touch process.* directly. */
import type { Config } from '../config.js';

export interface CliContext {
  readonly config: Config;
  out(text: string): void;
  err(text: string): void;
}

/** Prints a machine-readable result under --json, else the human summary. */
export function report(ctx: CliContext, json: boolean, value: unknown, human: string): void {
  ctx.out(json ? JSON.stringify(value, null, 2) : human);
}
