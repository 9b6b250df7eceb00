/**
 * Per region and channel (plus an 'all' row per region), from application records:
 *
 *   applications        count of applications
 *   share               applications / applications of the region over all channels
 *   medianDaysToResult  median of (deliveredAt − submittedAt) in days over delivered applications (null if none)
 *   deadlineCompliance  decided within deadline / decided (null if nothing decided)
 *   refusalShare        refused / applications with an outcome (null if none)
 *   meanRating          mean of the citizen ratings given (null if none), with `ratings` = how many
 *
 * Rows are sorted by region code, then channel in APPLICATION_CHANNELS order, 'all' last. Channels without
 * applications in a region are omitted. Empty input → [].
 */
import {
  APPLICATION_CHANNELS,
  daysToResult,
  decidedWithinDeadline,
  type ApplicationChannel,
  type ApplicationRecord,
} from './application-record.js';
import { medianPresentOrNull } from '../../stats/quantile.js';

export interface ChannelSummary {
  readonly regionCode: string;
  readonly channel: ApplicationChannel | 'all';
  readonly applications: number;
  readonly share: number;
  readonly medianDaysToResult: number | null;
  readonly deadlineCompliance: number | null;
  readonly refusalShare: number | null;
  readonly meanRating: number | null;
  readonly ratings: number;
}

/** Summarises applications per region and channel; see the module comment for each figure. */
export function summariseChannels(applications: Iterable<ApplicationRecord>): ChannelSummary[] {
  const byRegion = new Map<string, ApplicationRecord[]>();
  for (const a of applications) {
    const list = byRegion.get(a.regionCode);
    if (list) list.push(a);
    else byRegion.set(a.regionCode, [a]);
  }
  const rows: ChannelSummary[] = [];
  for (const regionCode of [...byRegion.keys()].sort()) {
    const all = byRegion.get(regionCode)!;
    for (const channel of APPLICATION_CHANNELS) {
      const subset = all.filter((a) => a.channel === channel);
      if (subset.length > 0) rows.push(summarise(regionCode, channel, subset, all.length));
    }
    rows.push(summarise(regionCode, 'all', all, all.length));
  }
  return rows;
}

function summarise(
  regionCode: string,
  channel: ApplicationChannel | 'all',
  subset: readonly ApplicationRecord[],
  regionTotal: number,
): ChannelSummary {
  const durations = subset.map(daysToResult).filter((d): d is number => d !== null);
  const deadlines = subset.map(decidedWithinDeadline).filter((d): d is boolean => d !== null);
  const outcomes = subset.filter((a) => a.outcome !== null);
  const ratings = subset.map((a) => a.rating).filter((r): r is number => r !== null);
  return {
    regionCode,
    channel,
    applications: subset.length,
    share: subset.length / regionTotal,
    medianDaysToResult: medianPresentOrNull(durations),
    deadlineCompliance: deadlines.length === 0 ? null : deadlines.filter(Boolean).length / deadlines.length,
    refusalShare:
      outcomes.length === 0 ? null : outcomes.filter((a) => a.outcome === 'refused').length / outcomes.length,
    meanRating: ratings.length === 0 ? null : ratings.reduce((s, r) => s + r, 0) / ratings.length,
    ratings: ratings.length,
  };
}
