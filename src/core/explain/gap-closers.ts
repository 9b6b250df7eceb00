/**
 * Which single indicator change would close a unit's gap to a target score at a node: for each leaf under the node
 * with a present value, the normalised value v* it must reach (all else equal). With arithmetic means all the way up
 * the score is linear in the leaf, v* = v + gap / Π(effective weights on the path) (exact); otherwise v* is found by
 * bisection on [v, ceiling] (60 halvings). Changes beyond the normaliser's ceiling (e.g. above 100) are not feasible
 * and not listed. The raw value needed is given where the normaliser can be inverted exactly (explain/invert).
 */
import type { BuildResult } from '../pipeline.js';
import { leavesUnder } from '../tree.js';
import { normalisedCeiling, rawForNormalised } from './invert.js';
import { unitRescorer } from './unit-path.js';

export interface GapCloser {
  /** Leaf (indicator) id. */
  readonly indicator: string;
  readonly normalisedNow: number;
  /** The normalised value the indicator must reach (all else equal) to tie the next unit up. */
  readonly normalisedNeeded: number;
  /** Raw values now and needed, when the normaliser can be inverted exactly (else null). */
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
  const table = state.treated ?? state.transformed ?? state.imputed ?? state.raw!;
  const leafIndex = new Map(Array.from(tree.leafRows, (r, k) => [r, k]));
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
      for (let i = 0; i < 60; i++) { const mid = (lo + hi) / 2; if (rescorer.scoreWith(leaf, mid) >= target) hi = mid; else lo = mid; }
      needed = hi;
    }
    if (needed > ceiling + 1e-9) continue;
    const k = leafIndex.get(leaf)!;
    const column = table.subarray(k * n, (k + 1) * n);
    out.push({
      indicator: tree.ids[leaf], normalisedNow: now, normalisedNeeded: needed, rawNow: column[u],
      rawNeeded: rawForNormalised(normaliser, spec.direction, column, needed),
      method: coefficient !== null ? 'exact' : 'bisection',
    });
  }
  return out.sort((a, b) => (a.normalisedNeeded - a.normalisedNow) - (b.normalisedNeeded - b.normalisedNow)).slice(0, 5);
}
