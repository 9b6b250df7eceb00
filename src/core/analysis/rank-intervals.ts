import { medianSorted, quantileSorted } from '../stats/quantile.js';

/** One unit's rank distribution over the replications. */
export interface UnitRankInterval {
  readonly unit: string;
  readonly nominal: number | null;
  readonly median: number | null;
  /** Lower and upper quantile of the rank (e.g. 5% and 95%), R type 7. */
  readonly lower: number | null;
  readonly upper: number | null;
  /** Mean over replications of |rank − nominal rank|. */
  readonly meanAbsShift: number | null;
}

/**
 * Per unit: nominal rank, median rank, [q_low, q_high] rank interval by R's type-7 quantile
 * (h = (n − 1)p, linear interpolation; so intervals can be fractional), and the mean absolute rank shift
 * (1/n) Σ_e |rank_e − nominal|. `ranks` is row-major evaluations × units.
 * Edge cases: replications where the unit has no rank (NaN) are left out; a unit never ranked gets nulls; the shift
 * is null when the nominal rank is missing.
 */
export function rankIntervals(
  ranks: Float64Array,
  units: readonly string[],
  nominal: Float64Array,
  quantiles: readonly [number, number],
): UnitRankInterval[] {
  const nUnits = units.length;
  const nEval = nUnits === 0 ? 0 : ranks.length / nUnits;
  const column = new Float64Array(nEval);
  return units.map((unit, u) => {
    let k = 0;
    let shift = 0;
    for (let e = 0; e < nEval; e += 1) {
      const r = ranks[e * nUnits + u];
      if (r === r) {
        column[k] = r;
        shift += Math.abs(r - nominal[u]);
        k += 1;
      }
    }
    const nominalRank = Number.isNaN(nominal[u]) ? null : nominal[u];
    if (k === 0) return { unit, nominal: nominalRank, median: null, lower: null, upper: null, meanAbsShift: null };
    const sorted = column.slice(0, k).sort();
    return {
      unit,
      nominal: nominalRank,
      median: medianSorted(sorted),
      lower: quantileSorted(sorted, quantiles[0]),
      upper: quantileSorted(sorted, quantiles[1]),
      meanAbsShift: nominalRank === null ? null : shift / k,
    };
  });
}

/**
 * The mean absolute rank shift of each evaluation: (1/m) Σ_u |rank_u − nominal_u| over the m units ranked both in the
 * evaluation and nominally (COINr's "MeanAbsDiff"); NaN when m = 0.
 */
export function meanAbsShiftPerEvaluation(ranks: Float64Array, nominal: Float64Array): Float64Array {
  const nUnits = nominal.length;
  const nEval = nUnits === 0 ? 0 : ranks.length / nUnits;
  const out = new Float64Array(nEval);
  for (let e = 0; e < nEval; e += 1) {
    let sum = 0;
    let m = 0;
    for (let u = 0; u < nUnits; u += 1) {
      const d = ranks[e * nUnits + u] - nominal[u];
      if (d === d) {
        sum += Math.abs(d);
        m += 1;
      }
    }
    out[e] = m === 0 ? NaN : sum / m;
  }
  return out;
}
