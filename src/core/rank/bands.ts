import { bandId, type BandSpec } from '../spec.js';
import { quantileSorted, sortedPresent } from '../stats/quantile.js';

/**
 * Assigns each unit a band index (into the returned labels, the bands' ids: bandId; −1 when the value is missing).
 * Thresholds: the first band (listed highest first) whose `min` the value reaches, e.g. the UN EGDI groups
 * very high ≥ 0.75, high ≥ 0.50, middle ≥ 0.25, low ≥ −∞; a value below every min gets −1.
 * Quantiles: k = labels.length equal-count groups, best first: the value at or above the (1 − j/k) quantile (R type 7)
 * falls in band j − 1, so with 4 labels the top quarter gets labels[0]. With no value present every unit gets −1.
 */
export function assignBands(
  values: ArrayLike<number>,
  spec: BandSpec,
): { labels: readonly string[]; band: Int32Array } {
  const band = new Int32Array(values.length).fill(-1);
  if (spec.by === 'thresholds') {
    const bands = spec.bands;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== v) continue;
      band[i] = bands.findIndex((b) => v >= b.min);
    }
    return { labels: bands.map((b) => bandId(b.label)), band };
  }
  const k = spec.labels.length;
  const sorted = sortedPresent(values);
  if (sorted.length === 0) return { labels: spec.labels.map(bandId), band };
  const cuts = Array.from({ length: k - 1 }, (_, j) => quantileSorted(sorted, 1 - (j + 1) / k));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    let j = 0;
    while (j < cuts.length && v < cuts[j]) j++;
    band[i] = j;
  }
  return { labels: spec.labels.map(bandId), band };
}
