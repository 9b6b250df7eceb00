import type { Normaliser } from './normaliser.js';

/**
 * A categorical map from codes to scores, e.g. yes/partial/no coded 2/1/0 mapped by
 * `{ method: 'categorical', map: { "2": 1, "1": 0.5, "0": 0 } }`: x' = map[x]. Direction is ignored (the map states
 * which category is better). Missing stays missing. Text labels ("yes", "partial", "no") are turned into codes when a
 * file is read (see mapCategories).
 * @throws RangeError for a value that is not a key of the map.
 */
export const categorical: Normaliser = (x, out, spec) => {
  const map = spec.map;
  if (typeof map !== 'object' || map === null)
    throw new RangeError('categorical: parameter "map" must be an object of code -> score');
  const scores = map as Record<string, unknown>;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== x[i]) {
      out[i] = NaN;
      continue;
    }
    const score = scores[String(x[i])];
    if (typeof score !== 'number') throw new RangeError(`categorical: value ${x[i]} is not in the map`);
    out[i] = score;
  }
};

/**
 * Maps text labels to numbers, e.g. `mapCategories(['yes', 'no', ''], { yes: 1, partial: 0.5, no: 0 })` // => [1, 0, NaN].
 * Matching ignores case and surrounding spaces; an empty label is missing.
 * @throws RangeError naming the first unknown label.
 */
export function mapCategories(
  labels: readonly (string | null | undefined)[],
  map: Readonly<Record<string, number>>,
): Float64Array {
  const lower = new Map(Object.entries(map).map(([k, v]) => [k.trim().toLowerCase(), v]));
  return Float64Array.from(labels, (label) => {
    const key = (label ?? '').trim().toLowerCase();
    if (key === '') return NaN;
    const value = lower.get(key);
    if (value === undefined)
      throw new RangeError(`mapCategories: unknown category "${label}" (known: ${[...lower.keys()].join(', ')})`);
    return value;
  });
}
