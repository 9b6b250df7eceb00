/**
 * Status of a measured share against the milestone that applies in its year:
 *
 *   met        measured ≥ target share
 *   on_track   not met, the deadline is still ahead (target year > year) and the least-squares trend of the
 *              observations up to this year reaches the target no later than the target year
 *   behind     not met otherwise: the deadline has come, or the trend arrives too late, or it is flat or
 *              falling (no year), or there is a single observation (no trend to extrapolate)
 *   no_target  no milestone at all (gap and years are then null)
 *
 * `gap` = measured − target (percentage points; negative = short of the target). `trendReachesYear` is the
 * first whole year the trend line reaches the target (see yearTrendReaches), given whatever the status.
 */
import { yearTrendReaches, type LinearTrend } from './linear-trend.js';
import type { TargetMilestone } from './milestone.js';

export const ADOPTION_STATUSES = ['met', 'on_track', 'behind', 'no_target'] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];

export interface TargetAssessment {
  readonly status: AdoptionStatus;
  readonly targetShare: number | null;
  readonly targetYear: number | null;
  readonly gap: number | null;
  readonly trendReachesYear: number | null;
}

/** Assesses `measured` (percent) observed in `year` against `milestone`, using `trend` for on_track. */
export function assessAgainstTarget(
  measured: number,
  year: number,
  milestone: TargetMilestone | null,
  trend: LinearTrend | null,
): TargetAssessment {
  if (milestone === null) {
    return { status: 'no_target', targetShare: null, targetYear: null, gap: null, trendReachesYear: null };
  }
  const trendReachesYear = yearTrendReaches(trend, milestone.share);
  const gap = measured - milestone.share;
  let status: AdoptionStatus;
  if (gap >= 0) status = 'met';
  else if (milestone.year > year && trendReachesYear !== null && trendReachesYear <= milestone.year)
    status = 'on_track';
  else status = 'behind';
  return { status, targetShare: milestone.share, targetYear: milestone.year, gap, trendReachesYear };
}
