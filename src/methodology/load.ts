/** Loading a methodology file: read, parse JSON, validate, hash, expand. The only file I/O of src/methodology. */
import { readFile } from 'node:fs/promises';
import { MethodologyError } from './errors.js';
import type { ExpandedDocument } from './expand.js';
import { expandMethodology, parseMethodology } from './expand.js';
import { methodologyHash } from './hash.js';
import type { Methodology } from './schema.js';
import type { Lists } from './templates.js';

export interface LoadedMethodology extends ExpandedDocument {
  /** The document as written (with its templates). */
  readonly source: Methodology;
  /** sha256 of the canonical JSON of the document as written. */
  readonly hash: string;
}

/**
 * Parses, validates, hashes and expands a methodology given as JSON text.
 * @throws MethodologyError for invalid JSON or a document that fails validation (the message names the JSON path).
 */
export function loadMethodologyText(text: string, lists: Lists = {}): LoadedMethodology {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MethodologyError('', `not valid JSON (${(error as Error).message})`);
  }
  const source = parseMethodology(json);
  return { ...expandMethodology(source, lists), source, hash: methodologyHash(json) };
}

/** Reads a methodology file. @throws MethodologyError as loadMethodologyText, or when the file cannot be read. */
export async function loadMethodologyFile(path: string, lists: Lists = {}): Promise<LoadedMethodology> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new MethodologyError(
      '',
      `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return loadMethodologyText(text, lists);
}
