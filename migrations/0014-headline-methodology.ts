/**
 * One headline methodology per period (issue 12 item 4). Several methodologies may be published for a period; exactly
 * one published run of it is the headline, the one the public pages, the ranking JSON and the precomputed pages show
 * (the others are linked from it). `headline_passed_to` records, on a run that lost the headline (withdrawn, superseded
 * by a correction, or another methodology published with --headline), the run that took it over: the changelog says so.
 *
 * Existing data: in each period the latest published run (by publication time, then id) — the one the public reads
 * showed until now — becomes the headline.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE rating_run ADD COLUMN headline boolean NOT NULL DEFAULT false;
    ALTER TABLE rating_run ADD COLUMN headline_passed_to integer REFERENCES rating_run (id);
    ALTER TABLE rating_run ADD CONSTRAINT rating_run_headline_published CHECK (NOT headline OR status = 'published');
    UPDATE rating_run SET headline = true WHERE id IN (
      SELECT DISTINCT ON (period) id FROM rating_run WHERE status = 'published'
      ORDER BY period, published_at DESC, id DESC
    );
    CREATE UNIQUE INDEX rating_run_one_headline ON rating_run (period) WHERE headline;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DROP INDEX rating_run_one_headline;
    ALTER TABLE rating_run DROP CONSTRAINT rating_run_headline_published;
    ALTER TABLE rating_run DROP COLUMN headline_passed_to;
    ALTER TABLE rating_run DROP COLUMN headline;`,
  );
}
