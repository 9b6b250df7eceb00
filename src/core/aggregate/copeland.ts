import type { Aggregator } from './aggregator.js';

/**
 * Copeland's rule (the non-compensatory outranking method of the OECD/JRC Handbook). For units a and b, over the
 * children present for both, the weighted share of children where a beats b (ties count half):
 * e_ab = (Σ wᵢ [x_ai > x_bi] + ½ Σ wᵢ [x_ai = x_bi]) / Σ wᵢ. a wins the pair when e_ab > ½, loses when e_ab < ½.
 * Score_a = wins − losses, an integer in [−(n − 1), n − 1]. Pairs with no common child are skipped.
 * Edge cases: a unit below `minShare` or with no child present is missing and takes part in no pair; a single
 * unit scores 0. O(n² · children).
 * @example 3 units, one child with values 1, 2, 3 => scores −2, 0, 2
 */
export const copeland: Aggregator = ({ matrix, nUnits, childRows, childWeights, minShare, out }) => {
  const n = childRows.length;
  let active = 0;
  for (let c = 0; c < n; c++) if (childWeights[c] > 0) active++;
  const valid = new Uint8Array(nUnits);
  for (let u = 0; u < nUnits; u++) {
    let present = 0;
    for (let c = 0; c < n; c++)
      if (childWeights[c] > 0 && matrix[childRows[c] * nUnits + u] === matrix[childRows[c] * nUnits + u]) present++;
    valid[u] = present > 0 && present >= minShare * active ? 1 : 0;
    out[u] = valid[u] ? 0 : NaN;
  }
  for (let a = 0; a < nUnits; a++) {
    if (!valid[a]) continue;
    for (let b = a + 1; b < nUnits; b++) {
      if (!valid[b]) continue;
      let win = 0;
      let total = 0;
      for (let c = 0; c < n; c++) {
        const w = childWeights[c];
        const xa = matrix[childRows[c] * nUnits + a];
        const xb = matrix[childRows[c] * nUnits + b];
        if (!(w > 0) || xa !== xa || xb !== xb) continue;
        total += w;
        win += xa > xb ? w : xa === xb ? w / 2 : 0;
      }
      if (total === 0) continue;
      if (win > total / 2) {
        out[a] += 1;
        out[b] -= 1;
      } else if (win < total / 2) {
        out[a] -= 1;
        out[b] += 1;
      }
    }
  }
};
