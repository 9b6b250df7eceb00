import type { BuildState } from '../build-state.js';
import { latestIndicatorTable, nextState, requireTree } from '../build-state.js';
import { treatOutliersCoinr } from '../outliers/coinr-treatment.js';
import type { OutlierSpec } from '../spec.js';
import type { MethodSpec } from '../params.js';
import { numberParam } from '../params.js';

/**
 * `treat-outliers`: 'none' copies the table; 'coinr' applies COINr's rule (outliers/coinr-treatment) to every leaf
 * whose indicator spec does not set `treatOutliers: false`, flagging each treated cell.
 */
export function outlierStep(state: BuildState, params: OutlierSpec): BuildState {
  const tree = requireTree(state, 'treat-outliers');
  const input = latestIndicatorTable(state, 'treat-outliers');
  const treatment = new Uint8Array(input.length);
  if (params.method === 'none') return nextState(state, { treated: input, treatment });
  if (params.method !== 'coinr') throw new RangeError(`treat-outliers: unknown method "${String(params.method)}" (known: none, coinr)`);
  const spec = { ...params } as MethodSpec;
  const rule = {
    skewness: numberParam(spec, 'skewness', 2),
    kurtosis: numberParam(spec, 'kurtosis', 3.5),
    maxWinsorised: numberParam(spec, 'maxWinsorised', 5),
  };
  const n = state.units.length;
  const treated = Float64Array.from(input);
  tree.leafRows.forEach((row, k) => {
    if (tree.nodes[row].indicator?.treatOutliers === false) return;
    const x = input.subarray(k * n, (k + 1) * n);
    treatOutliersCoinr(x, treated.subarray(k * n, (k + 1) * n), treatment.subarray(k * n, (k + 1) * n), rule);
  });
  return nextState(state, { treated, treatment });
}
