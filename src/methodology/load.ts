/**
 * Loading a methodology given as JSON text, synchronously (the zod schema loaded up front). Files: load-file.ts,
 * which loads zod only for a document the quick check cannot vouch for.
 */
import type { LoadedMethodology } from './load-file.js';
import { loadedMethodology, methodologyJson } from './load-file.js';
import { parseMethodology } from './parse.js';
import type { Lists } from './templates.js';

export type { LoadedMethodology } from './load-file.js';

/**
 * Parses, validates, hashes and expands a methodology given as JSON text.
 * @throws MethodologyError for invalid JSON or a document that fails validation (the message names the JSON path).
 */
export function loadMethodologyText(text: string, lists: Lists = {}): LoadedMethodology {
  return loadedMethodology(methodologyJson(text), lists, parseMethodology);
}
