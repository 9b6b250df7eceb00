/**
 * A rating run as a self-contained artifact: its input snapshot (every value it used, with the ingest batch and the
 * measurement revision it came from) and its frame (units, columns, groupings), the expanded methodology, the
 * uncertainty spec, the bilingual labels of its bands and indicators, and the catalogue version. Versions are
 * assigned at publication only: a draft has none, and a (period, methodology, version) is used once.
 *
 * A run rated before this migration has no artifact row: readers say so and ask for it to be rated again.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE rating_run_artifact (
      run_id integer PRIMARY KEY REFERENCES rating_run (id) ON DELETE CASCADE,
      frame jsonb NOT NULL,
      expanded_methodology jsonb NOT NULL,
      uncertainty_spec jsonb,
      labels jsonb NOT NULL,
      catalogue_version text NOT NULL CHECK (catalogue_version ~ '^[0-9a-f]{64}$')
    );
    CREATE TABLE rating_input (
      run_id integer NOT NULL REFERENCES rating_run_artifact (run_id) ON DELETE CASCADE,
      node_id text NOT NULL,
      region_code text NOT NULL,
      value double precision NOT NULL,
      batch_id bigint NOT NULL REFERENCES ingest_batch (id),
      revision_id bigint REFERENCES measurement_revision (id),
      PRIMARY KEY (run_id, node_id, region_code)
    );
    ALTER TABLE rating_run ALTER COLUMN version DROP NOT NULL;
    ALTER TABLE rating_run ALTER COLUMN version DROP DEFAULT;
    UPDATE rating_run SET version = NULL WHERE status = 'draft';
    UPDATE rating_run r SET version = s.n
      FROM (SELECT id, row_number() OVER (PARTITION BY period, methodology_id ORDER BY published_at, id) AS n
            FROM rating_run WHERE status <> 'draft') s
      WHERE r.id = s.id AND r.version <> s.n
        AND EXISTS (SELECT 1 FROM rating_run d WHERE d.status <> 'draft' AND d.id <> r.id AND d.period = r.period
                    AND d.methodology_id = r.methodology_id AND d.version = r.version);
    ALTER TABLE rating_run ADD CONSTRAINT rating_run_version_on_publication CHECK ((status = 'draft') = (version IS NULL));
    CREATE UNIQUE INDEX rating_run_version_once ON rating_run (period, methodology_id, version) WHERE version IS NOT NULL;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DROP INDEX rating_run_version_once;
    ALTER TABLE rating_run DROP CONSTRAINT rating_run_version_on_publication;
    UPDATE rating_run SET version = 1 WHERE version IS NULL;
    ALTER TABLE rating_run ALTER COLUMN version SET DEFAULT 1;
    ALTER TABLE rating_run ALTER COLUMN version SET NOT NULL;
    DROP TABLE rating_input; DROP TABLE rating_run_artifact;`,
  );
}
