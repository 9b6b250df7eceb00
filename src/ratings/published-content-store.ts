/**
 * The store of public content precomputed at publication (migrations/0013-published-content.ts): public responses
 * by normalised cache key, and national programme reports of published years. Publication changes empty it in their
 * own transaction (publish.ts), so a withdrawn or replaced run is never served from here; a refresh (the web layer's
 * precompute-public-content.ts) fills it again from published runs only.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import type { PeriodGrain } from '../core/programme/index.js';

export interface StoredPage {
  readonly key: string;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly vary: string;
  readonly etag: string;
  readonly body: string;
  /** The ingested-inputs mark the page was computed from (see inputsMark), or null when it depends on none. */
  readonly inputsMark: string | null;
}

/** A refresh of the store, run inside the transaction of a publication change (or on its own after an export). */
export type RefreshPublishedContent = (trx: Kysely<DB>) => Promise<unknown>;

/**
 * The state of the ingested inputs, "maxId/count" of the committed and superseded ingest batches: any ingest that
 * changes data commits a new batch, which changes the mark.
 */
export async function inputsMark(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ mark: string }>`SELECT ${currentMark()} AS mark`.execute(db);
  return rows[0]!.mark;
}

const currentMark = () =>
  sql<string>`(SELECT coalesce(max(id), 0)::text || '/' || count(*)::text FROM ingest_batch WHERE status IN ('committed', 'superseded'))`;

/** Empties the store (both tables). */
export async function clearPublishedContent(db: Kysely<DB>): Promise<void> {
  await db.deleteFrom('published_page').execute();
  await db.deleteFrom('published_programme_report').execute();
}

export async function storePages(db: Kysely<DB>, pages: readonly StoredPage[]): Promise<void> {
  for (let i = 0; i < pages.length; i += 50) {
    await db
      .insertInto('published_page')
      .values(
        pages.slice(i, i + 50).map((p) => ({
          key: p.key,
          content_type: p.contentType,
          cache_control: p.cacheControl,
          vary: p.vary,
          etag: p.etag,
          body: p.body,
          inputs_mark: p.inputsMark,
        })),
      )
      .execute();
  }
}

/** The stored page of a key, unless it was computed from ingested inputs that have changed since. */
export async function findStoredPage(db: Kysely<DB>, key: string): Promise<StoredPage | undefined> {
  const row = await db
    .selectFrom('published_page')
    .select(['key', 'content_type', 'cache_control', 'vary', 'etag', 'body', 'inputs_mark'])
    .where('key', '=', key)
    .where((eb) => eb.or([eb('inputs_mark', 'is', null), eb('inputs_mark', '=', currentMark())]))
    .executeTakeFirst();
  return row
    ? {
        key: row.key,
        contentType: row.content_type,
        cacheControl: row.cache_control,
        vary: row.vary,
        etag: row.etag,
        body: row.body,
        inputsMark: row.inputs_mark,
      }
    : undefined;
}

export async function storeProgrammeReport(
  db: Kysely<DB>,
  row: { year: number; grain: PeriodGrain; report: string; inputsMark: string },
): Promise<void> {
  await db
    .insertInto('published_programme_report')
    .values({ year: row.year, grain: row.grain, report: row.report, inputs_mark: row.inputsMark })
    .execute();
}

/** The stored national programme report (JSON) of a year and grain, unless the ingested inputs changed since. */
export async function findStoredProgrammeReport(
  db: Kysely<DB>,
  year: number,
  grain: PeriodGrain,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('published_programme_report')
    .select('report')
    .where('year', '=', year)
    .where('grain', '=', grain)
    .where('inputs_mark', '=', currentMark())
    .executeTakeFirst();
  return row?.report;
}
