/**
 * The version of the reference catalogue a run was rated with: sha256 (hex) of the canonical JSON of the whole
 * catalogue (districts, regions, stages, services, indicators). Two runs with the same version used the same names,
 * directions and goalposts.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../methodology/hash.js';
import type { Catalogue } from '../reference/catalogue.js';

export function catalogueVersion(catalogue: Catalogue): string {
  return createHash('sha256').update(canonicalJson(catalogue)).digest('hex');
}
