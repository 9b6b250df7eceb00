/**
 * The `egov` command line: one file per command under src/cli/commands. Only the command that runs is loaded (with
 * the environment configuration it needs); the help lists the others by name and summary, loading none of them.
 */
import { Command, CommanderError } from 'commander';
import type { CliContext } from './context.js';
import { EXIT_FAILURE, EXIT_INVALID_INPUT, EXIT_OK, InputError, MethodError, OperationalError } from './errors.js';
import { COMMANDS, commandOf } from './commands/index.js';

export async function main(argv: readonly string[], ctx?: CliContext): Promise<number> {
  const out =
    ctx?.out ??
    ((text: string) => {
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    });
  const err =
    ctx?.err ??
    ((text: string) => {
      process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    });
  const program = new Command('egov')
    .description("egov-monitor: monitoring and rating of e-government services in Russia's regions")
    .option('--debug', 'on an internal error, print its stack')
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err });
  const command = commandOf(argv);
  let context: CliContext | undefined = ctx;
  if (command && !context) {
    try {
      context = { config: (await import('../config.js')).loadConfig(), out, err };
    } catch (error) {
      err(`egov: ${(error as Error).message}`);
      return EXIT_INVALID_INPUT;
    }
  }
  try {
    if (command) (await command.load())(program, context!);
    else for (const { name, summary } of COMMANDS) program.command(name).description(summary);
    await program.parseAsync([...argv]);
    return EXIT_OK;
  } catch (error) {
    return exitCodeFor(error, err, argv.includes('--debug') || Boolean(process.env.EGOV_DEBUG));
  }
}

/**
 * Exit code and message of a failed command: 2 for invalid input and for a method that cannot be applied to the
 * data (the message names step, node and unit), 1 for an operational failure (the database cannot be reached: the
 * message as it is) and for anything else, which is a bug: its stack is printed with --debug (or EGOV_DEBUG).
 */
export function exitCodeFor(error: unknown, err: (text: string) => void, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0)
      return EXIT_OK;
    return EXIT_INVALID_INPUT;
  }
  if (error instanceof InputError) {
    err(`egov: ${error.message}`);
    return EXIT_INVALID_INPUT;
  }
  if (error instanceof MethodError) {
    err(`egov: the method cannot be applied to these data: ${error.message}`);
    return EXIT_INVALID_INPUT;
  }
  if (error instanceof OperationalError) {
    err(`egov: ${error.message}`);
    return EXIT_FAILURE;
  }
  err(
    `egov: internal error: ${(error as Error)?.message ?? String(error)}${debug ? '' : ' (run with --debug for the stack)'}`,
  );
  if (debug) err(String((error as Error)?.stack));
  return EXIT_FAILURE;
}
