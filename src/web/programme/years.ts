/**
 * The years a programme page can show: those with a published (or withdrawn) rating, a measured adoption share or
 * reported spending, newest first. Reads small tables only (never the application log, which can be large).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';

export async function programmeYears(db: Kysely<DB>): Promise<number[]> {
  const runs = await db
    .selectFrom('rating_run')
    .select('period as year')
    .distinct()
    .where('status', '!=', 'draft')
    .execute();
  const adoption = await db
    .selectFrom('adoption')
    .select('year')
    .distinct()
    .where('measured_share', 'is not', null)
    .execute();
  const spending = await db.selectFrom('spending').select('year').distinct().execute();
  return [...new Set([...runs, ...adoption, ...spending].map((r) => Number(r.year)))].sort((a, b) => b - a);
}

/** The year a programme page opens on: the latest year with a published rating, else the latest year with data. */
export async function defaultProgrammeYear(db: Kysely<DB>): Promise<number | undefined> {
  const published = await db
    .selectFrom('rating_run')
    .select((eb) => eb.fn.max('period').as('year'))
    .where('status', '=', 'published')
    .executeTakeFirst();
  return published?.year != null ? Number(published.year) : (await programmeYears(db))[0];
}
