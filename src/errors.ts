/**
 * Errors shared by every layer, in three kinds:
 * - `InputError`: invalid input from a user (a file, a flag, a request, a methodology): the CLI exits 2, the HTTP
 *   API answers 400, and nothing is written;
 * - `MethodError` (src/core/errors.ts, thrown by the pure core): a method cannot be applied to these data, naming the
 *   step, node and unit: also exit 2 / 400, nothing written;
 * - anything else is a bug: the CLI exits 1 (with the stack under --debug), the API answers 500.
 */
export { MethodError } from './core/errors.js';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string, readonly details?: unknown) {
    super(message);
  }
}
