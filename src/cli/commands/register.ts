import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/** Each command file exports one of these; the action throws InputError for exit code 2. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;
