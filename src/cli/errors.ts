/** Exit codes of every `egov` command: 0 success, 2 invalid input (nothing written), 1 any other failure. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID_INPUT = 2;

/** Invalid input from the user: exit code 2 and nothing is written (defined in src/errors.ts for every layer). */
export { InputError, MethodError, OperationalError } from '../errors.js';
