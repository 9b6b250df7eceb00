/**
 * The embargo, in one place. A draft run is visible in full only to federal analysts; a regional administration sees
 * its own region's rows of a draft (and may comment on them); the public sees only runs that have been published
 * (a withdrawn run stays readable, marked withdrawn, because it was once public record). Routes answer 404, never 403,
 * for an embargoed run, so a draft's existence does not leak.
 */
import type { RunStatus } from '../db/tables.js';
import type { Principal } from './principal.js';

export interface RunAccessFacts {
  readonly status: RunStatus;
}

export function wasPublished(run: RunAccessFacts): boolean {
  return run.status !== 'draft';
}

/** The whole run (ranking, methodology, downloads, every region). */
export function canReadWholeRun(principal: Principal, run: RunAccessFacts): boolean {
  return wasPublished(run) || principal.role === 'federal-analyst';
}

/** Some part of the run (its summary, at least one region's rows). */
export function canReadSomeOfRun(principal: Principal, run: RunAccessFacts): boolean {
  return canReadWholeRun(principal, run) || principal.role === 'regional';
}

/** One region's rows of the run. */
export function canReadRegionOfRun(principal: Principal, run: RunAccessFacts, regionCode: string): boolean {
  return canReadWholeRun(principal, run) || (principal.role === 'regional' && principal.regionCode === regionCode);
}

/** Comments are the draft review channel: analysts anywhere, a region on its own rows, nobody once published. */
export function canComment(principal: Principal, run: RunAccessFacts, regionCode: string): boolean {
  return run.status === 'draft' && principal.role !== 'public' && canReadRegionOfRun(principal, run, regionCode);
}
