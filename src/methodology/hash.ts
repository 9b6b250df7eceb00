/** Hashes that identify what a rating was computed from: the methodology document and the input snapshot. */
import { createHash } from 'node:crypto';
import type { Dataset } from '../core/dataset.js';

/**
 * Canonical JSON: object keys sorted at every depth, no whitespace; arrays keep their order.
 * Two documents that differ only in key order or formatting get the same text.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 (hex) of the canonical JSON of a methodology document. */
export function methodologyHash(methodology: unknown): string {
  return createHash('sha256').update(canonicalJson(methodology)).digest('hex');
}

/**
 * sha256 (hex) of a dataset: unit ids, indicator ids, groupings (canonical JSON) and the values' IEEE-754 bytes
 * (little-endian, so NaN and −0 are distinguished exactly as stored), then each earlier year of a panel dataset.
 */
export function datasetHash(data: Dataset): string {
  const hash = createHash('sha256');
  hash.update(canonicalJson({ units: data.units, indicators: data.indicators, groups: data.groups ?? {} }));
  const bytes = new Uint8Array(data.values.length * 8);
  const view = new DataView(bytes.buffer);
  data.values.forEach((v, i) => view.setFloat64(i * 8, v, true));
  hash.update(bytes);
  // earlier years (panel data) only when present, so the hashes of single-year datasets are unchanged
  for (const [i, values] of (data.panel?.values ?? []).entries()) {
    hash.update(canonicalJson({ year: data.panel!.years[i] }));
    const yearBytes = new Uint8Array(values.length * 8);
    const yearView = new DataView(yearBytes.buffer);
    values.forEach((v, k) => yearView.setFloat64(k * 8, v, true));
    hash.update(yearBytes);
  }
  return hash.digest('hex');
}
