/**
 * Application event logs: one row per application, partitioned by year (LIST), region in the primary key so a
 * distributed PostgreSQL (Citus) can shard by region_code. Channel volumes by municipality derived from them.
 */
import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

export const APPLICATION_YEARS = Array.from({ length: 2030 - 2014 + 1 }, (_, i) => 2014 + i);

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE application (
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      region_code text NOT NULL REFERENCES region (code),
      application_id text NOT NULL CHECK (length(application_id) BETWEEN 1 AND 64),
      oktmo text NOT NULL CHECK (oktmo ~ '^[0-9]{8}([0-9]{3})?$'),
      service_id text NOT NULL REFERENCES service (id),
      channel text NOT NULL CHECK (channel IN ('portal', 'mfc', 'mobile_office', 'paper')),
      submitted_at timestamptz NOT NULL,
      registered_at timestamptz,
      interagency_sent_at timestamptz,
      interagency_answered_at timestamptz,
      decided_at timestamptz,
      delivered_at timestamptz,
      outcome text CHECK (outcome IN ('issued', 'refused')),
      deadline_days smallint NOT NULL CHECK (deadline_days BETWEEN 1 AND 365),
      rating smallint CHECK (rating BETWEEN 1 AND 5),
      batch_id bigint NOT NULL REFERENCES ingest_batch (id),
      PRIMARY KEY (year, region_code, application_id),
      CHECK (decided_at IS NULL OR decided_at >= submitted_at),
      CHECK (delivered_at IS NULL OR (decided_at IS NOT NULL AND delivered_at >= decided_at)),
      CHECK (interagency_answered_at IS NULL OR interagency_sent_at IS NOT NULL)
    ) PARTITION BY LIST (year);
  `,
  );
  for (const year of APPLICATION_YEARS) {
    await sql.raw(`CREATE TABLE application_y${year} PARTITION OF application FOR VALUES IN (${year})`).execute(db);
  }
  await runStatements(
    db,
    `
    CREATE INDEX application_batch ON application (batch_id);
    CREATE TABLE channel_volume (
      period integer NOT NULL,
      region_code text NOT NULL REFERENCES region (code),
      oktmo text NOT NULL,
      service_id text NOT NULL REFERENCES service (id),
      channel text NOT NULL CHECK (channel IN ('portal', 'mfc', 'mobile_office', 'paper')),
      applications integer NOT NULL CHECK (applications >= 0),
      documents_issued integer NOT NULL CHECK (documents_issued >= 0),
      batch_id bigint NOT NULL REFERENCES ingest_batch (id),
      PRIMARY KEY (period, region_code, oktmo, service_id, channel)
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `DROP TABLE channel_volume; DROP TABLE application;`);
}
