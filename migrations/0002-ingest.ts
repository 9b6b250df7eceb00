/**
 * Ingest: batches (content-addressed, atomic), their rejected rows, measurements with batch lineage and revision
 * history, adoption targets, programme spending.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE ingest_batch (
      id bigserial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('measurements', 'applications', 'targets', 'spending', 'derived')),
      period integer NOT NULL CHECK (period BETWEEN 2000 AND 2100),
      content_sha256 text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
      source_name text NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'committed', 'failed', 'superseded')),
      rows_total integer NOT NULL DEFAULT 0 CHECK (rows_total >= 0),
      rows_accepted integer NOT NULL DEFAULT 0 CHECK (rows_accepted >= 0),
      rows_rejected integer NOT NULL DEFAULT 0 CHECK (rows_rejected >= 0),
      created_by text NOT NULL DEFAULT 'cli',
      created_at timestamptz NOT NULL DEFAULT now(),
      committed_at timestamptz,
      superseded_by bigint REFERENCES ingest_batch (id),
      parent_batch_id bigint REFERENCES ingest_batch (id),
      summary jsonb NOT NULL DEFAULT '{}'::jsonb,
      CHECK (status <> 'committed' OR committed_at IS NOT NULL)
    );
    CREATE UNIQUE INDEX ingest_batch_content_once ON ingest_batch (kind, period, content_sha256)
      WHERE status = 'committed';
    CREATE TABLE ingest_reject (
      batch_id bigint NOT NULL REFERENCES ingest_batch (id) ON DELETE CASCADE,
      file text NOT NULL,
      line integer NOT NULL CHECK (line >= 0),
      column_name text NOT NULL DEFAULT '',
      value text NOT NULL DEFAULT '',
      reason text NOT NULL
    );
    CREATE INDEX ingest_reject_batch ON ingest_reject (batch_id);
    CREATE TABLE measurement (
      period integer NOT NULL CHECK (period BETWEEN 2000 AND 2100),
      region_code text NOT NULL REFERENCES region (code),
      service_id text NOT NULL REFERENCES service (id),
      indicator_id text NOT NULL REFERENCES indicator (id),
      value double precision NOT NULL CHECK (value = value),
      origin text NOT NULL DEFAULT 'ingested' CHECK (origin IN ('ingested', 'derived')),
      batch_id bigint NOT NULL REFERENCES ingest_batch (id),
      PRIMARY KEY (period, region_code, service_id, indicator_id)
    );
    CREATE INDEX measurement_batch ON measurement (batch_id);
    CREATE TABLE measurement_revision (
      id bigserial PRIMARY KEY,
      period integer NOT NULL,
      region_code text NOT NULL REFERENCES region (code),
      service_id text NOT NULL REFERENCES service (id),
      indicator_id text NOT NULL REFERENCES indicator (id),
      old_value double precision,
      new_value double precision,
      old_batch_id bigint REFERENCES ingest_batch (id),
      new_batch_id bigint NOT NULL REFERENCES ingest_batch (id),
      changed_by text NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE adoption (
      region_code text NOT NULL REFERENCES region (code),
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      measured_share double precision CHECK (measured_share BETWEEN 0 AND 100),
      target_share double precision CHECK (target_share BETWEEN 0 AND 100),
      batch_id bigint NOT NULL REFERENCES ingest_batch (id),
      PRIMARY KEY (region_code, year),
      CHECK (measured_share IS NOT NULL OR target_share IS NOT NULL)
    );
    CREATE TABLE spending (
      region_code text NOT NULL REFERENCES region (code),
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      programme text NOT NULL CHECK (length(programme) BETWEEN 1 AND 200),
      amount_rub numeric(18, 2) NOT NULL CHECK (amount_rub >= 0),
      batch_id bigint NOT NULL REFERENCES ingest_batch (id),
      PRIMARY KEY (region_code, year, programme)
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DROP TABLE spending; DROP TABLE adoption; DROP TABLE measurement_revision; DROP TABLE measurement;
    DROP TABLE ingest_reject; DROP TABLE ingest_batch;`,
  );
}
