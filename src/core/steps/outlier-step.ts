import type { BuildState } from '../build-state.js';
import { latestIndicatorTable, nextState, requireTree } from '../build-state.js';
import { treatOutliersCoinrTreat } from '../outliers/coinr-treat.js';
import { treatOutliersCoinr } from '../outliers/coinr-treatment.js';
import type { OutlierSpec } from '../spec.js';
import type { MethodSpec } from '../params.js';
import { numberParam } from '../params.js';

/**
 * `treat-outliers`: 'none' copies the table; 'coinr' applies the rule of outliers/coinr-treatment and 'coinr-treat'
 * COINr 1.x's Treat() defaults (outliers/coinr-treat) to every leaf whose indicator spec does not set
 * `treatOutliers: false`, flagging each treated cell.
 */
export function outlierStep(state: BuildState, params: OutlierSpec): BuildState {
  const tree = requireTree(state, 'treat-outliers');
  const input = latestIndicatorTable(state, 'treat-outliers');
  const treatment = new Uint8Array(input.length);
  if (params.method === 'none') return nextState(state, { treated: input, treatment });
  if (params.method !== 'coinr' && params.method !== 'coinr-treat') {
    throw new RangeError(`treat-outliers: unknown method "${String(params.method)}" (known: none, coinr, coinr-treat)`);
  }
  const spec = { ...params } as MethodSpec;
  const skewness = numberParam(spec, 'skewness', 2);
  const kurtosis = numberParam(spec, 'kurtosis', 3.5);
  const coinr = { skewness, kurtosis, maxWinsorised: numberParam(spec, 'maxWinsorised', 5) };
  const coinrTreat = { skewness, kurtosis, winmax: numberParam(spec, 'winmax', 5) };
  const treat = (x: Float64Array, out: Float64Array, flags: Uint8Array): void => {
    if (params.method === 'coinr') treatOutliersCoinr(x, out, flags, coinr);
    else treatOutliersCoinrTreat(x, out, flags, coinrTreat);
  };
  const n = state.units.length;
  const treated = Float64Array.from(input);
  tree.leafRows.forEach((row, k) => {
    if (tree.nodes[row].indicator?.treatOutliers === false) return;
    treat(
      input.subarray(k * n, (k + 1) * n),
      treated.subarray(k * n, (k + 1) * n),
      treatment.subarray(k * n, (k + 1) * n),
    );
  });
  return nextState(state, { treated, treatment });
}
