/**
 * Which single indicator change would close a unit's gap to a target score at a node, in each indicator's own unit
 * and domain. For each leaf under the node with a present value:
 *  1. the normalised value v* it must reach (all else equal): with arithmetic means all the way up the score is linear
 *     in the leaf, v* = v + gap / Π(effective weights on the path) (exact); otherwise bisection on [v, ceiling]
 *     (60 halvings). Beyond the normaliser's ceiling (e.g. above 100) no change of this leaf closes the gap;
 *  2. the value in the indicator's unit: v* through the inverse normaliser (explain/invert), then the transforms
 *     undone (ln(x + 1) → x), then a denominated indicator's rate multiplied back by the region's denominator
 *     (x = x' · d / scale: a count per 1,000 residents becomes the count), so "raw" is what the region would report;
 *  3. that value moved to the nearest possible one on the better side (explain/indicator-domain: a yes/partial/no
 *     check steps through 0, 0.5, 1; a count is whole; a share stays within its range), and normalised again; a leaf
 *     whose possible values cannot reach the target is left out.
 * A leaf whose value cannot be inverted (rank or z-score normalisers, outlier-treated cells) keeps its normalised
 * figures with rawNeeded null, unless its domain is discrete (then a normalised figure might be impossible: left out).
 * An empty list means that no single indicator change closes the gap.
 */
import type { BuildResult } from '../pipeline.js';
import { leavesUnder } from '../tree.js';
import { isDiscrete, snapToDomain } from './indicator-domain.js';
import { normalisedCeiling, normalisedForRaw, rawForNormalised, transformValue, untransform } from './invert.js';
import { unitRescorer } from './unit-path.js';

export interface GapCloser {
  /** Leaf (indicator) id. */
  readonly indicator: string;
  readonly normalisedNow: number;
  /** The normalised value the indicator must reach (all else equal) to tie the next unit up: of a possible value. */
  readonly normalisedNeeded: number;
  /** The value now and the value needed in the indicator's own unit (before transforms); needed null when unknown. */
  readonly rawNow: number;
  readonly rawNeeded: number | null;
  /** 'exact' from the arithmetic chain, 'bisection' for other aggregations. */
  readonly method: 'exact' | 'bisection';
}

/** Feasible closers for unit index u at node row, the smallest normalised increase first (up to 5). */
export function gapClosers(result: BuildResult, u: number, row: number, target: number): GapCloser[] {
  const state = result.state;
  const tree = state.tree!;
  const n = state.units.length;
  const rescorer = unitRescorer(result, u, row);
  const normaliserInput = state.treated ?? state.transformed ?? state.imputed ?? state.raw!;
  const ownUnit = state.imputed ?? state.raw!;
  const leafIndex = new Map(Array.from(tree.leafRows, (r, k) => [r, k]));
  const tolerance = 1e-9 * Math.max(1, Math.abs(target));
  const out: GapCloser[] = [];
  for (const leaf of leavesUnder(tree, row)) {
    const now = state.aggregated![leaf * n + u];
    if (now !== now) continue;
    const spec = tree.nodes[leaf].indicator!;
    const normaliser = spec.normaliser;
    const ceiling = normalisedCeiling(normaliser);
    const coefficient = rescorer.linearCoefficient(leaf);
    let needed: number;
    if (coefficient !== null) {
      if (!(coefficient > 0)) continue;
      needed = now + (target - state.aggregated![row * n + u]) / coefficient;
    } else {
      const top = Number.isFinite(ceiling) ? ceiling : now + 1e6;
      if (!(rescorer.scoreWith(leaf, top) >= target)) continue;
      let lo = now;
      let hi = top;
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (rescorer.scoreWith(leaf, mid) >= target) hi = mid;
        else lo = mid;
      }
      needed = hi;
    }
    if (needed > ceiling + 1e-9) continue;
    const k = leafIndex.get(leaf)!;
    const column = normaliserInput.subarray(k * n, (k + 1) * n);
    const treated = state.treatment !== null && state.treatment.subarray(k * n, (k + 1) * n).some((code) => code !== 0);
    const onScale = treated ? null : rawForNormalised(normaliser, spec.direction, column, needed);
    // A denominated indicator: the rate times d / scale is the value in its own unit (1 for the others).
    const factor = state.denominators?.[k * n + u] ?? 1;
    const rateNeeded = onScale === null ? null : untransform(spec.transforms, onScale);
    const rawNeeded = rateNeeded === null ? null : rateNeeded * factor;
    const method = coefficient !== null ? 'exact' : 'bisection';
    const base = {
      indicator: tree.ids[leaf],
      normalisedNow: now,
      rawNow: ownUnit[k * n + u] * factor,
      method,
    } as const;
    if (rawNeeded === null) {
      if (!isDiscrete(spec.domain)) out.push({ ...base, normalisedNeeded: needed, rawNeeded: null });
      continue;
    }
    const possible = snapToDomain(rawNeeded, spec.domain, spec.direction);
    if (possible === null) continue;
    const onScaleAgain = transformValue(spec.transforms, possible / factor);
    const normalised =
      onScaleAgain === null ? null : normalisedForRaw(normaliser, spec.direction, column, onScaleAgain);
    if (normalised === null) {
      if (possible === rawNeeded) out.push({ ...base, normalisedNeeded: needed, rawNeeded });
      continue;
    }
    if (!(rescorer.scoreWith(leaf, normalised) >= target - tolerance)) continue;
    out.push({ ...base, normalisedNeeded: Math.max(normalised, needed), rawNeeded: possible });
  }
  return out.sort((a, b) => a.normalisedNeeded - a.normalisedNow - (b.normalisedNeeded - b.normalisedNow)).slice(0, 5);
}
