/**
 * The programme figures a run's publication shows (adoption against target per region, documents issued through
 * MFCs and mobile offices per municipality) are stored with the run when it is published
 * (src/ratings/programme-figures.ts), so that a later change of the adoption data or the application log changes
 * nothing in a published export. Null for drafts and for runs published before this migration (their exports still
 * read the live tables: docs/runs.md).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE rating_run_artifact ADD COLUMN programme_figures jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE rating_run_artifact DROP COLUMN programme_figures`.execute(db);
}
