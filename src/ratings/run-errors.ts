/** The error every reader of a stored run throws when the run does not exist (the CLI exits 2, the API answers 404). */
export class RunNotFoundError extends Error {
  override readonly name = 'RunNotFoundError';
}
