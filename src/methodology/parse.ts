/**
 * Validating a methodology document with the zod schema (schema.ts): the quick check (plain-check.ts) first, the
 * schema when the quick check cannot vouch for the document, so every message comes from the schema.
 */
import { MethodologyError, formatPath } from './errors.js';
import type { ExpandedDocument } from './expand.js';
import { expandWith } from './expand.js';
import { plainMethodology } from './plain-check.js';
import type { Methodology } from './schema.js';
import { MethodologySchema } from './schema.js';
import type { Lists } from './templates.js';

/** Validates a JSON value as a methodology document. @throws MethodologyError with the path of the first issue. */
export function parseMethodology(json: unknown): Methodology {
  const plain = plainMethodology(json);
  if (plain) return plain;
  const parsed = MethodologySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MethodologyError(formatPath(issue.path), issue.message);
  }
  return parsed.data;
}

/**
 * Expands and checks a document (already validated by parseMethodology).
 * @throws MethodologyError naming the JSON path of the first problem.
 */
export function expandMethodology(doc: Methodology, lists: Lists = {}): ExpandedDocument {
  return expandWith(doc, lists, parseMethodology);
}
