/**
 * Errors shared by every layer, in four kinds:
 * - `InputError`: invalid input from a user (a file, a flag, a request, a methodology): the CLI exits 2, the HTTP
 *   API answers 400, and nothing is written;
 * - `MethodError` (src/core/errors.ts, thrown by the pure core): a method cannot be applied to these data, naming the
 *   step, node and unit: also exit 2 / 400, nothing written;
 * - `OperationalError`: the environment failed (the database cannot be reached): the CLI exits 1 with the message;
 * - anything else is a bug: the CLI exits 1 (with the stack under --debug), the API answers 500.
 */
export { MethodError } from './core/errors.js';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/**
 * The environment failed, not the input and not the program: the database cannot be reached, a service refused.
 * The CLI prints the message as it is and exits 1, without calling it an internal error.
 */
export class OperationalError extends Error {
  override readonly name: string = 'OperationalError';
}
