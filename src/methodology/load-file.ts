/**
 * Reading a methodology file: read, parse JSON, validate, hash, expand. A plainly valid document (plain-check.ts) is
 * loaded without zod; any other loads the schema (parse.ts), which accepts it or names its first problem. So
 * `egov score` on a valid methodology does not load zod.
 */
import { readFile } from 'node:fs/promises';
import { MethodologyError } from './errors.js';
import type { ExpandedDocument, ParseMethodology } from './expand.js';
import { expandWith } from './expand.js';
import { methodologyHash } from './hash.js';
import { plainMethodology } from './plain-check.js';
import type { Methodology } from './schema.js';
import type { Lists } from './templates.js';

export interface LoadedMethodology extends ExpandedDocument {
  /** The document as written (with its templates). */
  readonly source: Methodology;
  /** sha256 of the canonical JSON of the document as written. */
  readonly hash: string;
}

/** The JSON value of a methodology text. @throws MethodologyError when it is not valid JSON. */
export function methodologyJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new MethodologyError('', `not valid JSON (${(error as Error).message})`);
  }
}

/** Validates (with `parse`), hashes and expands a methodology's JSON value. */
export function loadedMethodology(json: unknown, lists: Lists, parse: ParseMethodology): LoadedMethodology {
  const source = parse(json);
  return { ...expandWith(source, lists, parse), source, hash: methodologyHash(json) };
}

/** Thrown by the quick parser for a document it cannot vouch for; never leaves this module. */
const ASK_THE_SCHEMA = Symbol('ask the schema');

const quickParse: ParseMethodology = (json) => {
  const plain = plainMethodology(json);
  if (!plain) throw ASK_THE_SCHEMA;
  return plain;
};

/**
 * Reads a methodology file. @throws MethodologyError for a file that cannot be read, invalid JSON or a document that
 * fails validation (the message names the JSON path).
 */
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
  const json = methodologyJson(text);
  try {
    return loadedMethodology(json, lists, quickParse);
  } catch (error) {
    if (error !== ASK_THE_SCHEMA) throw error;
  }
  return loadedMethodology(json, lists, (await import('./parse.js')).parseMethodology);
}
