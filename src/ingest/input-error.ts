/**
 * One error-message format for every refused input: `FILE:LINE: column "COL": REASON`, or `FILE:LINE:CHAR: REASON`
 * for a syntax error at a character of the line (CSV quoting). A refused file is invalid
 * input (exit code 2, nothing written), so these are `InputError`s.
 */
import { InputError } from '../errors.js';

export interface InputLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  /** 1-based character position in the line (syntax errors). */
  readonly character?: number;
}

export function formatLocation(at: InputLocation): string {
  const line = at.line === undefined ? '' : `:${at.line}${at.character === undefined ? '' : `:${at.character}`}`;
  const column = at.column ? ` column "${at.column}":` : '';
  return `${at.file}${line}:${column}`;
}

/** Builds the InputError for a file that cannot be read at all (encoding, structure, limits, hostile content). */
export function fileInputError(at: InputLocation, reason: string): InputError {
  return new InputError(`${formatLocation(at)} ${reason}`, { ...at, reason });
}
