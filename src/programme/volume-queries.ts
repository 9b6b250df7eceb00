/**
 * Channel figures from the aggregated `channel_volume` table (period × region × municipality × service ×
 * channel: applications, documents issued), for years where no event log was loaded. Volumes and shares
 * are all such data can give: time to result, deadline compliance, refusals and ratings are null (ratings 0),
 * and mobile-office activity is per year only. Same row order and shapes as channel-queries.ts.
 */
import { sql, type Kysely } from 'kysely';
import {
  APPLICATION_CHANNELS,
  type ApplicationChannel,
  type ChannelSummary,
  type MobileOfficeActivity,
} from '../core/programme/index.js';
import type { DB } from '../db/tables.js';
import { NATIONAL_CODE } from './channel-queries.js';
import { assembleMobileOffices, type MobileOfficeCell } from './mobile-office-cells.js';
import { municipalityName } from '../reference/municipalities.js';

/** Applications and shares per region and channel (plus 'all'), or per channel for the nation. */
export async function queryVolumeSummaries(
  db: Kysely<DB>,
  filter: { year: number; regionCode: string | null; national?: boolean },
): Promise<ChannelSummary[]> {
  const regionFilter = filter.regionCode === null ? sql`` : sql`AND region_code = ${filter.regionCode}`;
  const { rows } = await sql<{ region_code: string; channel: ApplicationChannel; applications: number }>`
    SELECT ${filter.national ? sql`${NATIONAL_CODE}::text` : sql`region_code`} AS region_code, channel,
      sum(applications)::int AS applications
    FROM channel_volume WHERE period = ${filter.year} ${regionFilter}
    GROUP BY 1, 2 HAVING sum(applications) > 0`.execute(db);
  const byRegion = new Map<string, typeof rows>();
  for (const r of rows) byRegion.set(r.region_code, [...(byRegion.get(r.region_code) ?? []), r]);
  const empty = {
    medianDaysToResult: null,
    deadlineCompliance: null,
    refusalShare: null,
    meanRating: null,
    ratings: 0,
  };
  return [...byRegion.keys()].sort().flatMap((regionCode) => {
    const list = byRegion.get(regionCode)!;
    const total = list.reduce((s, r) => s + r.applications, 0);
    const channels = APPLICATION_CHANNELS.flatMap((channel) => list.filter((r) => r.channel === channel)).map((r) => ({
      regionCode,
      channel: r.channel,
      applications: r.applications,
      share: r.applications / total,
      ...empty,
    }));
    return [...channels, { regionCode, channel: 'all' as const, applications: total, share: 1, ...empty }];
  });
}

/** Mobile-office activity per region for the year (period key "YYYY"). */
export async function queryMobileOfficeVolumes(
  db: Kysely<DB>,
  filter: { year: number; regionCode: string | null },
): Promise<MobileOfficeActivity[]> {
  const regionFilter = filter.regionCode === null ? sql`` : sql`AND region_code = ${filter.regionCode}`;
  const { rows } = await sql<MobileOfficeCell>`
    SELECT region_code AS "regionCode", period::text AS period, oktmo, service_id AS "serviceId",
      sum(applications)::int AS applications, sum(documents_issued)::int AS "documentsIssued"
    FROM channel_volume WHERE period = ${filter.year} AND channel = 'mobile_office' ${regionFilter}
    GROUP BY 1, 2, 3, 4`.execute(db);
  return assembleMobileOffices(rows, municipalityName);
}
