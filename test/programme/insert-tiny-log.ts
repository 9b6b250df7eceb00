/** Test helper: writes application records into the `application` table under a fresh ingest batch. */
import type { Kysely } from 'kysely';
import type { ApplicationRecord } from '../../src/core/programme/index.js';
import type { DB } from '../../src/db/tables.js';

export async function insertApplications(
  db: Kysely<DB>,
  records: readonly ApplicationRecord[],
  year: number,
): Promise<void> {
  const batch = await db
    .insertInto('ingest_batch')
    .values({
      kind: 'applications',
      period: year,
      content_sha256: 'c'.repeat(64),
      source_name: 'tiny-log (hand-made test data)',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('application')
    .values(
      records.map((a) => ({
        year,
        region_code: a.regionCode,
        application_id: a.applicationId,
        oktmo: a.oktmo,
        service_id: a.serviceId,
        channel: a.channel,
        submitted_at: a.submittedAt,
        decided_at: a.decidedAt,
        delivered_at: a.deliveredAt,
        outcome: a.outcome,
        deadline_days: a.deadlineDays,
        rating: a.rating,
        batch_id: batch.id,
      })),
    )
    .execute();
}
