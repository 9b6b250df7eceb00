/**
 * Stores measurements the way a committed ingest batch leaves them (one batch row, one measurement row per cell),
 * without going through a file: for tests of rating, publication and pages that need known values, not the ingest.
 */
import type { Database } from '../../src/db/connect.js';

/** A check of the tests' small worlds: a service and one of its indicators. */
export type Check = readonly [service: string, indicator: string];

/** Values per region in the order of the checks given; null leaves the cell without a value. */
export type ValuesByRegion = Record<string, readonly (number | null)[]>;

export interface SeedOptions {
  readonly sourceName?: string;
  readonly contentSha256?: string;
  readonly synthetic?: boolean;
}

/** Commits one measurement batch holding `values` for `period`; returns the batch id. */
export async function seedMeasurements(
  database: Database,
  period: number,
  checks: readonly Check[],
  values: ValuesByRegion,
  options: SeedOptions = {},
): Promise<string> {
  const batch = await database.db
    .insertInto('ingest_batch')
    .values({
      kind: 'measurements',
      period,
      content_sha256: options.contentSha256 ?? String(period).padStart(64, '0'),
      source_name: options.sourceName ?? 'test',
      status: 'committed',
      committed_at: new Date(),
      synthetic: options.synthetic ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = Object.entries(values).flatMap(([region, cells]) =>
    cells.flatMap((value, i) =>
      value === null
        ? []
        : [
            {
              period,
              region_code: region,
              service_id: checks[i][0],
              indicator_id: checks[i][1],
              value,
              batch_id: batch.id,
            },
          ],
    ),
  );
  await database.db.insertInto('measurement').values(rows).execute();
  return String(batch.id);
}

/** The two services × two checks of the small test worlds: [marriage status, marriage appeal, hunting status, hunting appeal]. */
export const STATUS_THEN_APPEAL: readonly Check[] = [
  ['marriage_registration', 'status_notifications'],
  ['marriage_registration', 'appeal_online'],
  ['hunting_licence', 'status_notifications'],
  ['hunting_licence', 'appeal_online'],
];
