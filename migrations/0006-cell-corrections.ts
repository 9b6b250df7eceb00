/**
 * Cell-level corrections and batch identity. A batch is identified by its content, kind, period, sheet and header
 * mapping (the second sheet of a workbook, or the same file with a corrected mapping, is a new batch), so the
 * "committed once" rule moves from content alone to that identity, and it is no longer unique: a correction may
 * re-send content already ingested (e.g. to undo a later correction). `synthetic` marks batches of generated data,
 * set explicitly. `annual_revision` keeps the history of every changed or removed target and spending cell, as
 * `measurement_revision` does for measurements (indexed by cell for the history view).
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE ingest_batch ADD COLUMN sheet text NOT NULL DEFAULT '';
    ALTER TABLE ingest_batch ADD COLUMN mapping_sha256 text NOT NULL DEFAULT '';
    ALTER TABLE ingest_batch ADD COLUMN synthetic boolean NOT NULL DEFAULT false;
    DROP INDEX ingest_batch_content_once;
    CREATE INDEX ingest_batch_identity ON ingest_batch (kind, period, content_sha256, sheet, mapping_sha256) WHERE status = 'committed';
    CREATE INDEX measurement_revision_cell ON measurement_revision (period, region_code, service_id, indicator_id);
    CREATE TABLE annual_revision (
      id bigserial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('targets', 'spending')),
      region_code text NOT NULL REFERENCES region (code),
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      item text NOT NULL CHECK (length(item) BETWEEN 1 AND 200),
      old_value numeric,
      new_value numeric,
      old_batch_id bigint REFERENCES ingest_batch (id),
      new_batch_id bigint NOT NULL REFERENCES ingest_batch (id),
      changed_by text NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX annual_revision_cell ON annual_revision (kind, year, region_code, item);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DROP TABLE annual_revision;
    DROP INDEX measurement_revision_cell;
    DROP INDEX ingest_batch_identity;
    CREATE UNIQUE INDEX ingest_batch_content_once ON ingest_batch (kind, period, content_sha256) WHERE status = 'committed';
    ALTER TABLE ingest_batch DROP COLUMN synthetic;
    ALTER TABLE ingest_batch DROP COLUMN mapping_sha256;
    ALTER TABLE ingest_batch DROP COLUMN sheet;
  `,
  );
}
