/**
 * Public content precomputed at publication (issue 15 item 2, issue 13 item 10): the bodies the public reads, rendered
 * once when a run is published, withdrawn or replaced by a correction (and after an export of a run's files), so a
 * request is a lookup. Rows are replaced wholesale in the transaction of the publication change; drafts never enter.
 *
 *   published_page              one public response per normalised cache key (path + known query parameters):
 *                               the ranking JSON, the ranking pages per language and district, the region pages
 *   published_programme_report  the national programme report of a published year per period grain, from which
 *                               every region's report is cut (src/programme/region-report-of.ts)
 *
 * `inputs_mark` is the state of the ingested inputs (committed and superseded ingest batches: "maxId/count") the row
 * was computed from; a row whose mark differs from the current one is ignored (served live), so an ingest made after
 * the publication never leaves a stale programme figure. Null: the row does not depend on ingested inputs.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE published_page (
      key text PRIMARY KEY,
      content_type text NOT NULL,
      cache_control text NOT NULL,
      vary text NOT NULL DEFAULT '',
      etag text NOT NULL,
      body text NOT NULL,
      inputs_mark text
    );
    CREATE TABLE published_programme_report (
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      grain text NOT NULL CHECK (grain IN ('year', 'quarter', 'month')),
      report text NOT NULL,
      inputs_mark text NOT NULL,
      PRIMARY KEY (year, grain)
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `DROP TABLE published_programme_report; DROP TABLE published_page;`);
}
