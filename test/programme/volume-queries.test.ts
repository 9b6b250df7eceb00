/**
 * Without an event log, the report falls back to the aggregated channel volumes. The volumes here are the
 * tiny log (test/core/programme/channels/tiny-log.ts) summed per region × municipality × service × channel,
 * so applications, shares and mobile-office counts must equal the pure figures of the log itself.
 */
import type { Kysely } from 'kysely';
import { summariseChannels, summariseMobileOffices } from '../../src/core/programme/index.js';
import type { DB } from '../../src/db/tables.js';
import { loadProgrammeReport } from '../../src/programme/load.js';
import { TINY_LOG } from '../core/programme/channels/tiny-log.js';
import { describeEachDatabase } from '../support/database.js';
import { municipalityName } from '../../src/reference/municipalities.js';

async function insertVolumes(db: Kysely<DB>): Promise<void> {
  const { id } = await db
    .insertInto('ingest_batch')
    .values({ kind: 'applications', period: 2024, content_sha256: 'f'.repeat(64), source_name: 'hand-made volumes' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const cells = new Map<
    string,
    {
      region_code: string;
      oktmo: string;
      service_id: string;
      channel: (typeof TINY_LOG)[number]['channel'];
      applications: number;
      documents_issued: number;
    }
  >();
  for (const a of TINY_LOG) {
    const key = [a.regionCode, a.oktmo, a.serviceId, a.channel].join('/');
    const cell = cells.get(key) ?? {
      region_code: a.regionCode,
      oktmo: a.oktmo,
      service_id: a.serviceId,
      channel: a.channel,
      applications: 0,
      documents_issued: 0,
    };
    cell.applications += 1;
    cell.documents_issued += a.outcome === 'issued' ? 1 : 0;
    cells.set(key, cell);
  }
  await db
    .insertInto('channel_volume')
    .values([...cells.values()].map((c) => ({ ...c, period: 2024, batch_id: id })))
    .execute();
}

describeEachDatabase('channel volumes fallback on $name', ({ open }) => {
  test('gives volumes, shares and mobile-office counts, and leaves the log-only figures empty', async () => {
    const database = await open();
    try {
      await insertVolumes(database.db);
      const report = await loadProgrammeReport(database.db, { year: 2024, grain: 'quarter' });
      expect(report.channels.source).toBe('channel_volume');
      expect(report.synthetic).toBe(false); // hand-made volumes, no rating run
      expect(report.money.applicationCountSource).toBe('channel_volume');
      expect(report.channels.grain).toBe('year'); // volumes are yearly whatever the request
      const pick = (rows: readonly { regionCode: string; channel: string; applications: number; share: number }[]) =>
        rows.map((r) => [r.regionCode, r.channel, r.applications, Math.round(r.share * 1e9) / 1e9]);
      expect(pick(report.channels.regions)).toEqual(pick(summariseChannels(TINY_LOG)));
      expect(
        report.channels.regions.every((r) => r.medianDaysToResult === null && r.meanRating === null && r.ratings === 0),
      ).toBe(true);
      expect(report.channels.nation.find((r) => r.channel === 'all')).toMatchObject({
        regionCode: 'RU',
        applications: 10,
      });
      expect(report.channels.mobileOffices).toEqual(summariseMobileOffices(TINY_LOG, 'year', municipalityName));
      // Tula: 8 applications of which 2 on the portal; Kaluga 2 and 2.
      const tula = report.money.regions.find((r) => r.regionCode === 'RU-TUL')!;
      expect([tula.applications, tula.eApplications]).toEqual([8, 2]);

      // A spending file of the demo (named SYNTHETIC-…) marks the report synthetic even without a rating run.
      await database.db
        .insertInto('ingest_batch')
        .values({
          kind: 'spending',
          period: 2024,
          content_sha256: '9'.repeat(64),
          source_name: '/tmp/demo/input/SYNTHETIC-spending-2024.csv',
          status: 'committed',
          committed_at: new Date(),
        })
        .execute();
      expect((await loadProgrammeReport(database.db, { year: 2024 })).synthetic).toBe(true);
      expect((await loadProgrammeReport(database.db, { year: 2023 })).synthetic).toBe(false);
    } finally {
      await database.close();
    }
  });
});
