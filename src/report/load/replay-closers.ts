/**
 * Gap closers of every ranked region, from a replay of the run's build log on the input snapshot stored with the
 * run (src/ratings/run-inputs.ts; never the live measurement table, so a correction of the data after publication
 * changes nothing) with the core's explain machinery (src/core/explain/gap-closers.ts): for the region placed just
 * above, which single indicator would alone close the score gap, and the normalised value it would need.
 */
import { gapClosers, type GapCloser } from '../../core/explain/gap-closers.js';
import { replay } from '../../core/pipeline.js';
import type { RunInputs } from '../../ratings/run-inputs.js';

/** Region code → closers towards `targets[region]` (the next region's score); null when the root is not in the tree. */
export function replayClosers(
  inputs: RunInputs,
  rootId: string,
  targets: ReadonlyMap<string, number>,
): Map<string, GapCloser[]> | null {
  const result = replay(inputs.log, inputs.dataset);
  const row = result.state.tree?.rowOf.get(rootId);
  if (row === undefined) return null;
  const out = new Map<string, GapCloser[]>();
  for (const [region, target] of targets) {
    const u = result.state.units.indexOf(region);
    if (u >= 0) out.set(region, gapClosers(result, u, row, target));
  }
  return out;
}
