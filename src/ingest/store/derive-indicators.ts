/**
 * Derives stage indicators from the application event log, in SQL, per region × service of one period (for the
 * regions a batch touched, from every stored application of that period), and stores them as `measurement` rows
 * with origin 'derived' under a child batch (kind 'derived', parent_batch_id = the log's batch) for lineage.
 *
 *   applications_count   n = number of applications
 *   e_application_share  100 · n(channel = portal) / n
 *   smev_response_days   median of (interagency_answered_at − interagency_sent_at) in days, answered requests only
 *   decision_median_days median of (decided_at − submitted_at) in days; decision_p90_days its 90th percentile
 *                        (percentile_cont: linear interpolation, R type 7); undecided applications are left out
 *   deadline_compliance  100 · n(decided within deadline_days × 24 h) / n(decided)
 *   refusal_share        100 · n(outcome = refused) / n(outcome given)
 *   delivery_days        median of (delivered_at − decided_at) in days
 *   citizen_rating       mean of the ratings given
 * An indicator with no qualifying application (e.g. no decision yet) is not stored. A derived value never
 * overwrites an ingested one; a changed derived value is recorded in `measurement_revision`.
 * channel_volume: per period × region × OKTMO × service × channel, applications and documents issued
 * (outcome = issued), replaced for the touched regions.
 */
import type { Session } from './session.js';

export interface DerivedResult {
  measurements: number;
  channelVolumes: number;
  revisions: number;
}

const STATS_SQL = `
  WITH a AS (
    SELECT region_code, service_id, channel, outcome, rating, deadline_days,
      extract(epoch FROM decided_at - submitted_at) / 86400.0 AS decision_days,
      extract(epoch FROM interagency_answered_at - interagency_sent_at) / 86400.0 AS smev_days,
      extract(epoch FROM delivered_at - decided_at) / 86400.0 AS delivery_days
    FROM application WHERE year = $1 AND region_code = ANY($2::text[])
  ), s AS (
    SELECT region_code, service_id,
      count(*)::float8 AS applications_count,
      100.0 * count(*) FILTER (WHERE channel = 'portal') / count(*) AS e_application_share,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY smev_days) AS smev_response_days,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY decision_days) AS decision_median_days,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY decision_days) AS decision_p90_days,
      100.0 * count(*) FILTER (WHERE decision_days <= deadline_days) / nullif(count(decision_days), 0) AS deadline_compliance,
      100.0 * count(*) FILTER (WHERE outcome = 'refused') / nullif(count(outcome), 0) AS refusal_share,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY delivery_days) AS delivery_days,
      avg(rating)::float8 AS citizen_rating
    FROM a GROUP BY region_code, service_id
  )
  SELECT s.region_code, s.service_id, v.indicator_id, v.value FROM s CROSS JOIN LATERAL (VALUES
    ('applications_count', s.applications_count), ('e_application_share', s.e_application_share),
    ('smev_response_days', s.smev_response_days), ('decision_median_days', s.decision_median_days),
    ('decision_p90_days', s.decision_p90_days), ('deadline_compliance', s.deadline_compliance),
    ('refusal_share', s.refusal_share), ('delivery_days', s.delivery_days), ('citizen_rating', s.citizen_rating)
  ) AS v (indicator_id, value) WHERE v.value IS NOT NULL`;

export async function deriveIndicators(
  session: Session,
  period: number,
  regions: readonly string[],
  derivedBatchId: string,
  actor: string,
): Promise<DerivedResult> {
  const params = [period, [...regions]];
  await session.query(
    'CREATE TEMP TABLE derived_stage (region_code text, service_id text, indicator_id text, value float8) ON COMMIT DROP',
  );
  // As a subquery, not a top-level WITH: Citus does not plan an INSERT into a local table whose own WITH reads
  // distributed tables; the subquery runs on the workers (grouped by region_code, the distribution column).
  await session.query(`INSERT INTO derived_stage SELECT * FROM (${STATS_SQL}) AS stats`, params);
  const revisions = await session.query<{ n: number }>(
    `WITH r AS (INSERT INTO measurement_revision (period, region_code, service_id, indicator_id, old_value, new_value, old_batch_id, new_batch_id, changed_by)
       SELECT $1, coalesce(m.region_code, d.region_code), coalesce(m.service_id, d.service_id), coalesce(m.indicator_id, d.indicator_id),
              m.value, d.value, m.batch_id, $3, $4
       FROM (SELECT * FROM measurement WHERE period = $1 AND origin = 'derived' AND region_code = ANY($2::text[])) m
       FULL JOIN derived_stage d ON m.region_code = d.region_code AND m.service_id = d.service_id AND m.indicator_id = d.indicator_id
       WHERE m.value IS NOT NULL AND m.value IS DISTINCT FROM d.value RETURNING 1)
     SELECT count(*)::int AS n FROM r`,
    [period, [...regions], derivedBatchId, actor],
  );
  // NOT IN over an uncorrelated subquery (no column of derived_stage is ever null, so it equals NOT EXISTS): Citus
  // cannot correlate a local table with a distributed one in a DELETE, but ships an uncorrelated result to the workers.
  await session.query(
    `DELETE FROM measurement m WHERE m.period = $1 AND m.origin = 'derived' AND m.region_code = ANY($2::text[])
     AND (m.region_code, m.service_id, m.indicator_id) NOT IN (SELECT d.region_code, d.service_id, d.indicator_id FROM derived_stage d)`,
    params,
  );
  // On PGlite the foreign keys of the derived rows are checked once per statement, not per row (session.filling).
  const stored = await session.filling('measurement', () =>
    session.query<{ n: number }>(
      `WITH ins AS (INSERT INTO measurement (period, region_code, service_id, indicator_id, value, origin, batch_id)
       SELECT $1, region_code, service_id, indicator_id, value, 'derived', $2 FROM derived_stage
       ON CONFLICT (period, region_code, service_id, indicator_id) DO UPDATE SET value = excluded.value, batch_id = excluded.batch_id
       WHERE measurement.origin = 'derived' RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
      [period, derivedBatchId],
    ),
  );
  await session.query(`DELETE FROM channel_volume WHERE period = $1 AND region_code = ANY($2::text[])`, params);
  const volumes = await session.filling('channel_volume', () =>
    session.query<{ n: number }>(
      `WITH ins AS (INSERT INTO channel_volume (period, region_code, oktmo, service_id, channel, applications, documents_issued, batch_id)
       SELECT $1, region_code, oktmo, service_id, channel, count(*), count(*) FILTER (WHERE outcome = 'issued'), $3
       FROM application WHERE year = $1 AND region_code = ANY($2::text[]) GROUP BY region_code, oktmo, service_id, channel RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
      [period, [...regions], derivedBatchId],
    ),
  );
  await session.query('DROP TABLE derived_stage');
  return { measurements: stored[0]?.n ?? 0, channelVolumes: volumes[0]?.n ?? 0, revisions: revisions[0]?.n ?? 0 };
}
