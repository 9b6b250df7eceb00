import type { BuildState, ScreeningOutcome } from '../build-state.js';
import { latestIndicatorTable, nextState, requireTree } from '../build-state.js';
import type { ScreenSpec } from '../spec.js';

/**
 * `screen` (COINr's Screen, unit_screen = "byNA"): each unit's data availability a = (present leaf values) / (leaves)
 * in the basis table ('raw': the data as given, after denomination; 'imputed' (default): the table this step
 * receives, as COINr's example screens its imputed data set). A unit is kept when a ≥ threshold (COINr: screened
 * out when a < dat_thresh); `include` / `exclude` force units in or out whatever their availability (exclude wins
 * when a unit is in both). Screened-out units keep their place but all their values become missing, so they get no
 * score and no rank and do not enter any later statistic (outlier moments, min and max, PCA): the same numbers as
 * removing them. The outcome (availability, kept, reason) is in state.screening.
 * Edge cases: threshold outside [0, 1], or a forced unit that is not in the data, throws; no leaves → availability 0.
 * @example threshold 0.9, 49 indicators: a unit with 44 present (0.898) is out, with 45 (0.918) stays.
 */
export function screenStep(state: BuildState, params: ScreenSpec): BuildState {
  const tree = requireTree(state, 'screen');
  if (!(params.threshold >= 0 && params.threshold <= 1))
    throw new RangeError(`screen: threshold must be in [0, 1] (got ${params.threshold})`);
  const table = latestIndicatorTable(state, 'screen');
  const basis = params.basis === 'raw' ? (state.denominated ?? state.raw!) : table;
  const n = state.units.length;
  const leaves = tree.leafRows.length;
  const unitIndex = new Map(state.units.map((u, i) => [u, i]));
  const forced = new Map<number, 'forced-in' | 'forced-out'>();
  for (const [list, reason] of [
    [params.include ?? [], 'forced-in'],
    [params.exclude ?? [], 'forced-out'],
  ] as const) {
    for (const unit of list) {
      const u = unitIndex.get(unit);
      if (u === undefined)
        throw new RangeError(
          `screen: unit "${unit}" (forced ${reason === 'forced-in' ? 'in' : 'out'}) is not in the data`,
        );
      forced.set(u, reason);
    }
  }
  const availability = new Float64Array(n);
  const included = new Uint8Array(n);
  const reason: ScreeningOutcome['reason'][number][] = [];
  for (let u = 0; u < n; u++) {
    let present = 0;
    for (let k = 0; k < leaves; k++) if (basis[k * n + u] === basis[k * n + u]) present++;
    availability[u] = leaves === 0 ? 0 : present / leaves;
    const force = forced.get(u);
    included[u] = force === 'forced-in' ? 1 : force === 'forced-out' ? 0 : availability[u] >= params.threshold ? 1 : 0;
    reason.push(force ?? 'threshold');
  }
  const screened = Float64Array.from(table);
  for (let u = 0; u < n; u++) if (included[u] === 0) for (let k = 0; k < leaves; k++) screened[k * n + u] = NaN;
  return nextState(state, { screened, screening: Object.freeze({ availability, included, reason }) });
}
