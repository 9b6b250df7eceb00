/**
 * The channel figures of src/core/programme/channels computed in the database, for logs too large to bring
 * into memory. They must equal the pure versions on the same log (test/programme/channel-queries.test.ts):
 *
 *   days to result      extract(epoch from delivered_at − submitted_at) / 86400, median = percentile_cont(0.5)
 *                       (the mean of the two middle values, as `median` in the core)
 *   deadline compliance avg over decided rows of [elapsed days to decision ≤ deadline_days]
 *   refusal share       avg over rows with an outcome of [outcome = 'refused']
 *   mean rating         avg(rating) over rated rows; `ratings` = count(rating)
 *   mobile-office period to_char(submitted_at AT TIME ZONE 'UTC', …), as periodKey in the core
 *
 * Rows are filtered on the partition column `year`. A null `regionCode` means every region; national rows
 * (all regions together) carry the region code NATIONAL_CODE.
 */
import { sql, type Kysely } from 'kysely';
import {
  APPLICATION_CHANNELS,
  type ApplicationChannel,
  type ChannelSummary,
  type MobileOfficeActivity,
  type PeriodGrain,
} from '../core/programme/index.js';
import type { DB } from '../db/tables.js';
import { assembleMobileOffices, type MobileOfficeCell } from './mobile-office-cells.js';
import { municipalityName } from '../reference/municipalities.js';

export const NATIONAL_CODE = 'RU';

interface SummaryRow {
  region_code: string | null;
  channel: ApplicationChannel | null;
  applications: number;
  median_days: number | null;
  deadline_compliance: number | null;
  refusal_share: number | null;
  mean_rating: number | null;
  ratings: number;
}

/**
 * Per region and channel (plus 'all'), as summariseChannels; with `national`, one set of rows for the whole country.
 * Written to run on one PostgreSQL and on Citus alike (the log is distributed by region_code there): per region, the
 * two groupings are a UNION ALL of two GROUP BYs that both contain region_code, so each runs on the workers; the
 * national median needs every row of the year in one place, so the year's rows are gathered first (a MATERIALIZED
 * CTE, on Citus an intermediate result on the coordinator) and grouped there. Citus runs no GROUPING SETS across
 * shards, which the earlier single query used.
 */
export async function queryChannelSummaries(
  db: Kysely<DB>,
  filter: { year: number; regionCode: string | null; national?: boolean },
): Promise<ChannelSummary[]> {
  const regionFilter = filter.regionCode === null ? sql`` : sql`AND region_code = ${filter.regionCode}`;
  const figures = sql`count(*)::int AS applications,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - submitted_at)::float8 / 86400) AS median_days,
      avg(CASE WHEN decided_at IS NULL THEN NULL
               WHEN extract(epoch FROM decided_at - submitted_at)::float8 / 86400 <= deadline_days THEN 1.0 ELSE 0.0 END)::float8
        AS deadline_compliance,
      avg(CASE WHEN outcome IS NULL THEN NULL WHEN outcome = 'refused' THEN 1.0 ELSE 0.0 END)::float8 AS refusal_share,
      avg(rating)::float8 AS mean_rating,
      count(rating)::int AS ratings`;
  const { rows } = filter.national
    ? await sql<SummaryRow>`
        WITH year_rows AS MATERIALIZED (
          SELECT channel, submitted_at, decided_at, delivered_at, deadline_days, outcome, rating
          FROM application WHERE year = ${filter.year} ${regionFilter})
        SELECT NULL::text AS region_code, channel, ${figures} FROM year_rows GROUP BY GROUPING SETS ((channel), ())`.execute(
        db,
      )
    : await sql<SummaryRow>`
        SELECT region_code, channel, ${figures} FROM application WHERE year = ${filter.year} ${regionFilter}
        GROUP BY region_code, channel
        UNION ALL
        SELECT region_code, NULL::text AS channel, ${figures} FROM application WHERE year = ${filter.year} ${regionFilter}
        GROUP BY region_code`.execute(db);
  const named = rows.map((r) => ({ ...r, region_code: r.region_code ?? NATIONAL_CODE }));
  const totals = new Map(named.filter((r) => r.channel === null).map((r) => [r.region_code, r.applications]));
  const order = (c: ApplicationChannel | null): number =>
    c === null ? APPLICATION_CHANNELS.length : APPLICATION_CHANNELS.indexOf(c);
  return named
    .sort((a, b) =>
      a.region_code < b.region_code ? -1 : a.region_code > b.region_code ? 1 : order(a.channel) - order(b.channel),
    )
    .map((r) => ({
      regionCode: r.region_code,
      channel: r.channel ?? 'all',
      applications: r.applications,
      share: r.applications / totals.get(r.region_code)!,
      medianDaysToResult: r.median_days,
      deadlineCompliance: r.deadline_compliance,
      refusalShare: r.refusal_share,
      meanRating: r.mean_rating,
      ratings: r.ratings,
    }));
}

const PERIOD_FORMATS: Record<PeriodGrain, string> = { year: 'YYYY', quarter: 'YYYY-"Q"Q', month: 'YYYY-MM' };

/** Mobile-office activity per region and period, as summariseMobileOffices. */
export async function queryMobileOffices(
  db: Kysely<DB>,
  filter: { year: number; regionCode: string | null; grain: PeriodGrain },
): Promise<MobileOfficeActivity[]> {
  const regionFilter = filter.regionCode === null ? sql`` : sql`AND region_code = ${filter.regionCode}`;
  const format = PERIOD_FORMATS[filter.grain];
  const { rows } = await sql<MobileOfficeCell>`
    SELECT region_code AS "regionCode", to_char(submitted_at AT TIME ZONE 'UTC', ${format}) AS period,
      oktmo, service_id AS "serviceId", count(*)::int AS applications,
      (count(*) FILTER (WHERE outcome = 'issued'))::int AS "documentsIssued"
    FROM application
    WHERE year = ${filter.year} AND channel = 'mobile_office' ${regionFilter}
    GROUP BY 1, 2, 3, 4`.execute(db);
  return assembleMobileOffices(rows, municipalityName);
}
