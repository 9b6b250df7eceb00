import type { BuildState } from '../build-state.js';
import { nextState, requireTree } from '../build-state.js';
import type { Dataset } from '../dataset.js';
import { imputerFor } from '../impute/registry.js';
import { scorableUnits } from '../impute/scorable-units.js';
import type { ImputeSpec } from '../spec.js';

export interface ImputeParams extends ImputeSpec {
  /** Per-indicator overrides of the method. */
  readonly indicators?: Readonly<Record<string, ImputeSpec>>;
  /**
   * The methodology's minimum data share (missing.minShare, default 0): only units it would score from their own
   * data get their gaps filled (impute/scorable-units.ts).
   */
  readonly minShare?: number;
}

/**
 * `impute`: fills missing raw (or denominated) values indicator by indicator (see impute/registry), flagging every filled cell.
 * Only the gaps of units the methodology would score from their own data are filled (impute/scorable-units.ts): a
 * unit without data, or below the minimum data share, stays without a score, so no imputation method (nominal or an
 * uncertainty alternative) can turn it into a ranked unit.
 * With earlier years in the data (Dataset.panel), each leaf's imputer also sees them; "latest" fills a gap from the
 * latest earlier year and the source year of every such cell is in state.imputedYears (NaN elsewhere).
 * @throws RangeError for an unknown method or a grouping the dataset does not carry.
 */
export function imputeStep(state: BuildState, params: ImputeParams, input: Dataset): BuildState {
  const tree = requireTree(state, 'impute');
  const raw = state.denominated ?? state.raw!;
  const n = state.units.length;
  if (params.method === 'none' && params.indicators === undefined) {
    return nextState(state, { imputed: raw, imputedFlags: new Uint8Array(raw.length) });
  }
  const imputed = new Float64Array(raw.length);
  const imputedFlags = new Uint8Array(raw.length);
  const scorable = scorableUnits(tree, raw, n, params.minShare ?? 0);
  const imputedYears = new Float64Array(raw.length).fill(NaN);
  const m = input.indicators.length;
  const columnOf = new Map(input.indicators.map((id, j) => [id, j]));
  tree.leafRows.forEach((row, k) => {
    const spec = params.indicators?.[tree.ids[row]] ?? params;
    const groups = spec.group === undefined ? undefined : input.groups?.[spec.group];
    if (spec.group !== undefined && !groups) throw new RangeError(`impute: the data has no grouping "${spec.group}"`);
    const x = raw.subarray(k * n, (k + 1) * n);
    const out = imputed.subarray(k * n, (k + 1) * n);
    const j = columnOf.get(tree.ids[row])!;
    const panel =
      input.panel === undefined
        ? undefined
        : {
            years: input.panel.years,
            columns: input.panel.values.map((values) => Float64Array.from({ length: n }, (_, u) => values[u * m + j])),
            origin: imputedYears.subarray(k * n, (k + 1) * n),
          };
    imputerFor(spec.method)(x, out, groups, panel);
    for (let u = 0; u < n; u++) {
      if (scorable[u] === 0) {
        out[u] = x[u];
        imputedYears[k * n + u] = NaN;
      } else if (x[u] !== x[u] && out[u] === out[u]) imputedFlags[k * n + u] = 1;
    }
  });
  return nextState(state, { imputed, imputedFlags, imputedYears });
}
