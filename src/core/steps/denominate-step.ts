import type { BuildState } from '../build-state.js';
import { nextState, requireTree } from '../build-state.js';
import type { Dataset } from '../dataset.js';
import type { DenominatorSpec } from '../spec.js';

export interface DenominateParams {
  /** Indicator id -> its denominator (data column and scale). Indicators not listed are copied unchanged. */
  readonly indicators: Readonly<Record<string, DenominatorSpec>>;
}

/**
 * `denominate` (COINr's Denominate): x' = scale · x / d, where d is the unit's value in the data column `by` of the
 * input (e.g. "Population", "GDP", or the reference population of a region) and scale defaults to 1 (1000 gives
 * "per 1,000" when d counts residents). compileSteps lists every denominated indicator explicitly in the params, so
 * the build log shows what was divided by what. `denominators` keeps d / scale per cell, so an explanation can give a
 * rate back in the indicator's own unit (x = x' · d / scale).
 * Edge cases: a missing x stays missing; a missing, zero, negative or non-finite d makes x' missing (a rate per
 * nothing is not a number; imputation may then fill it); an unknown indicator or a `by` column the data lacks throws.
 * @example Flights 29.0 (thousand seats), Population 8735.453 (thousands) → 0.003322 seats per person.
 */
export function denominateStep(state: BuildState, params: DenominateParams, input: Dataset): BuildState {
  const tree = requireTree(state, 'denominate');
  const raw = state.raw!;
  const n = state.units.length;
  const m = input.indicators.length;
  const column = new Map(input.indicators.map((id, j) => [id, j]));
  const leafOf = new Map(Array.from(tree.leafRows, (row, k) => [tree.ids[row], k]));
  const denominated = Float64Array.from(raw);
  const denominators = new Float64Array(raw.length).fill(1);
  for (const [id, spec] of Object.entries(params.indicators)) {
    const k = leafOf.get(id);
    if (k === undefined) throw new RangeError(`denominate: "${id}" is not an indicator of the tree`);
    const j = column.get(spec.by);
    if (j === undefined)
      throw new RangeError(`denominate: indicator "${id}": the data has no denominator column "${spec.by}"`);
    const scale = spec.scale ?? 1;
    if (!Number.isFinite(scale) || scale <= 0)
      throw new RangeError(`denominate: indicator "${id}": scale must be a finite number > 0 (got ${scale})`);
    for (let u = 0; u < n; u++) {
      const d = input.values[u * m + j];
      const usable = d > 0 && Number.isFinite(d);
      denominated[k * n + u] = usable ? (scale * raw[k * n + u]) / d : NaN;
      denominators[k * n + u] = usable ? d / scale : NaN;
    }
  }
  return nextState(state, { denominated, denominators });
}
