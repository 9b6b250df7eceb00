/** The `egov` command line: one file per command under src/cli/commands, registered here. */
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config.js';
import type { CliContext } from './context.js';
import { EXIT_FAILURE, EXIT_INVALID_INPUT, EXIT_OK, InputError, NotAvailableError } from './errors.js';
import { COMMANDS } from './commands/index.js';

export async function main(argv: readonly string[], ctx?: CliContext): Promise<number> {
  let context: CliContext;
  try {
    context = ctx ?? {
      config: loadConfig(),
      out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
      err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    };
  } catch (error) {
    process.stderr.write(`egov: ${(error as Error).message}\n`);
    return EXIT_INVALID_INPUT;
  }
  const program = new Command('egov')
    .description('egov-monitor: monitoring and rating of e-government services in Russia\'s regions')
    .exitOverride()
    .configureOutput({ writeOut: (s) => context.out(s), writeErr: (s) => context.err(s) });
  for (const register of COMMANDS) register(program, context);
  try {
    await program.parseAsync([...argv]);
    return EXIT_OK;
  } catch (error) {
    return exitCodeFor(error, context);
  }
}

function exitCodeFor(error: unknown, ctx: CliContext): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return EXIT_OK;
    return EXIT_INVALID_INPUT;
  }
  if (error instanceof InputError) {
    ctx.err(`egov: ${error.message}`);
    return EXIT_INVALID_INPUT;
  }
  if (error instanceof NotAvailableError) {
    ctx.err(`egov: ${error.message}`);
    return EXIT_FAILURE;
  }
  ctx.err(`egov: ${(error as Error)?.message ?? String(error)}`);
  if (process.env.EGOV_DEBUG) ctx.err(String((error as Error)?.stack));
  return EXIT_FAILURE;
}
