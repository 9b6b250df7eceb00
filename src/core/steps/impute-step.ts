import type { BuildState } from '../build-state.js';
import { nextState, requireTree } from '../build-state.js';
import type { Dataset } from '../dataset.js';
import { imputerFor } from '../impute/registry.js';
import type { ImputeSpec } from '../spec.js';

export interface ImputeParams extends ImputeSpec {
  /** Per-indicator overrides of the method. */
  readonly indicators?: Readonly<Record<string, ImputeSpec>>;
}

/**
 * `impute`: fills missing raw values indicator by indicator (see impute/registry), flagging every filled cell.
 * @throws RangeError for an unknown method or a grouping the dataset does not carry.
 */
export function imputeStep(state: BuildState, params: ImputeParams, input: Dataset): BuildState {
  const tree = requireTree(state, 'impute');
  const raw = state.raw!;
  const n = state.units.length;
  if (params.method === 'none' && params.indicators === undefined) {
    return nextState(state, { imputed: raw, imputedFlags: new Uint8Array(raw.length) });
  }
  const imputed = new Float64Array(raw.length);
  const imputedFlags = new Uint8Array(raw.length);
  tree.leafRows.forEach((row, k) => {
    const spec = params.indicators?.[tree.ids[row]] ?? params;
    const groups = spec.group === undefined ? undefined : input.groups?.[spec.group];
    if (spec.group !== undefined && !groups) throw new RangeError(`impute: the data has no grouping "${spec.group}"`);
    const x = raw.subarray(k * n, (k + 1) * n);
    const out = imputed.subarray(k * n, (k + 1) * n);
    imputerFor(spec.method)(x, out, groups);
    for (let u = 0; u < n; u++) if (x[u] !== x[u] && out[u] === out[u]) imputedFlags[k * n + u] = 1;
  });
  return nextState(state, { imputed, imputedFlags });
}
