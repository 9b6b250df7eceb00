/**
 * SHA-256 of a dataset: units, columns and every value (missing as null, numbers in shortest round-trip form), so
 * the same inputs give the same hash on any machine and any database.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../core/dataset.js';

export function datasetHash(dataset: Dataset): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ units: dataset.units, indicators: dataset.indicators, groups: dataset.groups ?? {} }));
  const values = Array.from(dataset.values, (v) => (Number.isNaN(v) ? null : v));
  hash.update(JSON.stringify(values));
  return hash.digest('hex');
}
