/**
 * Errors shared by every layer. `InputError` is invalid input from a user (a file, a flag, a request, a
 * methodology): the CLI exits 2 and the HTTP API answers 400, and nothing is written.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string, readonly details?: unknown) {
    super(message);
  }
}
