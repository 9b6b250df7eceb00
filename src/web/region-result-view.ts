/**
 * What a caller may see of one region's result. In a draft, a regional token reads its own region's rows only, so
 * nothing of another region may reach it: the next place up is given as the gap in score alone (`{gap}`), without
 * that region's code or rank. Analysts, and anyone reading a published run, get the full `{regionCode, rank, gap}`.
 */
import type { Principal } from '../auth/principal.js';
import { canReadWholeRun } from '../auth/visibility.js';
import type { RegionInRun, RunSummary } from '../ratings/queries.js';

export type VisibleRegionResult = Omit<RegionInRun, 'nextUp'> & {
  readonly nextUp: RegionInRun['nextUp'] | { readonly gap: number };
};

export function visibleRegionResult(principal: Principal, run: RunSummary, result: RegionInRun): VisibleRegionResult {
  if (canReadWholeRun(principal, run) || result.nextUp === null) return result;
  return { ...result, nextUp: { gap: result.nextUp.gap } };
}
