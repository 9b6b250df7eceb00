/**
 * One error-message format for every refused input: `FILE:LINE: column "COL": REASON`. A refused file is invalid
 * input (exit code 2, nothing written), so these are `InputError`s.
 */
import { InputError } from '../errors.js';

export interface InputLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
}

export function formatLocation(at: InputLocation): string {
  const line = at.line === undefined ? '' : `:${at.line}`;
  const column = at.column ? ` column "${at.column}":` : '';
  return `${at.file}${line}:${column}`;
}

/** Builds the InputError for a file that cannot be read at all (encoding, structure, limits, hostile content). */
export function fileInputError(at: InputLocation, reason: string): InputError {
  return new InputError(`${formatLocation(at)} ${reason}`, { ...at, reason });
}
